package id.go.trenggalekkab.aptika.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry of services: reservation by step 5, and what the staff read and export. */
@AptikaSpringBootTest
class ServiceRegistryTest {

  @Autowired ServiceRegistry registry;
  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  @Test
  void aReservationHoldsTheNameForItsRequestOnly() {
    String name = uniqueName();
    ServiceRegistry.Request request = request(name, "pi-1", "Ani");

    assertThat(registry.reserve(request)).isFalse();
    assertThat(registry.reserve(request)).as("the same request again: resumed").isTrue();
    assertThat(registry.isTaken(name)).isTrue();
    assertThat(registry.findByName(name).orElseThrow().status()).isEqualTo("DIPROSES");
    assertThatThrownBy(() -> registry.reserve(request(name, "pi-2", "Budi")))
        .isInstanceOf(NameTakenException.class)
        .hasMessageContaining("sudah tercatat untuk permohonan lain");

    registry.releaseNow(name, "pi-2-" + name);
    assertThat(registry.isTaken(name)).as("another request cannot release it").isTrue();
    registry.releaseNow(name, "pi-1-" + name);
    assertThat(registry.isTaken(name)).isFalse();
  }

  @Test
  void aCompletedEntryKeepsWhatWasCreatedAndLaterTheReplyLetterNumber() {
    String name = activeHostedService("pi-3", "192.0.2.40");
    // step 9 (letter.ReplyLetters) writes the reply letter's number into the entry
    jdbc.sql("update apt_service set reply_letter_number = ? where process_instance_id = ?")
        .params("500/123/406.020/2026", "pi-3-" + name)
        .update();

    ServiceRegistry.Entry entry = registry.findByName(name).orElseThrow();
    assertThat(entry.status()).isEqualTo("AKTIF");
    assertThat(entry.target()).isEqualTo("192.0.2.40");
    assertThat(entry.ttl()).isEqualTo(600);
    assertThat(entry.hostingProvider()).isEqualTo("nginx");
    assertThat(entry.unitName()).startsWith("Dinas Kesehatan");
    assertThat(entry.replyLetterNumber()).isEqualTo("500/123/406.020/2026");
    assertThat(entry.createdAt()).isNotNull();
    assertThat(entry.updatedAt()).isAfterOrEqualTo(entry.createdAt());
  }

  @Test
  void thePelaksanaExportsTheRegistryAsCsvForASpreadsheet() {
    String name = uniqueName();
    registry.reserve(request(name, "pi-4", "Ani \"Nunik\", S.Kom."));
    registry.complete(
        name,
        "pi-4-" + name,
        new ServiceRegistry.Created("AKTIF", "CNAME", "=cmd|x", 3600, null, null));

    ResponseEntity<byte[]> response =
        http.withBasicAuth("agus", "demo").getForEntity("/api/services/export.csv", byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(response.getHeaders().getContentDisposition().getFilename())
        .startsWith("daftar-layanan-")
        .endsWith(".csv");
    String csv = new String(response.getBody(), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFNama,Nama lengkap (FQDN),Jenis layanan");
    String row = lines.stream().filter(l -> l.startsWith(name + ",")).findFirst().orElseThrow();
    assertThat(row)
        .contains(name + ".trenggalekkab.go.id,SUBDOMAIN,CNAME,'=cmd|x,3600,dinkes,")
        .contains("\"Ani \"\"Nunik\"\", S.Kom.\"")
        .contains(",AKTIF,");
    assertThat(lines.get(0)).contains(",Dibuat (WIB),Diubah (WIB),");
    OffsetDateTime created = registry.findByName(name).orElseThrow().createdAt();
    assertThat(row).contains("," + created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ",");
    assertThat(created.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    assertThat(Duration.between(created.toInstant(), Instant.now()).abs())
        .as("the office time of the moment it was written, not the JVM's clock read as WIB")
        .isLessThan(Duration.ofMinutes(5));
  }

  @Test
  void theKabidExportsTheRegistryAsAnXlsxSpreadsheet() throws Exception {
    String name = activeHostedService("pi-6", "192.0.2.41");

    ResponseEntity<byte[]> response =
        http.withBasicAuth("sri", "demo").getForEntity("/api/services/export.xlsx", byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet sheet = workbook.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("Daftar layanan");
      List<Row> rows = sheet.read();
      assertThat(rows.get(0).getCellAsString(0)).contains("Nama");
      Row row =
          rows.stream()
              .filter(r -> r.getCellAsString(0).orElse("").equals(name))
              .findFirst()
              .orElseThrow();
      assertThat(row.getCellAsString(1)).contains(name + ".trenggalekkab.go.id");
      assertThat(row.getCellAsString(4)).contains("192.0.2.41");
      assertThat(row.getCellAsString(7).orElseThrow()).startsWith("Dinas Kesehatan");
      assertThat(row.getCellAsString(15)).contains("AKTIF");
      assertThat(rows.get(0).getCellAsString(16)).contains("Dibuat (WIB)");
      assertThat(row.getCellAsDate(16))
          .as("a date cell holding the WIB time")
          .contains(
              registry
                  .findByName(name)
                  .orElseThrow()
                  .createdAt()
                  .atZoneSameInstant(OfficeTime.ZONE)
                  .toLocalDateTime());
    }
  }

  @Test
  void managersReadTheRegistryAsJsonAndApplicantsDoNot() {
    String name = uniqueName();
    registry.reserve(request(name, "pi-5", "Ani"));

    ResponseEntity<ServiceRegistry.Entry[]> read =
        http.withBasicAuth("hendra", "demo")
            .getForEntity("/api/services", ServiceRegistry.Entry[].class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).extracting(ServiceRegistry.Entry::name).contains(name);
    JsonNode ours = null;
    for (JsonNode entry :
        http.withBasicAuth("hendra", "demo").getForObject("/api/services", JsonNode.class)) {
      if (entry.get("name").asText().equals(name)) {
        ours = entry;
      }
    }
    assertThat(ours.get("createdAt").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");

    assertThat(http.withBasicAuth("siti", "demo").getForEntity("/api/services", String.class))
        .extracting(ResponseEntity::getStatusCode)
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            http.withBasicAuth("siti", "demo")
                .getForEntity("/api/services/export.csv", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            http.withBasicAuth("siti", "demo")
                .getForEntity("/api/services/export.xlsx", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/services/export.csv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** A hosted service step 5 created, under a new name: the name. */
  private String activeHostedService(String pid, String address) {
    String name = uniqueName();
    registry.reserve(request(name, pid, "Ani"));
    registry.complete(
        name,
        pid + "-" + name,
        new ServiceRegistry.Created("AKTIF", "A", address, 600, "nginx", "/srv/www/x"));
    return name;
  }

  private static ServiceRegistry.Request request(String name, String pid, String contact) {
    return new ServiceRegistry.Request(
        name,
        name + ".trenggalekkab.go.id",
        "SUBDOMAIN",
        "dinkes",
        pid + "-" + name,
        "005/12/2026",
        contact,
        "ani@example.org",
        "081234567890");
  }

  private static String uniqueName() {
    return "reg" + UUID.randomUUID().toString().substring(0, 8);
  }
}
