package id.go.trenggalekkab.aptika.signing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Takes the passphrase off the Kadis's approval as the task completes, in the same command that set
 * it: the variable is removed before anything is written, and {@link PassphraseFreeHistory} keeps
 * it out of history, so it reaches no table. It is held in memory ({@link Passphrases}) for the
 * signing job; a rolled-back completion drops it.
 */
@Component("signerPassphraseListener")
class SignerPassphraseListener implements TaskListener {

  /**
   * The approval form's passphrase field. It is taken off the task as it completes and never
   * stored.
   */
  public static final String PASSPHRASE = "signerPassphrase";

  private final LetterSigner signer;
  private final Passphrases passphrases;

  SignerPassphraseListener(LetterSigner signer, Passphrases passphrases) {
    this.signer = signer;
    this.passphrases = passphrases;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    Object typed = execution.getVariable(SignerPassphraseListener.PASSPHRASE);
    execution.removeVariable(SignerPassphraseListener.PASSPHRASE);
    task.removeVariableLocal(SignerPassphraseListener.PASSPHRASE);
    if (!"APPROVE".equals(execution.getVariable("kadisDecision")) || !signer.needsPassphrase()) {
      return;
    }
    if (typed == null || typed.toString().isBlank()) {
      throw new FormFieldValidationException(
          SignerPassphraseListener.PASSPHRASE,
          "Tugas belum dapat diselesaikan. Passphrase tanda tangan elektronik wajib diisi untuk"
              + " menyetujui surat.");
    }
    String processInstanceId = execution.getProcessInstanceId();
    passphrases.hold(processInstanceId, typed.toString());
    Context.getCommandContext()
        .getTransactionContext()
        .addTransactionListener(
            TransactionState.ROLLED_BACK, context -> passphrases.drop(processInstanceId));
  }
}
