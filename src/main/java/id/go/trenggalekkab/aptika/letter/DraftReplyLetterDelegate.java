package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.letter.LetterVariables.PassphraseNeeded;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.signing.LetterSigner;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 6: drafts the reply letter (KONSEP) from the request and the subdomain created. */
@Component("draftReplyLetterDelegate")
class DraftReplyLetterDelegate implements JavaDelegate {

  private final ReplyLetters letters;
  private final LetterSigner signer;

  DraftReplyLetterDelegate(ReplyLetters letters, LetterSigner signer) {
    this.letters = letters;
    this.signer = signer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters
        .proposedText(execution.getVariables())
        .forEach(
            (name, value) -> {
              if (execution.getVariable(name) == null) {
                execution.setVariable(name, value);
              }
            });
    execution.setVariable(
        LetterVariables.PASSPHRASE_NEEDED,
        (signer.needsPassphrase() ? PassphraseNeeded.YA : PassphraseNeeded.TIDAK).name());
    String url =
        letters
            .draft(execution.getProcessInstanceId(), execution.getVariables(), OfficeTime.today())
            .url();
    execution.setVariable(LetterVariables.DRAFT_URL, url);
    ProcessNotes.append(
        execution,
        "Langkah 6: konsep surat balasan disusun sistem (tanpa nomor, bertanda KONSEP); periksa"
            + " dan sesuaikan teksnya.");
  }
}
