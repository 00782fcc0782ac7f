package id.go.trenggalekkab.aptika.letter;

import static id.go.trenggalekkab.aptika.provisioning.SubdomainHostingContract.KADIS_DECISION;

import id.go.trenggalekkab.aptika.provisioning.SubdomainHostingContract.KadisDecision;
import id.go.trenggalekkab.aptika.signing.LetterSigner;
import id.go.trenggalekkab.aptika.signing.Passphrases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Takes the passphrase off the Kadis's approval as the task completes, in the same command that set
 * it: the variable is removed before anything is written, and {@link PassphraseFreeHistory} keeps
 * it out of history, so it reaches no table in the clear. It is held sealed ({@link Passphrases})
 * for the signing job, which may run on another node, in the completion's transaction: a
 * rolled-back completion leaves none.
 */
@Component("signerPassphraseListener")
class SignerPassphraseListener implements TaskListener {

  private final LetterSigner signer;
  private final Passphrases passphrases;

  SignerPassphraseListener(LetterSigner signer, Passphrases passphrases) {
    this.signer = signer;
    this.passphrases = passphrases;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    Object typed = execution.getVariable(LetterVariables.PASSPHRASE);
    execution.removeVariable(LetterVariables.PASSPHRASE);
    task.removeVariableLocal(LetterVariables.PASSPHRASE);
    if (!KadisDecision.APPROVE.name().equals(execution.getVariable(KADIS_DECISION))
        || !signer.needsPassphrase()) {
      return;
    }
    if (typed == null || typed.toString().isBlank()) {
      throw new FormFieldValidationException(
          LetterVariables.PASSPHRASE,
          "Tugas belum dapat diselesaikan. Passphrase tanda tangan elektronik wajib diisi untuk"
              + " menyetujui surat.");
    }
    passphrases.hold(execution.getProcessInstanceId(), typed.toString());
  }
}
