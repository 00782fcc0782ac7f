package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.request.ServiceType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What step 5 did, in the words the reply letter and the step 6 form use: only what the system did
 * on the servers or what the Pelaksana confirmed, and what the DNS check saw.
 */
final class ServiceStatement {

  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private ServiceStatement() {}

  /**
   * What the adapters made on the servers, once it is there (a hosted site once it is served): the
   * step 6 form's summary and the letter's statement.
   */
  static Map<String, Object> bySystem(
      ServiceType serviceType, DnsRecord record, String hostingProvider, String documentRoot) {
    String statement =
        serviceType == ServiceType.HOSTING
            ? "sub domain "
                + record.fqdn()
                + " beserta ruang hosting-nya telah dibuat oleh sistem pada server DNS dan server"
                + " hosting Dinas dan dapat digunakan."
            : "sub domain "
                + record.fqdn()
                + " telah dibuat pada server DNS Dinas dan diarahkan ke server "
                + record.data()
                + ".";
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(
        SubdomainHostingContract.CREATED_SERVICE, summary(record, hostingProvider, documentRoot));
    variables.put(RequestVariables.SERVICE_STATEMENT, statement);
    return variables;
  }

  /**
   * Work confirmed by the Pelaksana (and any part the system did), with the DNS check.
   *
   * @param dnsByHand the record was created by hand
   * @param hosting null when no hosting was asked; else whether the virtual host was made by hand
   */
  static String confirmed(
      DnsRecord record,
      boolean dnsByHand,
      Boolean hostingByHand,
      LocalDate confirmedOn,
      DnsCheck.Result check,
      LocalDate checkedOn) {
    StringBuilder text =
        new StringBuilder("sub domain ")
            .append(record.fqdn())
            .append(" telah dibuat dengan rekaman DNS ")
            .append(record.type())
            .append(" yang diarahkan ke ")
            .append(record.data())
            .append(
                dnsByHand
                    ? ", dibuat secara manual oleh Pelaksana Bidang Aplikasi dan Informatika dan"
                        + " dikonfirmasi pada "
                        + DATE.format(confirmedOn)
                    : ", dibuat oleh sistem pada server DNS Dinas");
    if (hostingByHand != null) {
      text.append(
          hostingByHand
              ? "; ruang hosting-nya (virtual host "
                  + record.fqdn()
                  + ") disiapkan secara manual oleh Pelaksana dan dikonfirmasi pada "
                  + DATE.format(confirmedOn)
              : "; ruang hosting-nya disiapkan oleh sistem pada server hosting Dinas");
    }
    return text.append(". ").append(checkSentence(check, checkedOn)).toString();
  }

  private static String checkSentence(DnsCheck.Result check, LocalDate checkedOn) {
    String on = "Pada pemeriksaan DNS tanggal " + DATE.format(checkedOn) + ", ";
    return switch (check.visibility()) {
      case FOUND -> on + "nama tersebut sudah dapat ditemukan dan mengarah ke alamat di atas.";
      case NOT_FOUND ->
          on
              + "nama tersebut belum terlihat; perubahan DNS memerlukan waktu untuk tersebar,"
              + " sehingga sub domain dapat digunakan setelah nama tersebut dapat ditemukan.";
      case UNREACHABLE ->
          "Pemeriksaan DNS otomatis belum dapat dilakukan pada tanggal "
              + DATE.format(checkedOn)
              + " karena server DNS tidak dapat dihubungi.";
      case DIFFERENT ->
          on + "nama tersebut mengarah ke " + String.join(", ", check.answers()) + ".";
    };
  }

  /** The registry's view of what exists, for the step 6 form. */
  static String summary(DnsRecord record, String hostingProvider, String documentRoot) {
    return "Rekaman DNS: "
        + record.describe()
        + "\nHosting: "
        + (hostingProvider == null
            ? "tidak diminta"
            : hostingProvider + (documentRoot == null ? "" : ", document root " + documentRoot))
        + "\nStatus di daftar layanan: "
        + ServiceRegistry.ACTIVE;
  }

  /** What the lookup saw, for the notes and the Pelaksana's form. */
  static String checkResult(DnsCheck.Result check, String resolver, DnsRecord record) {
    String asked = record.type() + " " + record.fqdn() + " (" + resolver + "): ";
    return asked
        + switch (check.visibility()) {
          case FOUND -> "ditemukan, mengarah ke " + record.data() + ".";
          case DIFFERENT ->
              "ditemukan, tetapi mengarah ke "
                  + String.join(", ", check.answers())
                  + ", bukan "
                  + record.data()
                  + " seperti yang dikonfirmasi.";
          case NOT_FOUND -> "belum terlihat di DNS.";
          case UNREACHABLE -> "server DNS tidak dapat dihubungi.";
        };
  }
}
