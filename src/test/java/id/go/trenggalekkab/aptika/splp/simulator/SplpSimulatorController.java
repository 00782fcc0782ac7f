package id.go.trenggalekkab.aptika.splp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator.Api;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator.App;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator.Fault;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator.Keys;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The offline SPLP portal simulator's HTTP face: the paths, authentication, request and reply
 * shapes of WSO2 API Manager 4.x for what the application calls (see {@code
 * docs/integrations.md#the-splp-portal-wso2-api-manager}), under {@value #ROOT}. Every reply says
 * what it is in the {@value #LABEL_HEADER} header. Test scope only, registered with the profile
 * {@value SplpSimulatorConfiguration#PROFILE}.
 */
@RestController
@Profile(SplpSimulatorConfiguration.PROFILE)
@RequestMapping(SplpSimulatorController.ROOT)
class SplpSimulatorController {

  static final String ROOT = "/splp-simulator";
  static final String LABEL_HEADER = "X-Aptika-Simulator";
  static final String LABEL = "Simulator portal SPLP (offline), bukan splp.layanan.go.id";

  private static final String DEVPORTAL = "/api/am/devportal/v3";
  private static final Pattern FILTER = Pattern.compile("(\\w+) eq \"(.*)\"");
  private static final Pattern API_QUERY = Pattern.compile("name:(.+)");

  private final SplpSimulator portal;

  SplpSimulatorController(SplpSimulator portal) {
    this.portal = portal;
  }

  // ---- our caller's registration and tokens ----

  @PostMapping("/client-registration/v0.17/register")
  ResponseEntity<Object> register(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody JsonNode body) {
    String[] basic = basic(authorization);
    if (basic == null || !portal.isServiceAccount(basic[0], basic[1])) {
      return reply(
          HttpStatus.UNAUTHORIZED,
          Map.of("error", "invalid_client", "error_description", "Authentication failed"));
    }
    return run(
        "POST /client-registration",
        () -> reply(HttpStatus.OK, portal.register(body.path("clientName").asText())));
  }

  @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Object> token(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam MultiValueMap<String, String> form) {
    String[] basic = basic(authorization);
    if (basic == null || !portal.isClient(basic[0], basic[1])) {
      return reply(
          HttpStatus.UNAUTHORIZED,
          Map.of("error", "invalid_client", "error_description", "Client Authentication failed."));
    }
    if (!"password".equals(form.getFirst("grant_type"))
        || !portal.isServiceAccount(form.getFirst("username"), form.getFirst("password"))) {
      return reply(
          HttpStatus.BAD_REQUEST,
          Map.of("error", "invalid_grant", "error_description", "Authentication failed for user"));
    }
    return run(
        "POST /oauth2/token",
        () ->
            reply(
                HttpStatus.OK,
                Map.of(
                    "access_token",
                    portal.issueToken(),
                    "scope",
                    form.getFirst("scope") == null ? "default" : form.getFirst("scope"),
                    "token_type",
                    "Bearer",
                    "expires_in",
                    3600)));
  }

  // ---- SCIM 2.0 ----

  @PostMapping("/t/{tenant}/scim2/Users")
  ResponseEntity<Object> createUser(
      @PathVariable String tenant, @RequestBody Map<String, Object> user) {
    return inTenant(
        tenant,
        "POST /scim2/Users",
        () -> {
          Object userName = user.get("userName");
          if (!(userName instanceof String name) || name.isBlank()) {
            return scimError(HttpStatus.BAD_REQUEST, "userName is a required attribute.");
          }
          if (!(user.get("emails") instanceof List<?> emails) || emails.isEmpty()) {
            return scimError(HttpStatus.BAD_REQUEST, "Email is required for ask password flow.");
          }
          if (portal.hasUser(name)) {
            return scimError(
                HttpStatus.CONFLICT,
                "User with the name: " + name + " already exists in the system.");
          }
          return reply(HttpStatus.CREATED, portal.createUser(user));
        });
  }

  @GetMapping("/t/{tenant}/scim2/Users")
  ResponseEntity<Object> findUsers(@PathVariable String tenant, @RequestParam String filter) {
    return inTenant(
        tenant,
        "GET /scim2/Users",
        () -> {
          Matcher matcher = FILTER.matcher(filter);
          if (!matcher.matches() || !"userName".equals(matcher.group(1))) {
            return scimError(HttpStatus.BAD_REQUEST, "Unsupported filter: " + filter);
          }
          Map<String, Object> user = portal.findUser(matcher.group(2));
          return reply(HttpStatus.OK, scimList(user == null ? List.of() : List.of(user)));
        });
  }

  @GetMapping("/t/{tenant}/scim2/Roles")
  ResponseEntity<Object> findRoles(@PathVariable String tenant, @RequestParam String filter) {
    return inTenant(
        tenant,
        "GET /scim2/Roles",
        () -> {
          Matcher matcher = FILTER.matcher(filter);
          boolean subscriber = matcher.matches() && "Internal/subscriber".equals(matcher.group(2));
          return reply(
              HttpStatus.OK,
              scimList(
                  subscriber
                      ? List.of(
                          Map.of(
                              "id",
                              SplpSimulator.SUBSCRIBER_ROLE_ID,
                              "displayName",
                              "Internal/subscriber"))
                      : List.of()));
        });
  }

  @PatchMapping("/t/{tenant}/scim2/Roles/{roleId}")
  ResponseEntity<Object> patchRole(
      @PathVariable String tenant, @PathVariable String roleId, @RequestBody JsonNode patch) {
    return inTenant(
        tenant,
        "PATCH /scim2/Roles",
        () -> {
          if (!SplpSimulator.SUBSCRIBER_ROLE_ID.equals(roleId)) {
            return scimError(HttpStatus.NOT_FOUND, "Role not found: " + roleId);
          }
          for (JsonNode operation : patch.path("Operations")) {
            for (JsonNode member : operation.path("value")) {
              portal.addSubscriber(member.path("value").asText());
            }
          }
          return reply(HttpStatus.OK, Map.of("id", roleId, "displayName", "Internal/subscriber"));
        });
  }

  // ---- DevPortal REST API v3 ----

  @PostMapping(DEVPORTAL + "/applications")
  ResponseEntity<Object> createApplication(@RequestBody JsonNode body) {
    return run(
        "POST /applications",
        () -> {
          String name = body.path("name").asText("");
          String policy = body.path("throttlingPolicy").asText("");
          if (name.isBlank() || name.length() > 70) {
            return devportalError(
                HttpStatus.BAD_REQUEST, "Application name is required and at most 70 characters.");
          }
          if (!SplpSimulator.THROTTLING_POLICIES.contains(policy)) {
            return devportalError(
                HttpStatus.BAD_REQUEST, "Specified throttling tier " + policy + " is invalid");
          }
          synchronized (portal) {
            if (portal.applicationNamed(name) != null) {
              return devportalError(
                  HttpStatus.CONFLICT,
                  "A duplicate application already exists by the name - " + name);
            }
            App app =
                portal.createApplication(
                    name,
                    body.path("description").asText(""),
                    policy,
                    body.path("tokenType").asText("JWT"));
            return reply(HttpStatus.CREATED, application(app));
          }
        });
  }

  @GetMapping(DEVPORTAL + "/applications")
  ResponseEntity<Object> applications(@RequestParam(required = false) String query) {
    return run(
        "GET /applications",
        () -> {
          synchronized (portal) {
            return reply(
                HttpStatus.OK,
                devportalList(
                    portal.applicationsMatching(query).stream()
                        .map(SplpSimulatorController::application)
                        .toList()));
          }
        });
  }

  @PostMapping(DEVPORTAL + "/applications/{applicationId}/generate-keys")
  ResponseEntity<Object> generateKeys(
      @PathVariable String applicationId, @RequestBody JsonNode body) {
    return onApplication(
        "POST /applications/generate-keys",
        applicationId,
        app -> {
          String keyType = body.path("keyType").asText("");
          if (!keyType.equals("PRODUCTION") && !keyType.equals("SANDBOX")) {
            return devportalError(HttpStatus.BAD_REQUEST, "Invalid keyType: " + keyType);
          }
          List<String> grants = new ArrayList<>();
          body.path("grantTypesToBeSupported").forEach(g -> grants.add(g.asText()));
          if (grants.contains("authorization_code")
              && body.path("callbackUrl").asText("").isBlank()) {
            return devportalError(
                HttpStatus.BAD_REQUEST,
                "Callback URL is required for the authorization_code grant type");
          }
          if (app.keys.containsKey(keyType)) {
            return devportalError(
                HttpStatus.CONFLICT,
                "Key Mappings already exists for application " + app.name + " and " + keyType);
          }
          Keys keys = portal.generateKeys(app, keyType);
          Map<String, Object> reply = keys(keys);
          reply.put("consumerSecret", keys.consumerSecret());
          reply.put("supportedGrantTypes", grants);
          reply.put("callbackUrl", body.path("callbackUrl").asText(""));
          return reply(HttpStatus.OK, reply);
        });
  }

  @GetMapping(DEVPORTAL + "/applications/{applicationId}/oauth-keys")
  ResponseEntity<Object> oauthKeys(@PathVariable String applicationId) {
    return onApplication(
        "GET /applications/oauth-keys",
        applicationId,
        app ->
            reply(
                HttpStatus.OK,
                devportalList(
                    app.keys.values().stream().map(SplpSimulatorController::keys).toList())));
  }

  @PostMapping(
      DEVPORTAL + "/applications/{applicationId}/oauth-keys/{keyMappingId}/regenerate-secret")
  ResponseEntity<Object> regenerateSecret(
      @PathVariable String applicationId, @PathVariable String keyMappingId) {
    return onApplication(
        "POST /applications/regenerate-secret",
        applicationId,
        app -> {
          Keys keys =
              app.keys.values().stream()
                  .filter(k -> k.keyMappingId().equals(keyMappingId))
                  .findFirst()
                  .orElse(null);
          if (keys == null) {
            return devportalError(HttpStatus.NOT_FOUND, "Key mapping not found: " + keyMappingId);
          }
          Keys renewed = portal.regenerateSecret(app, keys);
          return reply(
              HttpStatus.OK,
              Map.of(
                  "consumerKey", renewed.consumerKey(),
                  "consumerSecret", renewed.consumerSecret()));
        });
  }

  @PostMapping(DEVPORTAL + "/applications/{applicationId}/api-keys/{keyType}/generate")
  ResponseEntity<Object> generateApiKey(
      @PathVariable String applicationId,
      @PathVariable String keyType,
      @RequestBody JsonNode body) {
    return onApplication(
        "POST /applications/api-keys/generate",
        applicationId,
        app ->
            reply(
                HttpStatus.OK,
                Map.of(
                    "apikey",
                    portal.generateApiKey(app),
                    "validityTime",
                    body.path("validityPeriod").asLong(-1))));
  }

  @PostMapping(DEVPORTAL + "/subscriptions")
  ResponseEntity<Object> subscribe(@RequestBody JsonNode body) {
    return onApplication(
        "POST /subscriptions",
        body.path("applicationId").asText(""),
        app -> {
          Api api = portal.api(body.path("apiId").asText(""));
          if (api == null) {
            return devportalError(HttpStatus.NOT_FOUND, "API not found");
          }
          if (app.subscriptions.containsKey(api.id())) {
            return devportalError(
                HttpStatus.CONFLICT,
                "Subscription already exists for API "
                    + api.label()
                    + " and application "
                    + app.name);
          }
          String id = portal.subscribe(app, api);
          return reply(HttpStatus.CREATED, subscription(id, app, api));
        });
  }

  @GetMapping(DEVPORTAL + "/subscriptions")
  ResponseEntity<Object> subscriptions(@RequestParam String applicationId) {
    return onApplication(
        "GET /subscriptions",
        applicationId,
        app ->
            reply(
                HttpStatus.OK,
                devportalList(
                    app.subscriptions.entrySet().stream()
                        .map(s -> subscription(s.getValue(), app, portal.api(s.getKey())))
                        .toList())));
  }

  @GetMapping(DEVPORTAL + "/apis")
  ResponseEntity<Object> apis(@RequestParam(required = false) String query) {
    return run(
        "GET /apis",
        () -> {
          Matcher matcher = query == null ? null : API_QUERY.matcher(query);
          String name = matcher != null && matcher.matches() ? matcher.group(1) : null;
          return reply(
              HttpStatus.OK,
              devportalList(
                  portal.apisNamed(name).stream()
                      .map(
                          api ->
                              (Object)
                                  Map.of(
                                      "id",
                                      api.id(),
                                      "name",
                                      api.name(),
                                      "version",
                                      api.version(),
                                      "context",
                                      "/t/" + portal.tenant() + "/" + api.name(),
                                      "provider",
                                      "admin@" + portal.tenant(),
                                      "lifeCycleStatus",
                                      "PUBLISHED"))
                      .toList()));
        });
  }

  // ---- plumbing ----

  private ResponseEntity<Object> inTenant(
      String tenant, String operation, Supplier<ResponseEntity<Object>> call) {
    if (!portal.tenant().equals(tenant)) {
      return scimError(HttpStatus.NOT_FOUND, "Tenant " + tenant + " does not exist");
    }
    return run(operation, call);
  }

  /** Every call but registration and token needs a token we issued, as WSO2's gateway checks. */
  @ModelAttribute
  void requireToken(
      HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    String path = request.getRequestURI();
    if (path.endsWith("/register") || path.endsWith("/oauth2/token")) {
      return;
    }
    String token =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring(7)
            : null;
    if (token == null || !portal.isToken(token)) {
      throw new InvalidCredentials();
    }
  }

  @ExceptionHandler(InvalidCredentials.class)
  ResponseEntity<Object> invalidCredentials() {
    return reply(
        HttpStatus.UNAUTHORIZED,
        Map.of(
            "code",
            900901,
            "message",
            "Invalid Credentials",
            "description",
            "Invalid Credentials. Make sure you have provided the correct security"
                + " credentials"));
  }

  private static final class InvalidCredentials extends RuntimeException {}

  private ResponseEntity<Object> onApplication(
      String operation,
      String applicationId,
      java.util.function.Function<App, ResponseEntity<Object>> call) {
    return run(
        operation,
        () -> {
          synchronized (portal) {
            App app = portal.application(applicationId);
            if (app == null) {
              return devportalError(
                  HttpStatus.NOT_FOUND, "Application not found: " + applicationId);
            }
            return call.apply(app);
          }
        });
  }

  /** Carries out the operation unless a fault was set for it. */
  private ResponseEntity<Object> run(String operation, Supplier<ResponseEntity<Object>> call) {
    Fault fault = portal.nextFault(operation);
    if (fault == Fault.UNAVAILABLE) {
      return devportalError(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable (simulated)");
    }
    ResponseEntity<Object> reply = call.get();
    if (fault == Fault.LOST_REPLY) {
      return devportalError(HttpStatus.GATEWAY_TIMEOUT, "Gateway Timeout (simulated)");
    }
    return reply;
  }

  private static Map<String, Object> application(App app) {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("applicationId", app.id);
    reply.put("name", app.name);
    reply.put("throttlingPolicy", app.policy);
    reply.put("description", app.description);
    reply.put("tokenType", app.tokenType);
    reply.put("status", "APPROVED");
    reply.put("groups", List.of());
    reply.put("subscriptionCount", app.subscriptions.size());
    reply.put("attributes", Map.of());
    reply.put("owner", "layanan-aptika");
    return reply;
  }

  /** A key mapping as WSO2 lists it; the secret is added only where it is generated. */
  private static Map<String, Object> keys(Keys keys) {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("keyMappingId", keys.keyMappingId());
    reply.put("keyManager", "Resident Key Manager");
    reply.put("consumerKey", keys.consumerKey());
    reply.put("keyState", "COMPLETED");
    reply.put("keyType", keys.keyType());
    reply.put("mode", "CREATED");
    return reply;
  }

  private static Map<String, Object> subscription(String id, App app, Api api) {
    return Map.of(
        "subscriptionId",
        id,
        "applicationId",
        app.id,
        "apiId",
        api.id(),
        "throttlingPolicy",
        app.policy,
        "status",
        "UNBLOCKED");
  }

  private static Map<String, Object> devportalList(List<?> items) {
    return Map.of(
        "count",
        items.size(),
        "list",
        items,
        "pagination",
        Map.of("offset", 0, "limit", 25, "total", items.size()));
  }

  private static Map<String, Object> scimList(List<?> resources) {
    return Map.of(
        "schemas", List.of("urn:ietf:params:scim:api:messages:2.0:ListResponse"),
        "totalResults", resources.size(),
        "startIndex", 1,
        "itemsPerPage", resources.size(),
        "Resources", resources);
  }

  private static ResponseEntity<Object> devportalError(HttpStatus status, String description) {
    return reply(
        status,
        Map.of(
            "code", status.value(),
            "message", status.getReasonPhrase(),
            "description", description,
            "moreInfo", "",
            "error", List.of()));
  }

  private static ResponseEntity<Object> scimError(HttpStatus status, String detail) {
    return reply(
        status,
        Map.of(
            "schemas", List.of("urn:ietf:params:scim:api:messages:2.0:Error"),
            "detail", detail,
            "status", String.valueOf(status.value())));
  }

  private static ResponseEntity<Object> reply(HttpStatus status, Object body) {
    return ResponseEntity.status(status)
        .header(LABEL_HEADER, LABEL)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body);
  }

  private static String[] basic(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? null
        : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
