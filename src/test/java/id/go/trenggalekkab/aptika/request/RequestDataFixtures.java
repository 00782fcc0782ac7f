package id.go.trenggalekkab.aptika.request;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Complete requests to break one field at a time, and the check they are judged by. */
final class RequestDataFixtures {

  static final ZoneId JAKARTA = OfficeTime.ZONE;
  static final LocalDate TODAY = LocalDate.of(2025, 3, 17);
  static final Clock OFFICE_CLOCK =
      Clock.fixed(TODAY.atTime(10, 0).atZone(JAKARTA).toInstant(), JAKARTA);
  static final Set<String> REGISTERED_SUBDOMAINS = Set.of("lpse", "satudata", "inspektorat");

  private RequestDataFixtures() {}

  static CompletenessCheck aCompletenessCheck() {
    return new CompletenessCheck(
        REGISTERED_SUBDOMAINS::contains, CompletenessCheck.DEFAULT_RESERVED_NAMES, OFFICE_CLOCK);
  }

  static RequestData.Builder aValidSplpAccountRequest() {
    return aRequestWithLetterAndContact()
        .withBusinessProcess(
            "Aplikasi SIMPUS Dinas Kesehatan memanggil API NIK Dukcapil melalui SPLP untuk"
                + " memverifikasi identitas pasien saat pendaftaran di puskesmas.");
  }

  static RequestData.Builder aValidSubdomainRequest() {
    return aRequestWithLetterAndContact()
        .withSubdomainName("simpus")
        .withSubdomainPurpose("Aplikasi pendaftaran pasien puskesmas secara daring")
        .withServiceType(ServiceType.SUBDOMAIN)
        .withTargetAddress("203.0.113.10");
  }

  static RequestData.Builder aValidHostingRequest() {
    return aValidSubdomainRequest().withServiceType(ServiceType.HOSTING).withTargetAddress(null);
  }

  private static RequestData.Builder aRequestWithLetterAndContact() {
    return RequestData.builder()
        .withRequestLetterNumber("000.1.2.3/045/406.009/2025")
        .withRequestLetterDate("2025-03-10")
        .withContactName("Budi Santoso, S.Kom.")
        .withContactEmail("budi.santoso@trenggalekkab.go.id")
        .withContactPhone("0812-3456-7890")
        .withRequestLetter(aPdfOfSize(2048), "surat-permohonan.pdf", "application/pdf");
  }

  /** A real PDF of the given size (at least about a kilobyte). */
  static byte[] aPdfOfSize(int size) {
    return LetterPdfs.aLetterOfSize(size);
  }

  static String repeat(char character, int times) {
    return String.valueOf(character).repeat(times);
  }

  /** Asserts the otherwise valid request was refused for this one field, with this reason. */
  static void assertOnlyProblem(List<Problem> problems, String field, String messageFragment) {
    assertThat(problems)
        .singleElement()
        .satisfies(problem -> assertProblem(problem, field, messageFragment));
  }

  static void assertProblem(Problem problem, String field, String messageFragment) {
    assertThat(problem.field()).isEqualTo(field);
    assertThat(problem.message()).contains(messageFragment);
  }
}
