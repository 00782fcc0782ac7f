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

/** SOP A step 4: the letter must describe the business process of the application to integrate. */
class BusinessProcessDescriptionTest {

  private final CompletenessCheck check = aCompletenessCheck();

  private List<Problem> checkSplpAccount(String businessProcess) {
    return check.check(
        RequestKind.SPLP_ACCOUNT,
        aValidSplpAccountRequest().withBusinessProcess(businessProcess).build());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\t"})
  void splpAccountRequestWithoutBusinessProcessIsIncomplete(String businessProcess) {
    assertOnlyProblem(
        checkSplpAccount(businessProcess),
        "businessProcess",
        "Proses bisnis aplikasi yang akan diintegrasikan wajib diisi");
  }

  @ParameterizedTest
  @ValueSource(strings = {"integrasi", "cek NIK", "aplikasi SIMPUS", "   sembilan belas k   "})
  void aFewWordsAreNotADescription(String businessProcess) {
    assertOnlyProblem(
        checkSplpAccount(businessProcess), "businessProcess", "paling sedikit 20 karakter");
  }

  @Test
  void twentyCharactersAreEnoughAndNineteenAreNot() {
    assertThat(checkSplpAccount(repeat('a', 20))).isEmpty();
    assertOnlyProblem(checkSplpAccount(repeat('a', 19)), "businessProcess", "terlalu singkat");
  }

  @Test
  void mayNotOutgrowACamundaStringVariable() {
    assertThat(checkSplpAccount(repeat('a', 4000))).isEmpty();
    assertOnlyProblem(
        checkSplpAccount(repeat('a', 4001)), "businessProcess", "paling banyak 4000 karakter");
  }
}
