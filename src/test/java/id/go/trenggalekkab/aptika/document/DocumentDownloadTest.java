package id.go.trenggalekkab.aptika.document;

import static id.go.trenggalekkab.aptika.identity.RequestFixtures.aSubdomainRequest;
import static id.go.trenggalekkab.aptika.identity.RequestFixtures.asRestVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code GET /api/documents/{id}} over real HTTP, for a reader who may see the request. */
@AptikaSpringBootTest
class DocumentDownloadTest {

  static final String TYPED_NAME = "../../<b>x</b>.pdf";

  @Autowired TestRestTemplate http;
  @Autowired DocumentStore documents;
  @Autowired JdbcTemplate jdbc;

  String processInstanceId;

  @BeforeEach
  void startARequest() {
    ResponseEntity<JsonNode> started =
        http.withBasicAuth("siti", "demo")
            .postForEntity(
                "/engine-rest/process-definition/key/SubdomainHostingProcess/start",
                Map.of("variables", asRestVariables(aSubdomainRequest())),
                JsonNode.class);
    assertThat(started.getStatusCode())
        .as(String.valueOf(started.getBody()))
        .isEqualTo(HttpStatus.OK);
    processInstanceId = started.getBody().get("id").asText();
  }

  @Test
  void aNameTypedWithPathAndMarkupIsStoredAndServedSafeInsideASandbox() {
    Document saved =
        documents.save(
            "SURAT_PERMOHONAN",
            TYPED_NAME,
            "application/pdf",
            RequestFixtures.LETTER_PDF,
            processInstanceId,
            "siti");

    assertThat(
            jdbc.queryForObject(
                "select file_name from apt_document where id = ?", String.class, saved.id()))
        .isEqualTo("b_x_b.pdf");
    assertServedSafely(saved.id());
  }

  @Test
  void aNameStoredBeforeNamesWereMadeSafeIsServedSafeToo() {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "insert into apt_document (id, kind, file_name, mime_type, size_bytes, sha256, content,"
            + " process_instance_id, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        "SURAT_PERMOHONAN",
        TYPED_NAME,
        "application/pdf",
        RequestFixtures.LETTER_PDF.length,
        "0".repeat(64),
        RequestFixtures.LETTER_PDF,
        processInstanceId,
        LocalDateTime.now(),
        "siti");

    assertServedSafely(id);
  }

  private void assertServedSafely(String id) {
    ResponseEntity<byte[]> served =
        http.withBasicAuth("budi", "demo").getForEntity("/api/documents/" + id, byte[].class);

    assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(served.getBody()).isEqualTo(RequestFixtures.LETTER_PDF);
    assertThat(served.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    ContentDisposition disposition = served.getHeaders().getContentDisposition();
    assertThat(disposition.isInline()).isTrue();
    assertThat(disposition.getFilename()).isEqualTo("b_x_b.pdf");
    assertThat(served.getHeaders().getFirst("Content-Disposition"))
        .doesNotContain("/", "<", ">", "..");
    assertThat(served.getHeaders().get("Content-Security-Policy")).containsExactly("sandbox");
    assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
