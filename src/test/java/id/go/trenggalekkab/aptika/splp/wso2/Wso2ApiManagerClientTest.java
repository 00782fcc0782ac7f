package id.go.trenggalekkab.aptika.splp.wso2;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.go.trenggalekkab.aptika.splp.wso2.Wso2Portal.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DevPortal REST API v3 calls of SOP B, with the exact requests WSO2 expects. */
class Wso2ApiManagerClientTest {

  @RegisterExtension
  static WireMockExtension wso2 =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String APP_ID = "5c1f2a9e-7d34-4b8a-9e61-0f3b2d7c8a41";
  static final String CONSUMER_KEY = "Yq0vN8sLkT3mZ7pR1cW5xH2bJ9dF";
  static final String CONSUMER_SECRET = "u6GfE4aKs1QnP8rV3yM0tB7wC2zX";
  static final String API_KEY =
      "eyJ4NXQiOiJOMkpqTWpOaU0yRXhZalJrTnpaalptWTFZVEF4Tm1GbE5qZzRPV1UxWVdRMll";

  private Wso2ApiManagerClient portal;

  @BeforeEach
  void portal() {
    acceptsOurServiceAccount(wso2);
    portal = apiManager(properties(wso2));
  }

  @Test
  void createsAnApplication() {
    wso2.stubFor(
        post(urlEqualTo(DEVPORTAL + "/applications"))
            .willReturn(
                jsonResponse(
                    """
                    {"applicationId":"%s","name":"simpeg-bkpsdm","throttlingPolicy":"Unlimited",
                     "description":"Kepegawaian","tokenType":"JWT","status":"APPROVED","groups":[],
                     "subscriptionCount":0,"keys":[],"attributes":{},"owner":"budi"}
                    """
                        .formatted(APP_ID),
                    201)));

    String id = portal.createApplication("simpeg-bkpsdm", "Kepegawaian", "Unlimited", "JWT");

    assertThat(id).isEqualTo(APP_ID);
    wso2.verify(
        postRequestedFor(urlEqualTo(DEVPORTAL + "/applications"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"name":"simpeg-bkpsdm","description":"Kepegawaian",
                     "throttlingPolicy":"Unlimited","tokenType":"JWT","groups":[],"attributes":{}}
                    """)));
  }

  @Test
  void findsAnApplicationByItsExactName() {
    wso2.stubFor(
        get(urlPathEqualTo(DEVPORTAL + "/applications"))
            .withQueryParam("query", equalTo("simpeg"))
            .willReturn(
                okJson(
                    """
                    {"count":2,"list":[
                      {"applicationId":"0a0a","name":"simpeg-lama","status":"APPROVED"},
                      {"applicationId":"%s","name":"simpeg","status":"APPROVED"}]}
                    """
                        .formatted(APP_ID))));

    assertThat(portal.findApplication("simpeg")).contains(APP_ID);
    wso2.verify(
        getRequestedFor(urlPathEqualTo(DEVPORTAL + "/applications"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void generatesOAuthKeysAndHidesTheSecret() {
    wso2.stubFor(
        post(urlEqualTo(DEVPORTAL + "/applications/" + APP_ID + "/generate-keys"))
            .willReturn(
                okJson(
                    """
                    {"keyMappingId":"92f8ea2f-2a51-4b1c-9d2e-6b0c1f0e7a3d",
                     "keyManager":"Resident Key Manager","consumerKey":"%s","consumerSecret":"%s",
                     "supportedGrantTypes":["client_credentials"],"callbackUrl":"",
                     "keyState":"COMPLETED","keyType":"PRODUCTION","mode":"CREATED",
                     "groupId":null,"token":{"accessToken":"a1b2","tokenScopes":["default"],
                     "validityTime":3600},"additionalProperties":{}}
                    """
                        .formatted(CONSUMER_KEY, CONSUMER_SECRET))));

    OAuthKeys keys = portal.generateKeys(APP_ID, "PRODUCTION", List.of("client_credentials"), null);

    assertThat(keys.consumerKey()).isEqualTo(CONSUMER_KEY).hasSize(28);
    assertThat(keys.consumerSecret()).isEqualTo(CONSUMER_SECRET);
    assertThat(keys.keyMappingId()).isEqualTo("92f8ea2f-2a51-4b1c-9d2e-6b0c1f0e7a3d");
    assertThat(keys.toString()).contains(CONSUMER_KEY).doesNotContain(CONSUMER_SECRET);
    wso2.verify(
        postRequestedFor(urlEqualTo(DEVPORTAL + "/applications/" + APP_ID + "/generate-keys"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"keyType":"PRODUCTION","keyManager":"Resident Key Manager",
                     "grantTypesToBeSupported":["client_credentials"],"callbackUrl":"",
                     "scopes":["default"],"validityTime":3600,"additionalProperties":{}}
                    """)));
  }

  @Test
  void findsTheKeysOfOneTypeWithoutTheirSecret() {
    wso2.stubFor(
        get(urlEqualTo(DEVPORTAL + "/applications/" + APP_ID + "/oauth-keys"))
            .willReturn(
                okJson(
                    """
                    {"count":2,"list":[
                      {"keyMappingId":"11111111-aaaa","keyManager":"Resident Key Manager",
                       "consumerKey":"SandboxKey0000000000000000000","consumerSecret":"s",
                       "keyState":"COMPLETED","keyType":"SANDBOX"},
                      {"keyMappingId":"92f8ea2f-2a51","keyManager":"Resident Key Manager",
                       "consumerKey":"%s","consumerSecret":"%s",
                       "keyState":"COMPLETED","keyType":"PRODUCTION"}]}
                    """
                        .formatted(CONSUMER_KEY, CONSUMER_SECRET))));

    OAuthKeys keys = portal.findKeys(APP_ID, "PRODUCTION").orElseThrow();

    assertThat(keys.keyMappingId()).isEqualTo("92f8ea2f-2a51");
    assertThat(keys.consumerKey()).isEqualTo(CONSUMER_KEY);
    assertThat(keys.consumerSecret()).isNull();
    assertThat(portal.findKeys(APP_ID, "PRODUCTION")).isPresent();
    wso2.verify(
        getRequestedFor(urlEqualTo(DEVPORTAL + "/applications/" + APP_ID + "/oauth-keys"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void anApplicationWithoutKeysHasNone() {
    wso2.stubFor(
        get(urlEqualTo(DEVPORTAL + "/applications/" + APP_ID + "/oauth-keys"))
            .willReturn(okJson("{\"count\":0,\"list\":[]}")));

    assertThat(portal.findKeys(APP_ID, "PRODUCTION")).isEmpty();
  }

  @Test
  void regeneratesTheConsumerSecret() {
    String path =
        DEVPORTAL + "/applications/" + APP_ID + "/oauth-keys/92f8ea2f-2a51/regenerate-secret";
    wso2.stubFor(
        post(urlEqualTo(path))
            .willReturn(
                okJson(
                    """
                    {"consumerKey":"%s","consumerSecret":"N3wS3cr3tN3wS3cr3tN3wS3cr3t"}
                    """
                        .formatted(CONSUMER_KEY))));

    OAuthKeys renewed =
        portal.regenerateSecret(
            APP_ID, new OAuthKeys("92f8ea2f-2a51", "PRODUCTION", CONSUMER_KEY, null));

    assertThat(renewed.consumerSecret()).isEqualTo("N3wS3cr3tN3wS3cr3tN3wS3cr3t");
    assertThat(renewed.keyType()).isEqualTo("PRODUCTION");
    wso2.verify(
        postRequestedFor(urlEqualTo(path))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(equalToJson("{}")));
  }

  @Test
  void listsTheApisTheApplicationIsSubscribedTo() {
    wso2.stubFor(
        get(urlPathEqualTo(DEVPORTAL + "/subscriptions"))
            .withQueryParam("applicationId", equalTo(APP_ID))
            .willReturn(
                okJson(
                    """
                    {"count":2,"list":[
                      {"subscriptionId":"s1","applicationId":"%1$s","apiId":"api-1",
                       "throttlingPolicy":"Unlimited","status":"UNBLOCKED"},
                      {"subscriptionId":"s2","applicationId":"%1$s","apiId":"api-2",
                       "throttlingPolicy":"Unlimited","status":"UNBLOCKED"}]}
                    """
                        .formatted(APP_ID))));

    assertThat(portal.subscribedApis(APP_ID)).containsExactly("api-1", "api-2");
    wso2.verify(
        getRequestedFor(urlPathEqualTo(DEVPORTAL + "/subscriptions"))
            .withQueryParam("applicationId", equalTo(APP_ID))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void generatesKeysAtTheConfiguredKeyManager() {
    wso2.stubFor(
        post(urlEqualTo(DEVPORTAL + "/applications/" + APP_ID + "/generate-keys"))
            .willReturn(
                okJson(
                    """
                    {"keyMappingId":"k1","consumerKey":"%s","consumerSecret":"%s",
                     "keyType":"SANDBOX"}
                    """
                        .formatted(CONSUMER_KEY, CONSUMER_SECRET))));
    SplpPortalProperties base = properties(wso2);
    SplpPortalProperties withIs7 =
        new SplpPortalProperties(
            base.baseUrl(),
            null,
            null,
            base.tenant(),
            base.username(),
            base.password(),
            base.connectTimeout(),
            base.readTimeout(),
            null,
            null,
            null,
            "WSO2-IS-7");

    apiManager(withIs7)
        .generateKeys(
            APP_ID,
            "SANDBOX",
            List.of("authorization_code", "refresh_token"),
            "https://sikesda.trenggalekkab.go.id/callback");

    wso2.verify(
        postRequestedFor(urlEqualTo(DEVPORTAL + "/applications/" + APP_ID + "/generate-keys"))
            .withRequestBody(
                equalToJson(
                    """
                    {"keyType":"SANDBOX","keyManager":"WSO2-IS-7",
                     "grantTypesToBeSupported":["authorization_code","refresh_token"],
                     "callbackUrl":"https://sikesda.trenggalekkab.go.id/callback",
                     "scopes":["default"],"validityTime":3600,"additionalProperties":{}}
                    """)));
  }

  @Test
  void generatesAnApiKeyAndHidesIt() {
    wso2.stubFor(
        post(urlEqualTo(DEVPORTAL + "/applications/" + APP_ID + "/api-keys/SANDBOX/generate"))
            .willReturn(okJson("{\"apikey\":\"%s\",\"validityTime\":-1}".formatted(API_KEY))));

    ApiKey key = portal.generateApiKey(APP_ID, "SANDBOX", -1);

    assertThat(key.apikey()).isEqualTo(API_KEY);
    assertThat(key.validityTime()).isEqualTo(-1);
    assertThat(key.toString()).doesNotContain(API_KEY);
    wso2.verify(
        postRequestedFor(
                urlEqualTo(DEVPORTAL + "/applications/" + APP_ID + "/api-keys/SANDBOX/generate"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(equalToJson("{\"validityPeriod\":-1,\"additionalProperties\":{}}")));
  }

  @Test
  void subscribesToAnApi() {
    wso2.stubFor(
        post(urlEqualTo(DEVPORTAL + "/subscriptions"))
            .willReturn(
                jsonResponse(
                    """
                    {"subscriptionId":"faae5fcc-cbae-40c4-bf43-89931630d313","applicationId":"%s",
                     "apiId":"01234567-0123-0123-0123-012345678901","throttlingPolicy":"Unlimited",
                     "status":"UNBLOCKED"}
                    """
                        .formatted(APP_ID),
                    201)));

    String id = portal.subscribe(APP_ID, "01234567-0123-0123-0123-012345678901", "Unlimited");

    assertThat(id).isEqualTo("faae5fcc-cbae-40c4-bf43-89931630d313");
    wso2.verify(
        postRequestedFor(urlEqualTo(DEVPORTAL + "/subscriptions"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(
                equalToJson(
                    """
                    {"applicationId":"%s","apiId":"01234567-0123-0123-0123-012345678901",
                     "throttlingPolicy":"Unlimited"}
                    """
                        .formatted(APP_ID))));
  }

  @Test
  void findsAnApiByNameAndVersion() {
    wso2.stubFor(
        get(urlPathEqualTo(DEVPORTAL + "/apis"))
            .withQueryParam("query", equalTo("name:simalik"))
            .willReturn(
                okJson(
                    """
                    {"count":2,"list":[
                      {"id":"aaaa","name":"simalik","context":"/t/kedirikota.go.id/simalik/0.9",
                       "version":"0.9","lifeCycleStatus":"PUBLISHED"},
                      {"id":"bbbb","name":"simalik","context":"/t/kedirikota.go.id/simalik/1.0",
                       "version":"1.0","lifeCycleStatus":"PUBLISHED"}]}
                    """)));

    assertThat(portal.findApi("simalik", "1.0")).contains("bbbb");
    assertThat(portal.findApi("simalik", "2.0")).isEmpty();
  }
}
