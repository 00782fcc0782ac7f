package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.BUSINESS_PROCESS;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 4 of both SOPs, "Mengecek kelengkapan surat permohonan": decides whether a request can go on
 * or must go back to the applicant (activity 1), and says why.
 *
 * <p>All problems are reported at once: every return to activity 1 restarts the SOP's working days,
 * so the applicant should be able to fix everything in one round. Values are judged after {@link
 * String#strip()}; whoever stores them should strip them likewise (and use {@link
 * RequestData#normalisedSubdomainName()} for the sub domain).
 *
 * <p>Plain Java on purpose: the Camunda delegate of step 4 and the REST validator of the start form
 * both call it, and unit tests reach every rule without an engine. Instances hold no state between
 * calls, so one can be shared by all threads.
 */
public final class CompletenessCheck {

  /**
   * Labels never given to a request, one group per line: the web host and the machine itself; mail
   * and the names mail clients probe for their settings; name servers; remote administration;
   * network plumbing that clients find by name (WPAD and ISATAP can be hijacked through such a
   * record); shared platform names an applicant's site would pass off as the whole regency's.
   */
  public static final Set<String> DEFAULT_RESERVED_NAMES =
      Set.of(
          """
          www localhost
          mail email webmail smtp imap pop pop3 mx mta-sts autodiscover autoconfig
          dns ns ns1 ns2 ns3 ns4
          ftp sftp ssh cpanel whm admin administrator root
          vpn proxy gateway wpad isatap
          api sso login portal static cdn intranet
          """
              .strip()
              .split("\\s+"));

  /** Shorter than this cannot say which services are called and what data flows. */
  static final int MIN_BUSINESS_PROCESS_LENGTH = 20;

  /** Camunda keeps a string variable in a column of 4000 characters. */
  static final int MAX_TEXT_LENGTH = 4000;

  /** "Today" is the office's day, whatever zone the server or a test clock runs in. */
  private final RequestLetterCheck letterCheck;

  private final SubdomainRequestCheck subdomainCheck;

  /** The default reserved names and the system clock. */
  public CompletenessCheck(SubdomainRegistry registry) {
    this(registry, DEFAULT_RESERVED_NAMES, OfficeTime.clock());
  }

  /**
   * @param registry tells which sub domains exist already
   * @param reservedNames labels refused besides the registered ones; compared in lower case
   * @param clock the instant "today" is taken from; the date is read in WIB
   */
  public CompletenessCheck(SubdomainRegistry registry, Set<String> reservedNames, Clock clock) {
    Objects.requireNonNull(registry, "registry");
    Set<String> lowerCaseNames =
        reservedNames.stream()
            .map(name -> name.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.letterCheck = new RequestLetterCheck(clock.withZone(OfficeTime.ZONE));
    this.subdomainCheck = new SubdomainRequestCheck(registry, lowerCaseNames);
  }

  /**
   * @return every problem found, in the order of the start form; empty when the request is complete
   */
  public List<Problem> check(RequestKind kind, RequestData data) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(data, "data");
    List<Problem> problems = new ArrayList<>();
    letterCheck.checkNumberAndDate(data, problems);
    ContactPersonCheck.check(data, problems);
    switch (kind) {
      case SPLP_ACCOUNT -> checkBusinessProcess(data.businessProcess(), problems);
      case SUBDOMAIN -> subdomainCheck.check(data, problems);
    }
    RequestLetterCheck.checkFile(data.requestLetter(), problems);
    return List.copyOf(problems);
  }

  private static void checkBusinessProcess(String value, List<Problem> problems) {
    String subject = "Proses bisnis aplikasi yang akan diintegrasikan";
    if (value == null || value.isBlank()) {
      problems.add(new Problem(BUSINESS_PROCESS, subject + " wajib diisi"));
    } else if (value.strip().length() < MIN_BUSINESS_PROCESS_LENGTH) {
      problems.add(
          new Problem(
              BUSINESS_PROCESS,
              subject
                  + " terlalu singkat: jelaskan layanan yang dipakai dan data yang dipertukarkan,"
                  + " paling sedikit "
                  + MIN_BUSINESS_PROCESS_LENGTH
                  + " karakter"));
    } else if (value.strip().length() > MAX_TEXT_LENGTH) {
      problems.add(
          new Problem(
              BUSINESS_PROCESS,
              subject + " terlalu panjang: paling banyak " + MAX_TEXT_LENGTH + " karakter"));
    }
  }
}
