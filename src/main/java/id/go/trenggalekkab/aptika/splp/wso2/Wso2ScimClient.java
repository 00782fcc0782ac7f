package id.go.trenggalekkab.aptika.splp.wso2;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.splp.SplpUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Accounts in the regency's tenant through WSO2's SCIM 2.0 API (SOP A step 5).
 *
 * <p>The new user gets WSO2's ask-password flow, so they set their own password from the portal's
 * e-mail and none passes through us. The subscriber role is granted by a PATCH of the role's {@code
 * users}, not by a {@code roles} attribute in the new user: since WSO2 IS 5.10 (and so APIM 4.x and
 * IS 7) a user's {@code roles} are read-only in SCIM, and a read-only attribute in a request is
 * ignored without an error, which would leave a user who cannot log in to the DevPortal.
 */
public class Wso2ScimClient {

  static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private final SplpPortalProperties properties;
  private final PortalTokens tokens;
  private final RestClient http;

  Wso2ScimClient(SplpPortalProperties properties, PortalTokens tokens, RestClient http) {
    this.properties = properties;
    this.tokens = tokens;
    this.http = http;
  }

  /** Creates the user and grants the subscriber role; returns the SCIM id. */
  public String createUser(
      String userName, String givenName, String familyName, String email, String mobile) {
    Map<String, Object> user =
        Map.of(
            "schemas", List.of(USER),
            "userName", userName,
            "name", Map.of("givenName", givenName, "familyName", familyName),
            "emails", List.of(Map.of("value", email, "primary", true)),
            "phoneNumbers", List.of(Map.of("type", "mobile", "value", mobile)),
            "urn:scim:wso2:schema", Map.of("askPassword", true));
    String endpoint = "POST /scim2/Users";
    JsonNode created =
        PortalHttp.business(
            endpoint,
            "pembuatan akun '" + userName + "'",
            () -> tokens.authorized(t -> write(http.post(), "/Users", t, user)));
    String id = PortalHttp.field(created, "id", endpoint);
    grantSubscriberRole(id);
    return id;
  }

  /** For a retry after a crash: the user may already exist. */
  public Optional<String> findUser(String userName) {
    return first(list("/Users?filter={f}", "userName eq \"" + userName + "\""), "id");
  }

  /**
   * Adds the user to the subscriber role. Separate, so that a retry that found the user created can
   * still finish the job; WSO2 accepts adding a member twice.
   */
  public void grantSubscriberRole(String userId) {
    String role = properties.subscriberRole();
    String roleId =
        first(list("/Roles?filter={f}", "displayName eq \"" + role + "\""), "id")
            .orElseThrow(
                // The portal is set up wrongly, not the person's data: an incident for the admin.
                () ->
                    new SplpUnavailableException(
                        "Portal SPLP tidak mengenal peran '" + role + "'."));
    Map<String, Object> patch =
        Map.of(
            "schemas", List.of(PATCH),
            "Operations",
                List.of(
                    Map.of(
                        "op", "add", "path", "users", "value", List.of(Map.of("value", userId)))));
    PortalHttp.business(
        "PATCH /scim2/Roles/{id}",
        "pemberian peran " + role,
        () -> tokens.authorized(t -> write(http.patch(), "/Roles/" + roleId, t, patch)));
  }

  private JsonNode list(String pathAndQuery, String filter) {
    String endpoint = "GET /scim2" + pathAndQuery.substring(0, pathAndQuery.indexOf('?'));
    return PortalHttp.business(
        endpoint,
        "pencarian " + filter,
        () ->
            tokens.authorized(
                t ->
                    http.get()
                        .uri(properties.scimUrl() + pathAndQuery, filter)
                        .accept(SCIM_JSON, MediaType.APPLICATION_JSON)
                        .headers(h -> h.setBearerAuth(t))
                        .retrieve()
                        .body(JsonNode.class)));
  }

  private Optional<String> first(JsonNode list, String field) {
    JsonNode resources = list == null ? null : list.path("Resources");
    if (resources == null || !resources.isArray() || resources.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(resources.get(0).path(field).asText());
  }

  private JsonNode write(
      RestClient.RequestBodyUriSpec spec, String path, String token, Object body) {
    return spec.uri(properties.scimUrl() + path)
        .contentType(SCIM_JSON)
        .accept(SCIM_JSON, MediaType.APPLICATION_JSON)
        .headers(h -> h.setBearerAuth(token))
        .body(body)
        .retrieve()
        .body(JsonNode.class);
  }
}
