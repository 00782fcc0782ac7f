package id.go.trenggalekkab.aptika.signing;

/**
 * The signing service refused for a reason the signer must fix (a wrong passphrase, a signer not
 * registered): the approval goes back to the Kadis with this message, in Bahasa Indonesia.
 */
public class SigningRefusedException extends RuntimeException {

  public SigningRefusedException(String message) {
    super(message);
  }
}
