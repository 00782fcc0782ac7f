package id.go.trenggalekkab.aptika.system;

import static id.go.trenggalekkab.aptika.identity.People.ADMIN;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.MANAGER;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.system.Integrations.Integration;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The administrators' integration status, as JSON ({@code GET /api/integrations}) and as a page
 * ({@code GET /integrasi}), over real HTTP: the mode of every integration as {@link Integrations}
 * says, the signing method and public address, and none of the credentials the test configuration
 * sets (a TSIG secret, the SPLP portal's and the mail server's passwords). Anyone else is refused
 * in Bahasa Indonesia.
 */
@AptikaSpringBootTest
class IntegrationStatusApiTest {

  @Autowired TestRestTemplate http;
  @Autowired Integrations integrations;
  @Autowired Environment environment;
  @LocalServerPort int port;

  @Test
  void theAdministratorReadsEveryIntegrationsModeAndSetting() {
    ResponseEntity<JsonNode> answer =
        http.withBasicAuth(ADMIN, PASSWORD).getForEntity("/api/integrations", JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = answer.getBody();
    List<JsonNode> lines =
        StreamSupport.stream(body.get("integrations").spliterator(), false).toList();
    assertThat(lines)
        .extracting(line -> line.get("id").asText())
        .containsExactly("dns", "hosting", "splp", "mail");
    for (JsonNode line : lines) {
      Integration integration = Integration.valueOf(line.get("id").asText().toUpperCase());
      // the shared test context runs the SPLP portal against the test-scope simulator
      // (aptika.splp.mode=wso2); nothing else is integrated there
      Integrations.Mode expected =
          integration == Integration.SPLP ? Integrations.Mode.INTEGRATED : Integrations.Mode.MANUAL;
      assertThat(line.get("mode").asText()).as(integration.id()).isEqualTo(expected.name());
      assertThat(integrations.mode(integration)).isEqualTo(expected);
      assertThat(line.get("modeLabel").asText()).isEqualTo(expected.label());
      assertThat(line.get("name").asText()).isEqualTo(integration.title());
      assertThat(line.get("setting").asText()).isEqualTo(integration.setting());
      assertThat(line.get("manualWork").asText()).isEqualTo(integration.manualWork());
    }
    assertThat(lines.get(0).get("settingValue").asText())
        .isEqualTo(environment.getProperty("aptika.dns.mode"))
        .isNotBlank();
    assertThat(lines.get(2).get("settingValue").asText()).isEqualTo("wso2");
    assertThat(lines.get(3).get("settingValue").asText()).as("no mail host").isEmpty();
    assertThat(body.get("signingMethod").asText()).isEqualTo("local");
    assertThat(body.get("publicUrl").asText())
        .isEqualTo("https://layanan.kominfo.trenggalekkab.go.id/");
    assertNoCredentialIn(body.toString());
  }

  @Test
  void theAdministratorSeesThePageWithinTheWebappsLogin() {
    WebappSession admin = WebappSession.signIn(port, ADMIN, PASSWORD);

    HttpResponse<String> page = admin.get("/integrasi");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains("<h1>Status integrasi</h1>", "aptika.dns.mode", "aptika.signing.method")
        .contains("https://layanan.kominfo.trenggalekkab.go.id/");
    for (Integration integration : Integration.values()) {
      assertThat(page.body())
          .contains(
              "data-integration=\"" + integration.id() + "\"",
              integration.title(),
              integration.setting());
    }
    assertThat(page.body()).containsPattern("class=\"mode manual\">manual</td>");
    assertNoCredentialIn(page.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {CLERK_DINKES, MANAGER})
  void anyoneElseIsRefusedInBahasaIndonesia(String userId) {
    ResponseEntity<JsonNode> api =
        http.withBasicAuth(userId, PASSWORD).getForEntity("/api/integrations", JsonNode.class);
    ResponseEntity<String> page =
        http.withBasicAuth(userId, PASSWORD).getForEntity("/integrasi", String.class);

    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.getBody().get("message").asText()).isEqualTo(EngineRefusal.FORBIDDEN);
    assertThat(api.getBody().toString()).doesNotContain("aptika.dns.mode", "manualWork");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page.getBody())
        .contains("Akses ditolak", "hanya untuk Administrator")
        .doesNotContain("aptika.dns.mode");
  }

  @Test
  void nobodySignedInGetsNothing() {
    assertThat(http.getForEntity("/api/integrations", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/integrasi", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private void assertNoCredentialIn(String body) {
    List<String> credentials =
        List.of("aptika.dns.tsig-secret", "aptika.splp.portal.password", "spring.mail.password");
    for (String credential : credentials) {
      String value = environment.getProperty(credential);
      assertThat(value).as("the test configuration sets %s", credential).isNotBlank();
      assertThat(body).as("the answer shows %s", credential).doesNotContain(value);
    }
  }
}
