package id.go.trenggalekkab.aptika.splp.wso2;

/**
 * An API key the portal generated. The key itself is a credential: shown once, never printed.
 *
 * @param validityTime seconds, as the portal states it; -1 means it does not expire
 */
public record ApiKey(String apikey, long validityTime) {

  @Override
  public String toString() {
    return "ApiKey[apikey=***, validityTime=" + validityTime + "]";
  }
}
