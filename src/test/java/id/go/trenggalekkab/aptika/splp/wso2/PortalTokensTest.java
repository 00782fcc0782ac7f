package id.go.trenggalekkab.aptika.splp.wso2;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.go.trenggalekkab.aptika.splp.wso2.Wso2Portal.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.go.trenggalekkab.aptika.splp.SplpUnavailableException;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** How we authenticate to the portal: registration once, token kept, one retry on 401. */
class PortalTokensTest {

  @RegisterExtension
  static WireMockExtension wso2 =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final Logger splpLog =
      (Logger) LoggerFactory.getLogger("id.go.trenggalekkab.aptika.splp");
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

  @BeforeEach
  void captureLog() {
    captured.start();
    splpLog.addAppender(captured);
    splpLog.setLevel(Level.DEBUG);
  }

  @AfterEach
  void releaseLog() {
    splpLog.detachAppender(captured);
    splpLog.setLevel(null);
  }

  @Test
  void registersOurClientOnceAndReusesTheToken() {
    acceptsOurServiceAccount(wso2);
    wso2.stubFor(get(urlPathEqualTo(DEVPORTAL + "/applications")).willReturn(okJson(noApps())));
    Wso2ApiManagerClient portal = apiManager(properties(wso2));

    portal.findApplication("simpeg");
    portal.findApplication("simpeg");

    wso2.verify(
        1,
        postRequestedFor(urlEqualTo("/client-registration/v0.17/register"))
            .withHeader("Authorization", equalTo(basic(ADMIN, ADMIN_PASSWORD)))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"callbackUrl":"https://localhost","clientName":"layanan-aptika",
                     "owner":"%s","grantType":"client_credentials password refresh_token",
                     "saasApp":true}
                    """
                        .formatted(ADMIN))));
    wso2.verify(
        1,
        postRequestedFor(urlEqualTo("/oauth2/token"))
            .withHeader("Authorization", equalTo(basic(CLIENT_ID, CLIENT_SECRET)))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withFormParam("grant_type", equalTo("password"))
            .withFormParam("username", equalTo(ADMIN))
            .withFormParam("password", equalTo(ADMIN_PASSWORD))
            .withFormParam("scope", containing("apim:subscribe apim:app_manage")));
    wso2.verify(
        2,
        getRequestedFor(urlPathEqualTo(DEVPORTAL + "/applications"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void aTokenAboutToExpireIsRenewedBeforeTheCall() {
    acceptsOurServiceAccount(wso2);
    issuesToken(wso2, TOKEN, 30); // within the renewal margin: stale at once
    wso2.stubFor(get(urlPathEqualTo(DEVPORTAL + "/applications")).willReturn(okJson(noApps())));
    Wso2ApiManagerClient portal = apiManager(properties(wso2));

    portal.findApplication("simpeg");
    portal.findApplication("simpeg");

    wso2.verify(1, postRequestedFor(urlEqualTo("/client-registration/v0.17/register")));
    wso2.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
  }

  @Test
  void a401IsAnsweredWithANewTokenAndExactlyOneRetry() {
    acceptsOurServiceAccount(wso2);
    tokenRevokedOnce();
    wso2.stubFor(
        get(urlPathEqualTo(DEVPORTAL + "/applications"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(unauthorized()));
    wso2.stubFor(
        get(urlPathEqualTo(DEVPORTAL + "/applications"))
            .withHeader("Authorization", equalTo("Bearer " + NEW_TOKEN))
            .willReturn(okJson(noApps())));

    assertThat(apiManager(properties(wso2)).findApplication("simpeg")).isEmpty();

    wso2.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
    wso2.verify(2, getRequestedFor(urlPathEqualTo(DEVPORTAL + "/applications")));
    assertNoSecretLogged();
  }

  @Test
  void a401AfterTheRetryIsTechnicalAndNotRetriedAgain() {
    acceptsOurServiceAccount(wso2);
    tokenRevokedOnce();
    wso2.stubFor(get(urlPathEqualTo(DEVPORTAL + "/applications")).willReturn(unauthorized()));

    assertThatThrownBy(() -> apiManager(properties(wso2)).findApplication("simpeg"))
        .isInstanceOf(SplpUnavailableException.class)
        .hasMessageContaining("GET /applications")
        .hasMessageContaining("401");
    wso2.verify(2, getRequestedFor(urlPathEqualTo(DEVPORTAL + "/applications")));
  }

  @Test
  void aRefusedServiceAccountIsTechnicalAndLeaksNoSecret() {
    acceptsOurServiceAccount(wso2);
    wso2.stubFor(
        post(urlEqualTo("/oauth2/token"))
            .willReturn(
                jsonResponse(
                    """
                    {"error_description":"Authentication failed for aptika-svc","error":"invalid_grant"}
                    """,
                    400)));

    assertThatThrownBy(() -> apiManager(properties(wso2)).findApplication("simpeg"))
        .isInstanceOf(SplpUnavailableException.class)
        .hasMessageContaining("POST /oauth2/token")
        .hasMessageContaining("Authentication failed")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(CLIENT_SECRET, ADMIN_PASSWORD));
    assertNoSecretLogged();
  }

  private void tokenRevokedOnce() {
    wso2.stubFor(
        post(urlEqualTo("/oauth2/token"))
            .inScenario("revoked")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(tokenReply(TOKEN, 3600))
            .willSetStateTo("renewed"));
    wso2.stubFor(
        post(urlEqualTo("/oauth2/token"))
            .inScenario("revoked")
            .whenScenarioStateIs("renewed")
            .willReturn(tokenReply(NEW_TOKEN, 3600)));
  }

  private void assertNoSecretLogged() {
    assertThat(captured.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .isNotEmpty()
        .noneMatch(
            m ->
                m.contains(CLIENT_SECRET)
                    || m.contains(ADMIN_PASSWORD)
                    || m.contains(TOKEN)
                    || m.contains(NEW_TOKEN));
  }

  static String noApps() {
    return """
        {"count":0,"list":[],"pagination":{"offset":0,"limit":25,"total":0,"next":"","previous":""}}
        """;
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }
}
