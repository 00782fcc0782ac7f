package id.go.trenggalekkab.aptika.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.WebappSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Staff see failed and waiting mail over {@code /api/outbox}, retry it or record it sent by hand.
 */
@AptikaSpringBootTest
class OutboxApiTest {

  private static final String WIB_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00";

  @Autowired TestRestTemplate http;
  @Autowired Outbox outbox;
  @LocalServerPort int port;

  long failedId;

  @BeforeEach
  void aMailThatFailed() {
    String subject = "[Uji] API " + UUID.randomUUID();
    outbox.queue(List.of("budi@trenggalekkab.example"), subject, "Isi.");
    failedId =
        outbox.latest(500).stream().filter(m -> m.subject().equals(subject)).findFirst().get().id();
    Instant now = Instant.now();
    outbox.claim(failedId, now, now.plusSeconds(600));
    outbox.markAttemptFailed(failedId, "MailSendException: Connection refused", null);
  }

  @Test
  void aManagerListsFailedMailWithItsTimesInWib() {
    ResponseEntity<JsonNode> failed =
        http.withBasicAuth("hendra", "demo")
            .getForEntity("/api/outbox?status=GAGAL&limit=500", JsonNode.class);

    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode ours = find(failed.getBody(), failedId);
    assertThat(ours.get("status").asText()).isEqualTo("GAGAL");
    assertThat(ours.get("attempts").asInt()).isOne();
    assertThat(ours.get("lastError").asText()).contains("Connection refused");
    assertThat(ours.get("createdAt").asText()).matches(WIB_TIME);
    assertThat(
            Duration.between(
                    OffsetDateTime.parse(ours.get("createdAt").asText()), OffsetDateTime.now())
                .abs())
        .as("the moment it was written, not the JVM's clock read as WIB")
        .isLessThan(Duration.ofMinutes(5));
    for (JsonNode mail : failed.getBody()) {
      assertThat(mail.get("status").asText()).isEqualTo("GAGAL");
    }
    ResponseEntity<JsonNode> waiting =
        http.withBasicAuth("hendra", "demo")
            .getForEntity("/api/outbox?status=MENUNGGU&limit=500", JsonNode.class);
    assertThat(waiting.getBody()).noneMatch(mail -> mail.get("id").asLong() == failedId);
  }

  @Test
  void aClerkMayNeitherReadNorRetry() {
    assertThat(
            http.withBasicAuth("siti", "demo")
                .getForEntity("/api/outbox", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            http.withBasicAuth("siti", "demo")
                .postForEntity("/api/outbox/" + failedId + "/retry", null, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(outbox.find(failedId).orElseThrow().status()).isEqualTo(Outbox.FAILED);
  }

  @Test
  void thePelaksanaRetriesAFailedMailFromTheBrowserWithTheXsrfToken() {
    WebappSession agus = WebappSession.signIn(port, "agus", "demo");

    HttpResponse<String> retried = agus.postJson("/api/outbox/" + failedId + "/retry", "");

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    Outbox.Mail mail = outbox.find(failedId).orElseThrow();
    assertThat(mail.status()).isEqualTo(Outbox.WAITING);
    assertThat(mail.attempts()).isZero();
    assertThat(mail.handledBy()).isEqualTo("agus");
    assertThat(agus.postJson("/api/outbox/" + failedId + "/retry", "").body())
        .contains("Hanya e-mail berstatus GAGAL atau TIDAK_PASTI yang dapat dikirim ulang");
  }

  @Test
  void theKabidRecordsAMailSentByHandOnceWithTheDayAndChannel() {
    String yesterday = LocalDate.now(OfficeTime.ZONE).minusDays(1).toString();

    ResponseEntity<JsonNode> recorded =
        manual(Map.of("sentOn", yesterday, "channel", "SRIKANDI", "note", "Nomor agenda 12"));

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.getBody().get("status").asText()).isEqualTo("DIKIRIM_MANUAL");
    assertThat(recorded.getBody().get("manualSentOn").asText()).isEqualTo(yesterday);
    assertThat(recorded.getBody().get("manualChannel").asText()).isEqualTo("SRIKANDI");
    assertThat(recorded.getBody().get("manualNote").asText()).isEqualTo("Nomor agenda 12");
    assertThat(recorded.getBody().get("handledBy").asText()).isEqualTo("sri");

    ResponseEntity<JsonNode> again = manual(Map.of("sentOn", yesterday, "channel", "KERTAS"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody().get("errors").get(0).get("message").asText())
        .isEqualTo("E-mail ini sudah DIKIRIM_MANUAL: tidak dapat dicatat dikirim manual.");
  }

  @Test
  void aBadDayOrChannelIsRefusedNamingTheField() {
    String tomorrow = LocalDate.now(OfficeTime.ZONE).plusDays(1).toString();

    ResponseEntity<JsonNode> future = manual(Map.of("sentOn", tomorrow, "channel", "FAKS"));
    ResponseEntity<JsonNode> unreadable = manual(Map.of("sentOn", "1 Desember"));

    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody().get("errors").toString())
        .contains(
            "\"field\":\"sentOn\",\"message\":\"Tanggal pengiriman tidak boleh setelah hari ini.\"",
            "\"field\":\"channel\",\"message\":\"Saluran pengiriman wajib salah satu dari"
                + " SRIKANDI, EMAIL_MANUAL, KERTAS.\"");
    assertThat(unreadable.getBody().get("errors").toString())
        .contains("Tanggal pengiriman '1 Desember' tidak sah (YYYY-MM-DD).");
    assertThat(outbox.find(failedId).orElseThrow().status()).isEqualTo(Outbox.FAILED);
    assertThat(
            http.withBasicAuth("sri", "demo")
                .postForEntity("/api/outbox/999999999/retry", null, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            http.withBasicAuth("sri", "demo")
                .getForEntity("/api/outbox?status=HILANG", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<JsonNode> manual(Map<String, String> body) {
    return http.withBasicAuth("sri", "demo")
        .postForEntity("/api/outbox/" + failedId + "/manual", body, JsonNode.class);
  }

  private static JsonNode find(JsonNode list, long id) {
    for (JsonNode mail : list) {
      if (mail.get("id").asLong() == id) {
        return mail;
      }
    }
    throw new AssertionError("mail " + id + " not listed");
  }
}
