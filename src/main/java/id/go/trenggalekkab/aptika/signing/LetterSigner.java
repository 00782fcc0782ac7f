package id.go.trenggalekkab.aptika.signing;

import java.security.cert.X509Certificate;

/**
 * Signs a final letter's PDF (PAdES). Two implementations: a local PKCS#12 certificate (the
 * default; a development certificate is generated when the first letter is signed) and the BSrE
 * esign-client appliance ({@code aptika.signing.method=bsre}).
 */
public interface LetterSigner {

  /**
   * @param passphrase the signer's passphrase as typed at approval, or null when the signer needs
   *     none; never kept
   * @throws SigningRefusedException when the signing service refuses for a reason a person must fix
   */
  byte[] sign(byte[] pdf, SignatureMark mark, Signing signing, String passphrase);

  /**
   * The configured signer's certificate: every letter this signer returns must be signed with it
   * (the local key store's own, or the Kadis's BSrE certificate named in the settings).
   */
  X509Certificate certificate();

  /** Whether the Kadis types a passphrase when approving. */
  boolean needsPassphrase();

  /** How the letter was signed, as the register records it: LOKAL or BSRE. */
  String method();

  /** Where the visible mark goes, and what the signature dictionary says. */
  record Signing(String signerName, String reason, String location, String verificationUrl) {}
}
