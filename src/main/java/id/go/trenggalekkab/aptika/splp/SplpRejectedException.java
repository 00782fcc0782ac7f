package id.go.trenggalekkab.aptika.splp;

/**
 * The SPLP portal refused the request on its merits: the user or application already exists (409)
 * or the data is not acceptable (400). Retrying the same request cannot help, so the process routes
 * this to a person; the message, in Bahasa Indonesia, carries the portal's own reason.
 */
public class SplpRejectedException extends RuntimeException {

  private final int status;
  private final String portalReason;

  public SplpRejectedException(String message, int status, String portalReason) {
    super(message);
    this.status = status;
    this.portalReason = portalReason;
  }

  /** The portal's HTTP status. */
  public int status() {
    return status;
  }

  /** The portal's own explanation, as it sent it. */
  public String portalReason() {
    return portalReason;
  }

  /** A 409: what was to be created is already there, e.g. after a retry of a completed call. */
  public boolean alreadyExists() {
    return status == 409;
  }
}
