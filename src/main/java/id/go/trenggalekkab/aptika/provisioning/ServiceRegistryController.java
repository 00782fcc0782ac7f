package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
    String rows =
        table().stream()
            .map(
                cells ->
                    cells.stream()
                        .map(ServiceRegistryController::csvText)
                        .map(Csv::cell)
                        .collect(Collectors.joining(",")))
            .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
    return download("csv", new MediaType("text", "csv", StandardCharsets.UTF_8), rows);
  }

  /** The same table as a spreadsheet: times as date cells in WIB, every other cell as text. */
  @GetMapping("/export.xlsx")
  ResponseEntity<byte[]> xlsx() throws IOException {
    currentUser.requireOfficeStaff("daftar layanan");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "Layanan Aptika", "1.0");
    Worksheet sheet = workbook.newWorksheet("Daftar layanan");
    List<List<Object>> table = table();
    for (int r = 0; r < table.size(); r++) {
      for (int c = 0; c < table.get(r).size(); c++) {
        if (table.get(r).get(c) instanceof OffsetDateTime time) {
          sheet.value(r, c, time.atZoneSameInstant(OfficeTime.ZONE).toLocalDateTime());
          sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
        } else if (table.get(r).get(c) != null) {
          sheet.value(r, c, (String) table.get(r).get(c));
        }
      }
    }
    sheet.range(0, 0, 0, CSV_HEADER.size() - 1).style().bold().set();
    sheet.freezePane(0, 1);
    workbook.finish();
    return download("xlsx", XLSX, out.toByteArray());
  }

  /** The header and a row per service; a cell is text, or a time (null when there is none). */
  private List<List<Object>> table() {
    return Stream.concat(
            Stream.of(List.<Object>copyOf(CSV_HEADER)),
            registry.all().stream().map(ServiceRegistryController::row))
        .toList();
  }

  /** A time as ISO 8601 in WIB with its offset, e.g. 2026-12-02T10:15:30+07:00. */
  private static String csvText(Object cell) {
    if (cell instanceof OffsetDateTime time) {
      return time.atZoneSameInstant(OfficeTime.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    return cell == null ? "" : (String) cell;
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

  /** RFC 4180 cells, safe to open in a spreadsheet. */
  static final class Csv {

    private Csv() {}

    static String cell(String value) {
      String safe = value;
      // a cell a spreadsheet would take for a formula is kept as text
      if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
        safe = "'" + safe;
      }
      if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
        return "\"" + safe.replace("\"", "\"\"") + "\"";
      }
      return safe;
    }
  }
}
