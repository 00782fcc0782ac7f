package id.go.trenggalekkab.aptika.system;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The log tells the truth: one line per refusal, and no input can write a line of its own. */
@AptikaSpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class LogIntegrityTest {

  static final String FORGED_TIME = "2026-01-01T00:00:00.000Z";
  static final String FORGED =
      "\r\n" + FORGED_TIME + "  INFO 1 --- [layanan-aptika] [main] forged : PALSU baris log";
  static final String ESCAPED = "\\r\\n" + FORGED_TIME;

  static final String SUBMIT_FORM =
      "/engine-rest/process-definition/key/SubdomainHostingProcess/submit-form";

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  @Test
  void aRefusedStartLogsOneLineNamingTheCause(CapturedOutput output) {
    for (String path :
        List.of(SUBMIT_FORM, "/engine-rest/process-definition/key/SubdomainHostingProcess/start")) {
      Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
      variables.put("contactName", "");
      int before = output.getAll().length();

      ResponseEntity<String> refused = start(variables, path);

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(output.getAll().substring(before).lines())
          .singleElement()
          .asString()
          .contains("Refused POST", "siti", "Nama contact person wajib diisi.");
    }
  }

  @Test
  void noInputForgesALogLine(CapturedOutput output) {
    Map<String, Object> echoed = RequestFixtures.aSubdomainRequest();
    echoed.put("contactEmail", "bukan-email" + FORGED);
    assertThat(start(echoed, SUBMIT_FORM).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    Map<String, Object> strangeName = RequestFixtures.aSubdomainRequest();
    strangeName.put("catatan" + FORGED, "x");
    strangeName.put("contactName", "");
    start(strangeName, SUBMIT_FORM);

    String pathId = URLEncoder.encode("x" + FORGED, StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(
            http.withBasicAuth(CLERK_DISDIK, PASSWORD)
                .getForEntity(
                    URI.create("http://localhost:" + port + "/engine-rest/task/" + pathId),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    for (String path : List.of("/engine-rest/task", "/api/me")) {
      assertThat(basicAuthAs(CLERK_DISDIK + FORGED, path).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    assertThat(WebappSession.login(port, CLERK_DISDIK + FORGED, "salah").lastLogin)
        .isNotEqualTo(200);

    assertThat(output.getAll().lines()).noneMatch(line -> line.strip().startsWith(FORGED_TIME));
    assertThat(output.getAll())
        .as("the echoed field name and the id in the path are logged, escaped")
        .contains("catatan" + ESCAPED, "/task/x" + ESCAPED);
  }

  @Test
  void aRealFailureKeepsItsStackTraceOnLinesOfItsOwn(CapturedOutput output) {
    LoggerFactory.getLogger(LogIntegrityTest.class)
        .error(
            "Failed for" + FORGED,
            new IllegalStateException(
                "boom" + FORGED, new IllegalArgumentException("cause" + FORGED)));

    List<String> lines = output.getAll().lines().toList();
    assertThat(lines).noneMatch(line -> line.strip().startsWith(FORGED_TIME));
    assertThat(lines)
        .anyMatch(
            line ->
                line.endsWith(
                    "Failed for"
                        + ESCAPED
                        + "  INFO 1 --- [layanan-aptika] [main] forged : PALSU baris log"))
        .anyMatch(line -> line.startsWith("java.lang.IllegalStateException: boom" + ESCAPED))
        .anyMatch(
            line ->
                line.startsWith("Caused by: java.lang.IllegalArgumentException: cause" + ESCAPED))
        .anyMatch(
            line ->
                line.matches(
                    "\\s+at id\\.go\\.trenggalekkab\\.aptika\\.system\\.LogIntegrityTest\\..*"));
  }

  @Test
  void everyLineBreakIsEscaped() {
    assertThat(LogLines.escape("a\nb\rc\u000Bd\u000Ce\u0085f\u2028g\u2029h"))
        .isEqualTo("a\\nb\\rc\\u000bd\\u000ce\\u0085f\\u2028g\\u2029h");
  }

  /**
   * The header by hand: Spring's helper refuses a user name with a colon, as the forged one has.
   */
  private ResponseEntity<String> basicAuthAs(String userId, String path) {
    HttpHeaders headers = new HttpHeaders();
    String credentials = userId + ":" + PASSWORD;
    headers.set(
        HttpHeaders.AUTHORIZATION,
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> start(Map<String, Object> variables, String path) {
    return http.withBasicAuth(CLERK_DINKES, PASSWORD)
        .postForEntity(
            path, Map.of("variables", RequestFixtures.asRestVariables(variables)), String.class);
  }
}
