package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidHostingRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSubdomainRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Purpose and service type of a sub domain request; name and target have their own tests. */
class SubdomainRequestCheckTest {

  private final CompletenessCheck check = aCompletenessCheck();

  private List<Problem> checkSubdomain(RequestData.Builder request) {
    return check.check(RequestKind.SUBDOMAIN, request.build());
  }

  @Nested
  class Purpose {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \n "})
    void isRequired(String purpose) {
      assertOnlyProblem(
          checkSubdomain(aValidSubdomainRequest().withSubdomainPurpose(purpose)),
          "subdomainPurpose",
          "Tujuan penggunaan sub domain wajib diisi");
    }

    @Test
    void mayNotOutgrowACamundaStringVariable() {
      assertThat(checkSubdomain(aValidSubdomainRequest().withSubdomainPurpose(repeat('p', 4000))))
          .isEmpty();
      assertOnlyProblem(
          checkSubdomain(aValidSubdomainRequest().withSubdomainPurpose(repeat('p', 4001))),
          "subdomainPurpose",
          "paling banyak 4000 karakter");
    }
  }

  @Nested
  class TypeOfService {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void isRequiredAndWithoutItTheTargetIsNotJudged(String type) {
      RequestData.Builder request =
          aValidSubdomainRequest().withServiceType(type).withTargetAddress("127.0.0.1");

      assertOnlyProblem(
          checkSubdomain(request), "serviceType", "Jenis layanan wajib dipilih: pilih SUBDOMAIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hosting", "Subdomain", "SUB DOMAIN", "SUBDOMAIN_HOSTING", "1"})
    void unknownValuesAreRefused(String type) {
      assertOnlyProblem(
          checkSubdomain(aValidSubdomainRequest().withServiceType(type)),
          "serviceType",
          "Jenis layanan tidak dikenal");
    }

    @Test
    void surroundingBlanksAreForgiven() {
      assertThat(checkSubdomain(aValidHostingRequest().withServiceType(" HOSTING "))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aSubdomainPointingAtAServerNeedsTheTarget(String target) {
      assertOnlyProblem(
          checkSubdomain(aValidSubdomainRequest().withTargetAddress(target)),
          "targetAddress",
          "Alamat server tujuan wajib diisi untuk jenis layanan SUBDOMAIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "http://x", "bukan alamat!", "203.0.113.10"})
    void hostingIgnoresAnyTarget(String target) {
      assertThat(checkSubdomain(aValidHostingRequest().withTargetAddress(target))).isEmpty();
    }
  }
}
