package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.system.Csv;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.Xlsx;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry of services for the office's staff (Kadis, Kabid, Pelaksana, Manajer Pemantau,
 * Administrator): as JSON, and as CSV or XLSX for a spreadsheet.
 */
@RestController
@RequestMapping("/api/services")
class ServiceRegistryController {

  private static final List<String> CSV_HEADER =
      List.of(
          "Nama",
          "Nama lengkap (FQDN)",
          "Jenis layanan",
          "Jenis rekaman",
          "Tujuan",
          "TTL (detik)",
          "Kode unit",
          "Unit kerja",
          "Nomor surat permohonan",
          "Narahubung",
          "Email narahubung",
          "Telepon narahubung",
          "Hosting",
          "Document root",
          "Nomor surat balasan",
          "Status",
          "Dibuat (WIB)",
          "Diubah (WIB)",
          "ID proses");

  private final ServiceRegistry registry;
  private final CurrentUser currentUser;

  ServiceRegistryController(ServiceRegistry registry, CurrentUser currentUser) {
    this.registry = registry;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<ServiceRegistry.Entry> all() {
    currentUser.requireOfficeStaff("daftar layanan");
    return registry.all();
  }

  /** Comma-separated, UTF-8 with a byte order mark so that spreadsheets read the accents right. */
  @GetMapping("/export.csv")
  ResponseEntity<String> csv() {
    currentUser.requireOfficeStaff("daftar layanan");
    String rows = Csv.of(table());
    return download("csv", new MediaType("text", "csv", StandardCharsets.UTF_8), rows);
  }

  /** The same table as a spreadsheet: times as date cells in WIB, every other cell as text. */
  @GetMapping("/export.xlsx")
  ResponseEntity<byte[]> xlsx() {
    currentUser.requireOfficeStaff("daftar layanan");
    return download("xlsx", Xlsx.MEDIA_TYPE, Xlsx.of("Daftar layanan", table()));
  }

  /** The header and a row per service; a cell is text, or a time (null when there is none). */
  private List<List<Object>> table() {
    return Stream.concat(
            Stream.of(List.<Object>copyOf(CSV_HEADER)),
            registry.all().stream().map(ServiceRegistryController::row))
        .toList();
  }

  private static <T> ResponseEntity<T> download(String extension, MediaType type, T body) {
    String file = "daftar-layanan-" + OfficeTime.today() + "." + extension;
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }

  private static List<Object> row(ServiceRegistry.Entry e) {
    return Arrays.asList(
        text(e.name()),
        text(e.fqdn()),
        text(e.serviceType()),
        text(e.recordType()),
        text(e.target()),
        e.ttl() == null ? "" : e.ttl().toString(),
        text(e.unitId()),
        text(e.unitName()),
        text(e.requestLetterNumber()),
        text(e.contactName()),
        text(e.contactEmail()),
        text(e.contactPhone()),
        text(e.hostingProvider()),
        text(e.documentRoot()),
        text(e.replyLetterNumber()),
        text(e.status()),
        e.createdAt(),
        e.updatedAt(),
        text(e.processInstanceId()));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
