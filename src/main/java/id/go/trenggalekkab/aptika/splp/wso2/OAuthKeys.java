package id.go.trenggalekkab.aptika.splp.wso2;

/**
 * The OAuth2 keys the portal generated for an application. The consumer key and the key mapping id
 * may be stored; the consumer secret is shown to the Pengguna once and never stored or printed.
 */
public record OAuthKeys(
    String keyMappingId, String keyType, String consumerKey, String consumerSecret) {

  @Override
  public String toString() {
    return "OAuthKeys[keyMappingId=%s, keyType=%s, consumerKey=%s, consumerSecret=***]"
        .formatted(keyMappingId, keyType, consumerKey);
  }
}
