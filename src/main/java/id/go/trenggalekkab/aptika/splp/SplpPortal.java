package id.go.trenggalekkab.aptika.splp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SPLP portal (splp.layanan.go.id, a WSO2 API Manager), called only when {@code
 * aptika.splp.mode=wso2}. One adapter speaks WSO2's APIs to the portal configured under {@code
 * aptika.splp.portal}. In the default mode, {@code manual}, a person does these steps in the portal
 * and confirms them; the application creates nothing there and invents no account, key or secret.
 *
 * <p>Both calls are safe to repeat for the same process instance: a retry after a crash finds what
 * the earlier attempt created instead of creating it twice. They throw {@link
 * SplpRejectedException} when the portal refuses the data (a person must act) and {@link
 * SplpUnavailableException} when it cannot serve now (retry later).
 */
public interface SplpPortal {

  /** SOP A step 5: an account for the requesting unit's contact person. */
  Account registerAccount(AccountOrder order);

  /** SOP B step 3: the application, its OAuth2 keys and API key, and its subscriptions. */
  Application createApplication(ApplicationOrder order);

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

  /**
   * @param userName the account as the portal knows it, {@code user@tenant}
   * @param portal the portal it was made in, by its address, e.g. "portal SPLP splp.layanan.go.id"
   * @param note what happened, in Bahasa Indonesia
   */
  record Account(String userName, String portal, String note) {}

  /**
   * @param note what happened, in Bahasa Indonesia; never a secret
   * @param credentials for the Pengguna's eyes only, once: they go to the vault, nowhere else
   */
  record Application(
      String applicationId, String consumerKey, String note, Credentials credentials) {}

  /** What the Pengguna needs to call the APIs. Prints no secret. */
  record Credentials(String consumerKey, String consumerSecret, String apiKey) {

    public Map<String, String> asMap() {
      Map<String, String> map = new LinkedHashMap<>();
      map.put("consumerKey", consumerKey);
      map.put("consumerSecret", consumerSecret);
      map.put("apiKey", apiKey);
      return map;
    }

    @Override
    public String toString() {
      return "Credentials[consumerKey=" + consumerKey + ", consumerSecret=***, apiKey=***]";
    }
  }
}
