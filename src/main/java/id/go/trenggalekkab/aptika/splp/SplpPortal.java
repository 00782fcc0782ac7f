package id.go.trenggalekkab.aptika.splp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SPLP portal (splp.layanan.go.id, a WSO2 API Manager). One adapter speaks WSO2's APIs; by
 * default it speaks them to the simulator the application serves itself, and production points it
 * at the real portal by configuration.
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
   * @param note what happened, in Bahasa Indonesia
   */
  record Account(String userName, String note) {}

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
