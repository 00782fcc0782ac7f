package id.go.trenggalekkab.aptika.provisioning;

/**
 * A technical failure of a server step 5 works on (unreachable, refused update, failed
 * configuration test). The job retries, then becomes an incident with this message, which names the
 * server and the cause in Bahasa Indonesia and never holds a secret.
 */
public class ProvisioningFailedException extends RuntimeException {

  /**
   * @param definitelyUnchanged true when the server answered that it changed nothing (an update
   *     refused); false when the outcome is unknown (a timeout may hide an applied update)
   */
  private final boolean definitelyUnchanged;

  public ProvisioningFailedException(String message, boolean definitelyUnchanged) {
    super(message);
    this.definitelyUnchanged = definitelyUnchanged;
  }

  public ProvisioningFailedException(String message, Throwable cause) {
    super(message, cause);
    this.definitelyUnchanged = false;
  }

  public boolean definitelyUnchanged() {
    return definitelyUnchanged;
  }
}
