package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSplpAccountRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSubdomainRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SOP A step 4 asks for the contact person's name; every request carries one. */
class ContactNameTest {

  private final CompletenessCheck check = aCompletenessCheck();

  private List<Problem> checkName(String name) {
    return check.check(
        RequestKind.SPLP_ACCOUNT, aValidSplpAccountRequest().withContactName(name).build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Budi Santoso",
        "Dr. Ir. H. Siti Nur'aini, S.Kom., M.T.",
        "Nur\u2019aini",
        "Yohanes Adi-Putra",
        "I Gede Made",
        "Al",
        "Ni Luh Ayu Ratna Dewi",
        "Anaïs Pérez",
        "  Budi  "
      })
  void realNamesWithTitlesAreAccepted(String name) {
    assertThat(checkName(name)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void isRequired(String name) {
    assertOnlyProblem(checkName(name), "contactName", "Nama contact person wajib diisi");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Budi 2",
        "budi@santoso",
        "<script>alert(1)</script>",
        ".Budi",
        "-Budi",
        "'Budi",
        "Budi_Santoso",
        "Budi (Dinkes)",
        "Budi; Ani",
        "0812345678",
        "Budi\nSantoso"
      })
  void digitsAndSymbolsAreRefused(String name) {
    assertOnlyProblem(
        checkName(name), "contactName", "Nama contact person hanya boleh berisi huruf");
  }

  @Test
  void mustHaveTwoToOneHundredCharacters() {
    assertOnlyProblem(checkName("B"), "contactName", "2 sampai 100 karakter");
    assertThat(checkName(repeat('a', 100))).isEmpty();
    assertOnlyProblem(checkName(repeat('a', 101)), "contactName", "2 sampai 100 karakter");
  }

  @Test
  void subdomainRequestsNeedTheWholeContactPersonToo() {
    RequestData withoutContact =
        aValidSubdomainRequest()
            .withContactName(null)
            .withContactEmail(null)
            .withContactPhone(null)
            .build();

    assertThat(check.check(RequestKind.SUBDOMAIN, withoutContact))
        .extracting(Problem::field)
        .containsExactly("contactName", "contactEmail", "contactPhone");
  }
}
