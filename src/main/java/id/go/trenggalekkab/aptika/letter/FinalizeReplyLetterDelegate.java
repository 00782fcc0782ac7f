package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.provisioning.SubdomainHostingContract;
import id.go.trenggalekkab.aptika.signing.LetterSigner;
import id.go.trenggalekkab.aptika.signing.Passphrases;
import id.go.trenggalekkab.aptika.signing.SigningRefusedException;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 8, after the Kadis approves: the letter takes its number and is rendered, signed and
 * checked. A refusal by the signing service, or a signed letter that fails the check (unsigned,
 * another certificate, changed after signing), goes back to the Kadis (error {@link
 * SubdomainHostingContract#SIGNING_REFUSED}); an outage fails the job, which is retried and in the
 * end becomes an incident.
 */
@Component("finalizeReplyLetterDelegate")
class FinalizeReplyLetterDelegate implements JavaDelegate {

  private final ReplyLetters letters;
  private final LetterSigner signer;
  private final Passphrases passphrases;

  FinalizeReplyLetterDelegate(ReplyLetters letters, LetterSigner signer, Passphrases passphrases) {
    this.letters = letters;
    this.signer = signer;
    this.passphrases = passphrases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    String passphrase = null;
    if (signer.needsPassphrase()) {
      passphrase =
          passphrases
              .take(processInstanceId)
              .orElseThrow(
                  () ->
                      refused(
                          execution,
                          "Passphrase tidak lagi tersedia (lebih dari 30 menit berlalu)."
                              + " Setujui kembali dan ketik passphrase Anda."));
    }
    ReplyLetters.Issued issued;
    LocalDate today = OfficeTime.today();
    try {
      issued = letters.issue(processInstanceId, execution.getVariables(), today, passphrase);
    } catch (SigningRefusedException e) {
      throw refused(execution, e.getMessage());
    }
    execution.setVariable(LetterVariables.NUMBER, issued.number());
    execution.setVariable(LetterVariables.SIGNED_URL, issued.document().url());
    execution.setVariable(LetterVariables.SIGNED_ON, today.toString());
    execution.removeVariable(LetterVariables.SIGNING_PROBLEM);
    ProcessNotes.append(
        execution,
        "Langkah 8: surat balasan disetujui, diberi nomor "
            + issued.number()
            + " dan ditandatangani secara elektronik ("
            + (signer.method().equals("BSRE") ? "BSrE" : "sertifikat lokal")
            + ").");
  }

  private static BpmnError refused(DelegateExecution execution, String message) {
    ProcessNotes.append(execution, "Langkah 8: penandatanganan ditolak: " + message);
    return new BpmnError(SubdomainHostingContract.SIGNING_REFUSED, message);
  }
}
