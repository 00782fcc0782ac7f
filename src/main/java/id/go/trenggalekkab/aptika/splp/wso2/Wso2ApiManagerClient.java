package id.go.trenggalekkab.aptika.splp.wso2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Applications, keys and subscriptions through WSO2's DevPortal REST API v3 (SOP B step 3), as our
 * service account. The find methods exist for idempotent retries: the DevPortal's {@code query}
 * matches loosely, so every candidate is compared exactly here.
 */
public class Wso2ApiManagerClient {

  private final SplpPortalProperties properties;
  private final PortalTokens tokens;
  private final RestClient http;

  Wso2ApiManagerClient(SplpPortalProperties properties, PortalTokens tokens, RestClient http) {
    this.properties = properties;
    this.tokens = tokens;
    this.http = http;
  }

  /** Returns the new application's id. A name already taken is a 409 rejection. */
  public String createApplication(
      String name, String description, String throttlingPolicy, String tokenType) {
    Map<String, Object> application =
        Map.of(
            "name", name,
            "description", description,
            "throttlingPolicy", throttlingPolicy,
            "tokenType", tokenType,
            "groups", List.of(),
            "attributes", Map.of());
    String endpoint = "POST /applications";
    JsonNode created =
        post(endpoint, "pembuatan aplikasi '" + name + "'", "/applications", application);
    return PortalHttp.field(created, "applicationId", endpoint);
  }

  public Optional<String> findApplication(String name) {
    JsonNode list =
        get(
            "GET /applications",
            "pencarian aplikasi '" + name + "'",
            "/applications?query={q}",
            name);
    return match(list, app -> name.equals(app.path("name").asText()), "applicationId");
  }

  /**
   * @param keyType PRODUCTION or SANDBOX
   * @param grantTypes WSO2's names, e.g. {@code client_credentials}, {@code password}
   */
  public OAuthKeys generateKeys(
      String applicationId, String keyType, List<String> grantTypes, String callbackUrl) {
    Map<String, Object> request =
        Map.of(
            "keyType",
            keyType,
            "keyManager",
            properties.keyManager(),
            "grantTypesToBeSupported",
            grantTypes,
            "callbackUrl",
            callbackUrl == null ? "" : callbackUrl,
            "scopes",
            List.of("default"),
            "validityTime",
            3600,
            "additionalProperties",
            Map.of());
    String endpoint = "POST /applications/{applicationId}/generate-keys";
    JsonNode keys =
        post(
            endpoint,
            "pembuatan kunci OAuth2 " + keyType + " aplikasi " + applicationId,
            "/applications/" + applicationId + "/generate-keys",
            request);
    return new OAuthKeys(
        PortalHttp.field(keys, "keyMappingId", endpoint),
        keyType,
        PortalHttp.field(keys, "consumerKey", endpoint),
        PortalHttp.field(keys, "consumerSecret", endpoint));
  }

  /**
   * @param validityPeriod seconds; -1 for a key that does not expire
   */
  public ApiKey generateApiKey(String applicationId, String keyType, long validityPeriod) {
    String endpoint = "POST /applications/{applicationId}/api-keys/{keyType}/generate";
    JsonNode key =
        post(
            endpoint,
            "pembuatan API key " + keyType + " aplikasi " + applicationId,
            "/applications/" + applicationId + "/api-keys/" + keyType + "/generate",
            Map.of("validityPeriod", validityPeriod, "additionalProperties", Map.of()));
    return new ApiKey(
        PortalHttp.field(key, "apikey", endpoint), key.path("validityTime").asLong(validityPeriod));
  }

  /** Returns the subscription id. Subscribing twice is a 409 rejection. */
  public String subscribe(String applicationId, String apiId, String throttlingPolicy) {
    String endpoint = "POST /subscriptions";
    JsonNode subscription =
        post(
            endpoint,
            "langganan aplikasi " + applicationId + " ke API " + apiId,
            "/subscriptions",
            Map.of(
                "applicationId",
                applicationId,
                "apiId",
                apiId,
                "throttlingPolicy",
                throttlingPolicy));
    return PortalHttp.field(subscription, "subscriptionId", endpoint);
  }

