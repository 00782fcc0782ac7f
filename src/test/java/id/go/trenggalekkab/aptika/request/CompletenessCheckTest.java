package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.OFFICE_CLOCK;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidHostingRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSplpAccountRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSubdomainRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompletenessCheckTest {

  private final CompletenessCheck check = aCompletenessCheck();

  @Nested
  class CompleteRequests {

    @Test
    void splpAccountRequestWithEverythingIsComplete() {
      assertThat(check.check(RequestKind.SPLP_ACCOUNT, aValidSplpAccountRequest().build()))
          .isEmpty();
    }

    @Test
    void subdomainRequestPointingAtAServerIsComplete() {
      assertThat(check.check(RequestKind.SUBDOMAIN, aValidSubdomainRequest().build())).isEmpty();
    }

    @Test
    void hostingRequestWithoutTargetIsComplete() {
      assertThat(check.check(RequestKind.SUBDOMAIN, aValidHostingRequest().build())).isEmpty();
    }

    @Test
    void splpAccountRequestIgnoresSubdomainFields() {
      RequestData data =
          aValidSplpAccountRequest()
              .withSubdomainName("-not a label-")
              .withServiceType("NONSENSE")
              .withTargetAddress("127.0.0.1")
              .build();

      assertThat(check.check(RequestKind.SPLP_ACCOUNT, data)).isEmpty();
    }

    @Test
    void subdomainRequestDoesNotNeedABusinessProcess() {
      RequestData data = aValidSubdomainRequest().withBusinessProcess(null).build();

      assertThat(check.check(RequestKind.SUBDOMAIN, data)).isEmpty();
    }
  }

  @Nested
  class AllProblemsTogether {

    @Test
    void emptySplpAccountRequestNamesEveryMissingFieldInFormOrder() {
      List<Problem> problems = check.check(RequestKind.SPLP_ACCOUNT, RequestData.empty());

      assertThat(problems)
          .extracting(Problem::field)
          .containsExactly(
              "requestLetterNumber",
              "requestLetterDate",
              "contactName",
              "contactEmail",
              "contactPhone",
              "businessProcess",
              "requestLetter");
      assertThat(problems)
          .extracting(Problem::message)
          .allSatisfy(
              message -> assertThat(message).containsAnyOf("wajib diisi", "belum dilampirkan"));
    }

    @Test
    void emptySubdomainRequestNamesEveryMissingFieldInFormOrder() {
      List<Problem> problems = check.check(RequestKind.SUBDOMAIN, RequestData.empty());

      assertThat(problems)
          .extracting(Problem::field)
          .containsExactly(
              "requestLetterNumber",
              "requestLetterDate",
              "contactName",
              "contactEmail",
              "contactPhone",
              "subdomainName",
              "subdomainPurpose",
              "serviceType",
              "requestLetter");
    }

    @Test
    void everyWrongFieldIsReportedNotJustTheFirst() {
      RequestData data =
          aValidSubdomainRequest()
              .withRequestLetterDate("2025-03-18")
              .withContactPhone("0355-791234")
              .withSubdomainName("WWW")
              .withTargetAddress("localhost")
              .withRequestLetter(new byte[5_000_001], "surat.docx", "application/pdf")
              .build();

      assertThat(check.check(RequestKind.SUBDOMAIN, data))
          .satisfiesExactly(
              problem -> assertProblem(problem, "requestLetterDate", "melewati tanggal hari ini"),
              problem -> assertProblem(problem, "contactPhone", "08xxxxxxxxxx"),
              problem -> assertProblem(problem, "subdomainName", "\"www\" dicadangkan"),
              problem -> assertProblem(problem, "targetAddress", "loopback"),
              problem -> assertProblem(problem, "requestLetter", "bukan berkas PDF"),
              problem -> assertProblem(problem, "requestLetter", "terlalu besar"));
    }

    @Test
    void theListCannotBeChangedByTheCaller() {
      List<Problem> problems = check.check(RequestKind.SPLP_ACCOUNT, RequestData.empty());

      assertThatThrownBy(problems::clear).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class Configuration {

    @Test
    void reservedNamesAreConfigurableAndCompareInLowerCase() {
      CompletenessCheck custom =
          new CompletenessCheck(label -> false, Set.of(" Bupati "), OFFICE_CLOCK);

      assertOnlyProblem(
          custom.check(
              RequestKind.SUBDOMAIN, aValidSubdomainRequest().withSubdomainName("BUPATI").build()),
          "subdomainName",
          "\"bupati\" dicadangkan");
      assertThat(
              custom.check(
                  RequestKind.SUBDOMAIN, aValidSubdomainRequest().withSubdomainName("www").build()))
          .isEmpty();
    }

    @Test
    void theDefaultReservedNamesAreValidLowerCaseLabels() {
      assertThat(CompletenessCheck.DEFAULT_RESERVED_NAMES)
          .contains("www", "mail", "ns1", "localhost", "wpad", "mta-sts", "intranet")
          .allSatisfy(name -> assertThat(DnsName.isLabel(name)).as(name).isTrue());
    }

    @Test
    void refusesMissingCollaboratorsAndArguments() {
      RequestData complete = aValidSplpAccountRequest().build();

      assertThatThrownBy(() -> new CompletenessCheck(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> check.check(null, complete))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> check.check(RequestKind.SUBDOMAIN, null))
          .isInstanceOf(NullPointerException.class);
    }
  }
}
