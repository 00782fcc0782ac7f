package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.SERVICE_TYPE;
import static id.go.trenggalekkab.aptika.request.RequestVariables.SUBDOMAIN_NAME;
import static id.go.trenggalekkab.aptika.request.RequestVariables.SUBDOMAIN_PURPOSE;
import static id.go.trenggalekkab.aptika.request.RequestVariables.TARGET_ADDRESS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sub domain request must carry so that the executor can create it in step 5 without going
 * back to the applicant: a usable name, its purpose, the kind of service and, when the sub domain
 * points at an existing server, where that server is.
 */
final class SubdomainRequestCheck {

  static final int MIN_PURPOSE_LENGTH = 10;
  static final int MAX_PURPOSE_LENGTH = CompletenessCheck.MAX_TEXT_LENGTH;

  /**
   * The name's syntax as one pattern, for the browser's form; {@link #check} says in detail what is
   * wrong. Upper case is allowed because the name is lower-cased before it is judged. A test keeps
   * the two equal.
   */
  static final String NAME_PATTERN = "^(?!.{2}--)[A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?$";

  private static final Pattern LABEL_CHARACTERS = Pattern.compile("[a-z0-9-]+");
  private static final String CHOOSE_SERVICE_TYPE =
      "pilih SUBDOMAIN (diarahkan ke server yang sudah ada) "
          + "atau HOSTING (sub domain beserta hosting)";

  private final SubdomainRegistry registry;
  private final Set<String> reservedNames;

  SubdomainRequestCheck(SubdomainRegistry registry, Set<String> reservedNames) {
    this.registry = registry;
    this.reservedNames = reservedNames;
  }

  void check(RequestData data, List<Problem> problems) {
    nameProblem(data).ifPresent(message -> problems.add(new Problem(SUBDOMAIN_NAME, message)));
    checkPurpose(data.subdomainPurpose(), problems);
    checkServiceType(data, problems);
  }

  /**
   * Syntax first, then the reserved list, then the registry: asking the registry about a name that
   * could never be created would only cost a lookup.
   */
  private Optional<String> nameProblem(RequestData data) {
    String raw = data.subdomainName();
    if (raw == null || raw.isBlank()) {
      return Optional.of("Nama sub domain wajib diisi");
    }
    if (!DnsName.isAscii(raw.strip())) {
      return Optional.of(
          "Nama sub domain hanya boleh berisi huruf a-z tanpa aksen, angka 0-9 dan tanda hubung"
              + " (-); nama dengan huruf non-Latin (nama domain internasional) tidak dilayani");
    }
    String label = data.normalisedSubdomainName();
    if (label.contains(".")) {
      return Optional.of(
          "Nama sub domain ditulis tanpa titik, cukup bagian depannya saja: misalnya"
              + " \"dinkes\", bukan \"dinkes.trenggalekkab.go.id\"");
    }
    if (label.length() > DnsName.MAX_LABEL_LENGTH) {
      return Optional.of(
          "Nama sub domain terlalu panjang: paling banyak "
              + DnsName.MAX_LABEL_LENGTH
              + " karakter");
    }
    if (!LABEL_CHARACTERS.matcher(label).matches()) {
      return Optional.of(
          "Nama sub domain hanya boleh berisi huruf a-z, angka 0-9 dan tanda hubung (-), "
              + "tanpa spasi atau garis bawah (_)");
    }
    if (label.startsWith("-") || label.endsWith("-")) {
      return Optional.of("Nama sub domain tidak boleh diawali atau diakhiri tanda hubung (-)");
    }
    if (label.startsWith("--", 2)) {
      // RFC 5891 4.2.3.1 reserves "??--" for IDNA A-labels (xn--...). We cannot check that
      // an A-label decodes correctly without a library, and citizens cannot read one.
      return Optional.of(
          "Nama sub domain tidak boleh memuat dua tanda hubung pada karakter ke-3 dan ke-4 "
              + "(bentuk ini dicadangkan untuk nama domain internasional, misalnya xn--)");
    }
    if (reservedNames.contains(label)) {
      return Optional.of(
          "Nama sub domain \""
              + label
              + "\" dicadangkan (nama teknis atau layanan bersama) dan tidak dapat diajukan;"
              + " pilih nama lain");
    }
    if (registry.isTaken(label)) {
      return Optional.of("Nama sub domain \"" + label + "\" sudah terdaftar; pilih nama lain");
    }
    return Optional.empty();
  }

  private static void checkPurpose(String value, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem(SUBDOMAIN_PURPOSE, "Tujuan penggunaan sub domain wajib diisi"));
    } else if (value.strip().length() < MIN_PURPOSE_LENGTH) {
      problems.add(
          new Problem(
              SUBDOMAIN_PURPOSE,
              "Tujuan penggunaan sub domain terlalu singkat: paling sedikit "
                  + MIN_PURPOSE_LENGTH
                  + " karakter"));
    } else if (value.strip().length() > MAX_PURPOSE_LENGTH) {
      problems.add(
          new Problem(
              SUBDOMAIN_PURPOSE,
              "Tujuan penggunaan sub domain terlalu panjang: paling banyak "
                  + MAX_PURPOSE_LENGTH
                  + " karakter"));
    }
  }

  /**
   * The target is judged only once the service type is known: without it nobody can say whether a
   * target is needed, and one clear problem beats two confusing ones.
   */
  private static void checkServiceType(RequestData data, List<Problem> problems) {
    String raw = data.serviceType();
    if (raw == null || raw.isBlank()) {
      problems.add(
          new Problem(SERVICE_TYPE, "Jenis layanan wajib dipilih: " + CHOOSE_SERVICE_TYPE));
      return;
    }
    Optional<ServiceType> type = ServiceType.fromFormValue(raw);
    if (type.isEmpty()) {
      problems.add(
          new Problem(SERVICE_TYPE, "Jenis layanan tidak dikenal: " + CHOOSE_SERVICE_TYPE));
    } else if (type.get() == ServiceType.SUBDOMAIN) {
      String target = data.targetAddress();
      if (target == null || target.isBlank()) {
        problems.add(
            new Problem(
                TARGET_ADDRESS, "Alamat server tujuan wajib diisi untuk jenis layanan SUBDOMAIN"));
      } else {
        TargetAddress.problemWith(target)
            .ifPresent(message -> problems.add(new Problem(TARGET_ADDRESS, message)));
      }
    }
  }
}
