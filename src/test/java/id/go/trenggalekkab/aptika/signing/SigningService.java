package id.go.trenggalekkab.aptika.signing;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

/**
 * Makes the process tests' signer (a Mockito spy on the real local signer) behave as the BSrE
 * appliance does towards the process: it asks for a passphrase and refuses a wrong one with BSrE's
 * 2031. The adapter's own mapping of BSrE's answers is tested against WireMock (BsreSignerTest).
 */
public final class SigningService {

  private SigningService() {}

  public static void asksForPassphraseAndRefuses(LetterSigner spy, String wrongPassphrase) {
    doReturn(true).when(spy).needsPassphrase();
    doThrow(
            new SigningRefusedException(
                "Passphrase salah (BSrE 2031). Setujui kembali dan ketik passphrase yang benar."))
        .when(spy)
        .sign(any(), any(), any(), eq(wrongPassphrase));
  }

  /** The letter was signed once with this passphrase, handed straight to the signer. */
  public static void assertSignedWith(LetterSigner spy, String passphrase) {
    verify(spy).sign(any(), any(), any(), eq(passphrase));
  }

  /** The spy signs through {@code signer} and is, towards the process, that signer. */
  static void signsThrough(LetterSigner spy, LetterSigner signer) {
    doAnswer(delegatesTo(signer)).when(spy).sign(any(), any(), any(), any());
    doReturn(signer.needsPassphrase()).when(spy).needsPassphrase();
    doReturn(signer.method()).when(spy).method();
    doReturn(signer.certificate()).when(spy).certificate();
  }
}
