package id.go.trenggalekkab.aptika.splp.wso2;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Our access token for the portal's APIs. Registers our OAuth client once (WSO2 dynamic client
 * registration), takes a password-grant token for the service account, keeps it until shortly
 * before it expires, and when the portal answers 401 anyway (token revoked, portal restarted) takes
 * a new one and repeats the call exactly once. Thread-safe; logs no secret.
 */
final class PortalTokens {

  private static final Logger LOG = LoggerFactory.getLogger(PortalTokens.class);

  /** A token this close to expiry could lapse in flight, so it is renewed first. */
  static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

  private static final String REGISTER = "POST /client-registration/v0.17/register";
  private static final String TOKEN = "POST /oauth2/token";

  private final SplpPortalProperties properties;
  private final RestClient http;
  private final Clock clock;

  private ClientCredentials client;
  private String token;
  private Instant renewAt = Instant.MIN;

  PortalTokens(SplpPortalProperties properties, RestClient http, Clock clock) {
    this.properties = properties;
    this.http = http;
    this.clock = clock;
  }

  /** Calls the portal with our token; on 401 once more with a fresh one. */
  <T> T authorized(Function<String, T> call) {
    String used = current();
    try {
      return call.apply(used);
    } catch (HttpClientErrorException.Unauthorized e) {
      LOG.info(
          "Portal SPLP menolak token kami (401); token diperbarui dan panggilan diulang sekali.");
      return call.apply(renew(used));
    }
  }

  synchronized String current() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      takeToken();
    }
    return token;
  }

  /** Another thread may already have replaced the rejected token; then that one is used. */
  synchronized String renew(String rejected) {
    if (rejected.equals(token)) {
      token = null;
    }
    return current();
  }

  private void takeToken() {
    if (client == null) {
      client = register();
    }
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "password");
    form.add("username", properties.username());
    form.add("password", properties.password());
    form.add("scope", properties.scopes());
    ClientCredentials registered = client;
    try {
      JsonNode body =
          PortalHttp.technical(
              TOKEN,
              () ->
                  http.post()
                      .uri(properties.baseUrl() + "/oauth2/token")
                      .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                      .headers(h -> h.setBasicAuth(registered.id(), registered.secret()))
                      .body(form)
                      .retrieve()
                      .body(JsonNode.class));
      token = PortalHttp.field(body, "access_token", TOKEN);
      long seconds = body.path("expires_in").asLong(0);
      renewAt = clock.instant().plusSeconds(seconds).minus(EXPIRY_MARGIN);
      LOG.debug("Token portal SPLP diambil, berlaku {} detik.", seconds);
    } catch (RuntimeException e) {
      // The client may have been deleted in the portal; registering again costs one call.
      client = null;
      throw e;
    }
  }

  private ClientCredentials register() {
    Map<String, Object> request =
        Map.of(
            // The password grant never redirects, but WSO2's registration expects the field.
            "callbackUrl",
            "https://localhost",
            "clientName",
            properties.clientName(),
            "owner",
            properties.username(),
            "grantType",
            "client_credentials password refresh_token",
            "saasApp",
            true);
    JsonNode body =
        PortalHttp.technical(
            REGISTER,
            () ->
                http.post()
                    .uri(properties.baseUrl() + "/client-registration/v0.17/register")
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> h.setBasicAuth(properties.username(), properties.password()))
                    .body(request)
                    .retrieve()
                    .body(JsonNode.class));
    ClientCredentials registered =
        new ClientCredentials(
            PortalHttp.field(body, "clientId", REGISTER),
            PortalHttp.field(body, "clientSecret", REGISTER));
    LOG.info("Klien OAuth '{}' terdaftar di portal SPLP.", properties.clientName());
    return registered;
  }

  private record ClientCredentials(String id, String secret) {
    @Override
    public String toString() {
      return "ClientCredentials[id=" + id + ", secret=***]";
    }
  }
}
