package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password guessing over real HTTP, with the limits of application.yaml: ten failures for one
 * account, one a second, and the eleventh attempt is answered 429 without any password check, on
 * the REST API, our own API and the webapps' login alike; after the Retry-After time the right
 * password works again. The engine's clock is moved instead of waiting.
 *
 * <p>Each test uses an account of its own, and all of them together stay below the limit per
 * address, so other tests calling from the same address are not throttled.
 */
@AptikaSpringBootTest
class LoginThrottlingTest {

  private static final String RIGHT = "benar-sekali";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfiguration engineConfiguration;
  @LocalServerPort int port;

  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private String userId;

  @BeforeEach
  void anAccountOfItsOwn(TestInfo test) {
    userId = "uji" + test.getTestMethod().orElseThrow().getName().substring(0, 20);
    User user = identityService.newUser(userId);
    user.setPassword(RIGHT);
    identityService.saveUser(user);
    identityService.createMembership(userId, "applicant");
  }

  @AfterEach
  void removeIt() {
    ClockUtil.reset();
    identityService.deleteUser(userId);
  }

  @Test
  void manyWrongPasswordsForOneAccountGet429AndTheRightOneWorksAfterRetryAfter() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertThat(basic("/engine-rest/task", userId, "salah-" + i).statusCode()).isEqualTo(401);
      advanceEngineClock(Duration.ofSeconds(1));
    }

    HttpResponse<String> throttled = basic("/engine-rest/task", userId, "salah-lagi");
    assertThat(throttled.statusCode()).isEqualTo(429);
    long retryAfter = retryAfterSeconds(throttled);
    assertThat(retryAfter).isBetween(60L, 90L);
    assertThat(JSON.readTree(throttled.body()).get("message").asText())
        .startsWith("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ")
        .endsWith(" menit.");
    // the right password is not even checked while the account is throttled, on any path
    assertThat(basic("/engine-rest/task", userId, RIGHT).statusCode()).isEqualTo(429);
    HttpResponse<String> ours = basic("/api/me", userId.toUpperCase(), RIGHT);
    assertThat(ours.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(ours.body()).get("errors").isArray()).isTrue();
    assertThat(basic("/actuator/health", userId, RIGHT).statusCode())
        .as("health checks no password, so it refuses none")
        .isEqualTo(200);

    advanceEngineClock(Duration.ofSeconds(retryAfter));
    assertThat(basic("/engine-rest/task", userId, RIGHT).statusCode()).isEqualTo(200);
  }

  @Test
  void theWebappLoginIsThrottledAndSaysSoInBahasaIndonesia() throws Exception {
    String token = xsrfToken();
    for (int i = 0; i < 10; i++) {
      assertThat(login(token, userId, "salah-" + i).statusCode()).isEqualTo(401);
      advanceEngineClock(Duration.ofSeconds(1));
    }

    HttpResponse<String> throttled = login(token, userId, RIGHT);
    assertThat(throttled.statusCode()).isEqualTo(429);
    long retryAfter = retryAfterSeconds(throttled);
    JsonNode body = JSON.readTree(throttled.body());
    assertThat(body.get("message").asText())
        .isEqualTo(
            "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam "
                + (retryAfter + 59) / 60
                + " menit.");

    advanceEngineClock(Duration.ofSeconds(retryAfter));
    assertThat(login(token, userId, RIGHT).statusCode()).isEqualTo(200);
  }

  @Test
  void theEngineNeverLocksAnAccountForGood() {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) engineConfiguration;
    assertThat(engine.getLoginDelayMaxTime()).isLessThanOrEqualTo(60);
    for (int i = 0; i < 15; i++) {
      assertThat(identityService.checkPassword(userId, "salah-" + i)).isFalse();
      advanceEngineClock(Duration.ofSeconds(engine.getLoginDelayMaxTime() + 1));
    }
    assertThat(identityService.checkPassword(userId, RIGHT)).isTrue();
  }

  private void advanceEngineClock(Duration by) {
    long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    ClockUtil.offset(offset + by.toMillis());
  }

  private static long retryAfterSeconds(HttpResponse<String> response) {
    return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
  }

  private HttpResponse<String> basic(String path, String user, String password)
      throws IOException, InterruptedException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(url(path))
                .header("Authorization", "Basic " + credentials)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Opens Tasklist, as a browser would, for the session and the CSRF token the login needs. */
  private String xsrfToken() throws IOException, InterruptedException {
    http.send(
        HttpRequest.newBuilder(url("/camunda/app/tasklist/")).build(),
        HttpResponse.BodyHandlers.discarding());
    return ((CookieManager) http.cookieHandler().orElseThrow())
        .getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow();
  }

  private HttpResponse<String> login(String token, String user, String password)
      throws IOException, InterruptedException {
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return http.send(
        HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
