package id.go.trenggalekkab.aptika.splp.wso2;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.go.trenggalekkab.aptika.splp.wso2.Wso2Portal.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.go.trenggalekkab.aptika.splp.SplpRejectedException;
import id.go.trenggalekkab.aptika.splp.SplpUnavailableException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each way the portal can fail, as the process will see it: rejected data or try again later. */
class PortalFailureTest {

  @RegisterExtension
  static WireMockExtension wso2 =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String APPS = DEVPORTAL + "/applications";
  static final String SECRET_IN_REPLY = "u6GfE4aKs1QnP8rV3yM0tB7wC2zX";

  @BeforeEach
  void portal() {
    acceptsOurServiceAccount(wso2);
  }

  @Test
  void aTakenApplicationNameIsRejectedWithThePortalsReason() {
    wso2.stubFor(
        post(urlEqualTo(APPS))
            .willReturn(
                apimError(409, "Conflict", "An application with name simpeg already exists")));

    SplpRejectedException e = catchThrowableOfType(SplpRejectedException.class, this::createApp);

    assertThat(e.alreadyExists()).isTrue();
    assertThat(e.portalReason()).isEqualTo("An application with name simpeg already exists");
    assertThat(e.getMessage())
        .isEqualTo(
            "Portal SPLP menolak pembuatan aplikasi 'simpeg': sudah ada di portal"
                + " (409: An application with name simpeg already exists)");
  }

  @Test
  void anExistingScimUserIsRejectedWithThePortalsReason() {
    wso2.stubFor(
        post(urlEqualTo(SCIM + "/Users"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/scim+json")
                    .withBody(
                        """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],
                         "scimType":"uniqueness",
                         "detail":"User with the name: budi.santoso already exists in the system.",
                         "status":"409"}
                        """)));

    SplpRejectedException e =
        catchThrowableOfType(
            SplpRejectedException.class,
            () ->
                scim(properties(wso2))
                    .createUser("budi.santoso", "Budi", "Santoso", "budi@x.go.id", "+62812"));

    assertThat(e.alreadyExists()).isTrue();
    assertThat(e.getMessage())
        .startsWith("Portal SPLP menolak pembuatan akun 'budi.santoso': sudah ada di portal")
        .contains("409: User with the name: budi.santoso already exists in the system.");
  }

  @Test
  void badDataIsRejected() {
    wso2.stubFor(
        post(urlEqualTo(APPS))
            .willReturn(apimError(400, "Bad Request", "Invalid throttling tier Emas")));

    SplpRejectedException e = catchThrowableOfType(SplpRejectedException.class, this::createApp);

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage())
        .contains("data tidak diterima portal (400: Invalid throttling tier Emas)");
  }

  @Test
  void aServerErrorIsTransient() {
    wso2.stubFor(
        post(urlEqualTo(APPS))
            .willReturn(
                apimError(500, "Internal Server Error", "Error while adding the application")));

    assertThat(unavailable(this::createApp))
        .hasMessage(
            "Portal SPLP belum dapat melayani POST /applications: HTTP 500"
                + " (Error while adding the application)");
  }

  @Test
  void rateLimitingIsTransient() {
    wso2.stubFor(
        post(urlEqualTo(APPS))
            .willReturn(
                jsonResponse(
                    "{\"code\":900802,\"message\":\"Message throttled out\","
                        + "\"description\":\"You have exceeded your quota\"}",
                    429)));

    assertThat(unavailable(this::createApp)).hasMessageContaining("HTTP 429");
  }

  @Test
  void aSlowPortalTimesOut() {
    wso2.stubFor(post(urlEqualTo(APPS)).willReturn(okJson("{}").withFixedDelay(1500)));
    SplpPortalProperties impatient = properties(wso2.baseUrl(), Duration.ofMillis(300));

    assertThat(unavailable(() -> apiManager(impatient).createApplication("a", "b", "c", "JWT")))
        .hasMessageContaining("tidak dapat dihubungi di POST /applications")
        .hasMessageContaining("waktu tunggu habis");
  }

  @Test
  void aClosedPortIsTransient() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    SplpPortalProperties nowhere = properties("http://127.0.0.1:" + closed, Duration.ofSeconds(2));

    assertThat(unavailable(() -> apiManager(nowhere).findApplication("simpeg")))
        .hasMessageStartingWith(
            "Portal SPLP tidak dapat dihubungi di POST /client-registration/v0.17/register")
        .hasMessageContaining("sambungan ditolak")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ADMIN_PASSWORD));
  }

  @Test
  void aGarbledReplyIsTransientAndItsContentIsNotRepeated() {
    String path = APPS + "/app-1/generate-keys";
    wso2.stubFor(
        post(urlEqualTo(path))
            .willReturn(
                okJson(
                    "{\"consumerKey\":\"Yq0vN8sLkT3m\",\"consumerSecret\":\"" + SECRET_IN_REPLY)));

    SplpUnavailableException e =
        unavailable(
            () ->
                apiManager(properties(wso2))
                    .generateKeys("app-1", "PRODUCTION", List.of("client_credentials"), null));

    assertThat(e)
        .hasMessage(
            "Jawaban portal SPLP untuk POST /applications/{applicationId}/generate-keys"
                + " bukan JSON yang sah.")
        .hasNoCause();
  }

  @Test
  void aSuccessWithoutTheExpectedIdIsTransient() {
    wso2.stubFor(post(urlEqualTo(APPS)).willReturn(jsonResponse("{\"name\":\"simpeg\"}", 201)));

    assertThat(unavailable(this::createApp)).hasMessageContaining("tidak memuat 'applicationId'");
  }

  private void createApp() {
    apiManager(properties(wso2)).createApplication("simpeg", "Kepegawaian", "Unlimited", "JWT");
  }

  private static SplpUnavailableException unavailable(Runnable call) {
    SplpUnavailableException e = catchThrowableOfType(SplpUnavailableException.class, call::run);
    assertThat(e).as("SplpUnavailableException").isNotNull();
    assertThat(e.getMessage())
        .doesNotContain(TOKEN, CLIENT_SECRET, ADMIN_PASSWORD, SECRET_IN_REPLY);
    return e;
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder apimError(
      int status, String message, String description) {
    return jsonResponse(
        "{\"code\":%d,\"message\":\"%s\",\"description\":\"%s\",\"moreInfo\":\"\",\"error\":[]}"
            .formatted(status, message, description),
        status);
  }
}
