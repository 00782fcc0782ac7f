package id.go.trenggalekkab.aptika.splp;

/**
 * The SPLP portal could not serve the request for a technical reason (unreachable, too slow, a 5xx,
 * rate limited, a reply that is not valid JSON, or our own service account refused). Worth retrying
 * later; the message names the endpoint and the cause and never holds a secret.
 */
public class SplpUnavailableException extends RuntimeException {

  public SplpUnavailableException(String message) {
    super(message);
  }

  public SplpUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
