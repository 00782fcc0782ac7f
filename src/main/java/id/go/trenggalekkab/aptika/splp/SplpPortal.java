package id.go.trenggalekkab.aptika.splp;

import java.util.List;

/**
 * The SPLP portal (splp.layanan.go.id, a WSO2 API Manager). The offline default records what it
 * would ask of the portal; the real client replaces it by configuration.
 */
public interface SplpPortal {

  /** SOP A step 5: an account for the requesting unit's contact person. */
  Outcome registerAccount(AccountOrder order);

  /** SOP B step 3: the application, its OAuth2 keys and API key, and its subscriptions. */
  Outcome createApplication(ApplicationOrder order);

  record AccountOrder(
      String processInstanceId,
      String unitId,
      String userName,
      String contactName,
      String contactEmail,
      String contactPhone) {}

  record ApplicationOrder(
      String processInstanceId,
      String owner,
      String name,
      String description,
      String tokenType,
      String keyType,
      String throttlingPolicy,
      String grantTypes,
      String callbackUrl,
      List<String> apis) {}

  /** What happened, in Bahasa Indonesia; never a secret. */
  record Outcome(String reference, String note) {}
}
