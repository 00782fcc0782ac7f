package id.go.trenggalekkab.aptika.splp.wso2;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;

/** A WSO2 API Manager as WireMock plays it, with WSO2-shaped credentials and replies. */
final class Wso2Portal {

  static final String TENANT = "trenggalekkab.go.id";
  static final String ADMIN = "aptika-svc@trenggalekkab.go.id";
  static final String ADMIN_PASSWORD = "Rahasia-Admin-9q7w";
  static final String CLIENT_ID = "fOCi4vNJ59PpHucC2CAYfYuADdMa";
  static final String CLIENT_SECRET = "a4FwHlq0iCIKVs2MPIIDnepZnYMa";
  static final String TOKEN = "c9b3ae36-4d7d-3f4f-8a7c-2b6e9f1d0a11";
  static final String NEW_TOKEN = "5e1f7a20-8b3c-3d9e-a6f4-0c2d8e7b9a55";
  static final String DEVPORTAL = "/api/am/devportal/v3";
  static final String SCIM = "/t/" + TENANT + "/scim2";

  private Wso2Portal() {}

  static SplpPortalProperties properties(String baseUrl, Duration readTimeout) {
    return new SplpPortalProperties(
        baseUrl,
        null,
        null,
        TENANT,
        ADMIN,
        ADMIN_PASSWORD,
        Duration.ofSeconds(2),
        readTimeout,
        null,
        null,
        null,
        null);
  }

  static SplpPortalProperties properties(WireMockExtension wso2) {
    return properties(wso2.baseUrl(), Duration.ofSeconds(5));
  }

  static PortalTokens tokens(SplpPortalProperties properties) {
    return new PortalTokens(properties, PortalHttp.restClient(properties), Clock.systemUTC());
  }

  static Wso2ApiManagerClient apiManager(SplpPortalProperties properties) {
    return new Wso2ApiManagerClient(
        properties, tokens(properties), PortalHttp.restClient(properties));
  }

  static Wso2ScimClient scim(SplpPortalProperties properties) {
    return new Wso2ScimClient(properties, tokens(properties), PortalHttp.restClient(properties));
  }

  /** Client registration and a password-grant token valid for an hour. */
  static void acceptsOurServiceAccount(WireMockExtension wso2) {
    wso2.stubFor(
        post(urlEqualTo("/client-registration/v0.17/register"))
            .willReturn(
                okJson(
                    """
                    {"clientId":"%s","clientName":"aptika-svc_layanan-aptika",
                     "callBackURL":"https://localhost","clientSecret":"%s",
                     "isSaasApplication":true,"appOwner":"%s",
                     "jsonString":"{}","jsonAppAttribute":"{}","tokenType":null}
                    """
                        .formatted(CLIENT_ID, CLIENT_SECRET, ADMIN))));
    issuesToken(wso2, TOKEN, 3600);
  }

  static void issuesToken(WireMockExtension wso2, String token, long expiresIn) {
    wso2.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(tokenReply(token, expiresIn)));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tokenReply(
      String token, long expiresIn) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(
            """
            {"access_token":"%s","refresh_token":"0b6c4e8e-2f41-3a9d-9d1c-7a5b3e2f1c00",
             "scope":"apim:subscribe apim:app_manage","token_type":"Bearer","expires_in":%d}
            """
                .formatted(token, expiresIn));
  }
}
