package id.go.trenggalekkab.aptika.splp;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * On completing the Pengguna's credentials task: refused while the credentials still wait in the
 * vault, because completing would leave them unread until they expire. Once read, or expired after
 * 24 hours (then the Pengguna makes a new consumer secret in the portal), the task may be closed.
 */
@Component("credentialsCollected")
class CredentialsCollected implements TaskListener {

  private final CredentialVault vault;

  CredentialsCollected(CredentialVault vault) {
    this.vault = vault;
  }

  @Override
  public void notify(DelegateTask task) {
    Object id = task.getVariable(SplpApplicationContract.CREDENTIALS_ID);
    if (id != null && vault.isWaiting(id.toString())) {
      throw new FormFieldValidationException(
          task.getTaskDefinitionKey(),
          "Kredensial aplikasi belum diambil. Tekan \"Tampilkan kredensial\", simpan consumer"
              + " secret dan API key di tempat aman, lalu selesaikan tugas ini.");
    }
  }
}