  /**
   * The keys of the given type already generated for the application, for a retry that must not
   * generate them twice. The consumer secret is left out even where the portal lists it: a new one
   * is made by {@link #regenerateSecret}.
   */
  public Optional<OAuthKeys> findKeys(String applicationId, String keyType) {
    JsonNode list =
        get(
            "GET /applications/{applicationId}/oauth-keys",
            "pencarian kunci OAuth2 aplikasi " + applicationId,
            "/applications/{id}/oauth-keys",
            applicationId);
    for (JsonNode keys : list == null ? List.<JsonNode>of() : list.path("list")) {
      if (keyType.equals(keys.path("keyType").asText())) {
        return Optional.of(
            new OAuthKeys(
                keys.path("keyMappingId").asText(),
                keyType,
                keys.path("consumerKey").asText(),
                null));
      }
    }
    return Optional.empty();
  }

  /** A new consumer secret for keys generated before; the old secret stops working. */
  public OAuthKeys regenerateSecret(String applicationId, OAuthKeys keys) {
    String endpoint =
        "POST /applications/{applicationId}/oauth-keys/{keyMappingId}/regenerate-secret";
    JsonNode renewed =
        post(
            endpoint,
            "pembuatan ulang consumer secret aplikasi " + applicationId,
            "/applications/"
                + applicationId
                + "/oauth-keys/"
                + keys.keyMappingId()
                + "/regenerate-secret",
            Map.of());
    return new OAuthKeys(
        keys.keyMappingId(),
        keys.keyType(),
        PortalHttp.field(renewed, "consumerKey", endpoint),
        PortalHttp.field(renewed, "consumerSecret", endpoint));
  }

  /** The ids of the APIs the application is subscribed to. */
  public Set<String> subscribedApis(String applicationId) {
    JsonNode list =
        get(
            "GET /subscriptions",
            "pencarian langganan aplikasi " + applicationId,
            "/subscriptions?applicationId={id}",
            applicationId);
    Set<String> apis = new LinkedHashSet<>();
    for (JsonNode subscription : list == null ? List.<JsonNode>of() : list.path("list")) {
      apis.add(subscription.path("apiId").asText());
    }
    return apis;
  }

  /** Turns the Pengguna's "simalik/1.0" into the portal's API id. */
  public Optional<String> findApi(String name, String version) {
    JsonNode list =
        get(
            "GET /apis",
            "pencarian API " + name + "/" + version,
            "/apis?query={q}",
            "name:" + name);
    return match(
        list,
        api ->
            name.equals(api.path("name").asText()) && version.equals(api.path("version").asText()),
        "id");
  }

  private JsonNode post(String endpoint, String action, String path, Object body) {
    return PortalHttp.business(
        endpoint,
        action,
        () ->
            tokens.authorized(
                t ->
                    http.post()
                        .uri(properties.devportalUrl() + path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .headers(h -> h.setBearerAuth(t))
                        .body(body)
                        .retrieve()
                        .body(JsonNode.class)));
  }

  private JsonNode get(String endpoint, String action, String pathAndQuery, Object... variables) {
    return PortalHttp.business(
        endpoint,
        action,
        () ->
            tokens.authorized(
                t ->
                    http.get()
                        .uri(properties.devportalUrl() + pathAndQuery, variables)
                        .accept(MediaType.APPLICATION_JSON)
                        .headers(h -> h.setBearerAuth(t))
                        .retrieve()
                        .body(JsonNode.class)));
  }

  private static Optional<String> match(JsonNode list, Predicate<JsonNode> wanted, String id) {
    for (JsonNode item : list == null ? List.<JsonNode>of() : list.path("list")) {
      if (wanted.test(item)) {
        return Optional.of(item.path(id).asText());
      }
    }
    return Optional.empty();
  }
}
