package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSplpAccountRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contact person's e-mail address: where the executor writes when the account is ready. */
class ContactEmailTest {

  private final CompletenessCheck check = aCompletenessCheck();

  private List<Problem> checkEmail(String email) {
    return check.check(
        RequestKind.SPLP_ACCOUNT, aValidSplpAccountRequest().withContactEmail(email).build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "budi@trenggalekkab.go.id",
        "budi.santoso@dinkes.trenggalekkab.go.id",
        "BUDI@Trenggalekkab.GO.ID",
        "budi+splp@gmail.com",
        "o'neil@example.com",
        "a@b.co",
        "x_y-z@dinkes-trenggalek.id",
        "budi@xn--80ak6aa92e.com",
        " budi@trenggalekkab.go.id "
      })
  void validAddressesAreAccepted(String email) {
    assertThat(checkEmail(email)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void isRequired(String email) {
    assertOnlyProblem(
        checkEmail(email), "contactEmail", "Alamat e-mail contact person wajib diisi");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "budi",
        "budi@",
        "@trenggalekkab.go.id",
        "budi@trenggalekkab",
        "budi@@trenggalek.id",
        "budi@trenggalekkab..go.id",
        "budi.@trenggalekkab.go.id",
        ".budi@trenggalekkab.go.id",
        "bu..di@trenggalekkab.go.id",
        "budi santoso@trenggalekkab.go.id",
        "budi@-trenggalek.id",
        "budi@trenggalek-.id",
        "budi@trenggalekkab.go.id.",
        "budi@trenggalekkab.c0m",
        "budi@192.168.1.1",
        "budi@[192.168.1.1]",
        "\"budi\"@trenggalekkab.go.id",
        "budí@trenggalekkab.go.id",
        "budi@dés.id",
        "budi@trenggalek_kab.go.id",
        "budi@x.id, ani@x.id",
        "budi@trenggalekkab.go.id>",
        "mailto:budi@x.id"
      })
  void malformedAddressesAreRefused(String email) {
    assertOnlyProblem(
        checkEmail(email),
        "contactEmail",
        "Alamat e-mail contact person tidak valid: gunakan format nama@domain");
  }

  @Test
  void twoHundredFiftyFourCharactersAreTheLimit() {
    String domain = repeat('a', 63) + "." + repeat('b', 63) + "." + repeat('c', 58) + ".id";
    String longest = repeat('x', 64) + "@" + domain;

    assertThat(longest).hasSize(254);
    assertThat(checkEmail(longest)).isEmpty();
    assertOnlyProblem(
        checkEmail("y" + longest), "contactEmail", "terlalu panjang: paling banyak 254 karakter");
  }

  @Test
  void theLocalPartMayNotExceedSixtyFourCharacters() {
    assertOnlyProblem(checkEmail(repeat('x', 65) + "@x.id"), "contactEmail", "tidak valid");
  }
}
