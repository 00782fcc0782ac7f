package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSplpAccountRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contact person's mobile number: an Indonesian 08 number, written however people write it. */
class ContactPhoneTest {

  private final CompletenessCheck check = aCompletenessCheck();

  private List<Problem> checkPhone(String phone) {
    return check.check(
        RequestKind.SPLP_ACCOUNT, aValidSplpAccountRequest().withContactPhone(phone).build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "6281234567890",
        "081234567",
        "08123456789012",
        "085790123456",
        " 0812 345 678 "
      })
  void indonesianMobileNumbersAreAccepted(String phone) {
    assertThat(checkPhone(phone)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"\t "})
  void isRequired(String phone) {
    assertOnlyProblem(checkPhone(phone), "contactPhone", "Nomor ponsel contact person wajib diisi");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0355791234",
        "(0355) 791234",
        "0801234567",
        "08123456",
        "081234567890123",
        "+62 0812 3456 7890",
        "81234567890",
        "+1 202 555 0100",
        "0812.3456.7890",
        "(0812) 3456 7890",
        "+6281234567890x",
        "0812345678a",
        "\u0660\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668",
        "0812/3456/7890",
        "++6281234567890",
        " - "
      })
  void otherNumbersAreRefused(String phone) {
    assertOnlyProblem(
        checkPhone(phone),
        "contactPhone",
        "Nomor ponsel contact person tidak valid: gunakan format 08xxxxxxxxxx atau +628xxxxxxxxx");
  }
}
