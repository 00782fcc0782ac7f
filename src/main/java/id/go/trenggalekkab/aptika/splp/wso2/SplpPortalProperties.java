package id.go.trenggalekkab.aptika.splp.wso2;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom we call the SPLP portal (WSO2 API Manager), bound from {@code
 * aptika.splp.portal.*} by {@link SplpPortalConfiguration} only when {@code aptika.splp.mode=wso2}.
 * Deliberately not annotated {@code @ConfigurationProperties}: the application's
 * {@code @ConfigurationPropertiesScan} would then bind it in every mode, and the default mode,
 * {@code manual}, must start without any of these settings. User name and password come from the
 * environment ({@code APTIKA_SPLP_PORTAL_USERNAME}, {@code APTIKA_SPLP_PORTAL_PASSWORD}) and have
 * no default.
 *
 * @param baseUrl the gateway / key manager, serving {@code /oauth2/token} and {@code
 *     /client-registration}
 * @param devportalUrl the DevPortal REST API; {@code <baseUrl>/api/am/devportal/v3} if empty
 * @param scimUrl the SCIM 2.0 root; {@code <baseUrl>/t/<tenant>/scim2} if empty (set it when the
 *     users live in a separate WSO2 Identity Server)
 * @param tenant the regency's tenant domain
 * @param username our service account, in the tenant (e.g. {@code admin@trenggalekkab.go.id})
 * @param scopes what our token asks for: DevPortal application and subscription management plus
 *     SCIM user and role management
 * @param subscriberRole the role that lets a new user into the DevPortal
 * @param keyManager the key manager that issues the applications' keys; WSO2's built-in one unless
 *     the portal delegates to a separate WSO2 Identity Server
 */
public record SplpPortalProperties(
    String baseUrl,
    String devportalUrl,
    String scimUrl,
    String tenant,
    String username,
    String password,
    Duration connectTimeout,
    Duration readTimeout,
    String scopes,
    String clientName,
    String subscriberRole,
    String keyManager) {

  public SplpPortalProperties {
    baseUrl = trimmed(required(baseUrl, "base-url"));
    required(username, "username");
    required(password, "password");
    tenant = blank(tenant) ? "trenggalekkab.go.id" : tenant;
    devportalUrl = blank(devportalUrl) ? baseUrl + "/api/am/devportal/v3" : trimmed(devportalUrl);
    scimUrl = blank(scimUrl) ? baseUrl + "/t/" + tenant + "/scim2" : trimmed(scimUrl);
    connectTimeout = Objects.requireNonNullElse(connectTimeout, Duration.ofSeconds(5));
    readTimeout = Objects.requireNonNullElse(readTimeout, Duration.ofSeconds(20));
    scopes =
        blank(scopes)
            ? "apim:subscribe apim:app_manage apim:sub_manage apim:api_key"
                + " internal_user_mgt_create internal_user_mgt_list"
                + " internal_role_mgt_view internal_role_mgt_update"
            : scopes;
    clientName = blank(clientName) ? "layanan-aptika" : clientName;
    subscriberRole = blank(subscriberRole) ? "Internal/subscriber" : subscriberRole;
    keyManager = blank(keyManager) ? "Resident Key Manager" : keyManager;
  }

  /** Masks the password, so that printing the settings never leaks it. */
  @Override
  public String toString() {
    return "SplpPortalProperties[baseUrl=%s, devportalUrl=%s, scimUrl=%s, tenant=%s, username=%s,"
            .formatted(baseUrl, devportalUrl, scimUrl, tenant, username)
        + " password=***, connectTimeout=%s, readTimeout=%s, scopes=%s, clientName=%s]"
            .formatted(connectTimeout, readTimeout, scopes, clientName);
  }

  private static String required(String value, String name) {
    if (blank(value)) {
      throw new IllegalArgumentException(
          "aptika.splp.portal." + name + " wajib diisi untuk aptika.splp.mode=wso2");
    }
    return value;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trimmed(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
