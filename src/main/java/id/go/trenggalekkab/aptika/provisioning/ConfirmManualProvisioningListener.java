package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.process.PersonName;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * As the Pelaksana completes the manual step 5: the task is done only when what was asked is
 * confirmed as done, with the address actually used; who confirmed it, and when, is recorded by the
 * server, not typed.
 */
@Component("confirmManualProvisioningListener")
class ConfirmManualProvisioningListener implements TaskListener {

  private static final String NOT_YET =
      " Bila belum dapat dikerjakan, tulis kendalanya di Catatan lalu simpan formulir (Simpan) tanpa"
          + " menyelesaikan tugas.";

  @Override
  public void notify(DelegateTask task) {
    if (ManualWork.dnsByHand(task)) {
      if (!Boolean.TRUE.equals(task.getVariable(SubdomainHostingContract.DNS_RECORD_CREATED))) {
        throw new FormFieldValidationException(
            SubdomainHostingContract.DNS_RECORD_CREATED,
            "Rekaman DNS sudah dibuat: centang setelah rekaman benar-benar dibuat di server DNS."
                + NOT_YET);
      }
      Object target = task.getVariable(SubdomainHostingContract.DNS_CONFIRMED_TARGET);
      if (target == null || !target.toString().strip().matches("[A-Za-z0-9.:\\-]{2,253}")) {
        throw new FormFieldValidationException(
            SubdomainHostingContract.DNS_CONFIRMED_TARGET,
            "Tujuan rekaman yang dibuat wajib diisi: alamat IPv4, IPv6 atau nama host, sesuai yang"
                + " benar-benar dibuat di server DNS.");
      }
      task.setVariable(SubdomainHostingContract.DNS_CONFIRMED_TARGET, target.toString().strip());
    }
    if (ManualWork.hostingByHand(task)) {
      if (!Boolean.TRUE.equals(task.getVariable(SubdomainHostingContract.VHOST_CREATED))) {
        throw new FormFieldValidationException(
            SubdomainHostingContract.VHOST_CREATED,
            "Virtual host sudah dibuat: centang setelah virtual host benar-benar dibuat dan"
                + " dimuat ulang di server hosting."
                + NOT_YET);
      }
      Object root = task.getVariable(SubdomainHostingContract.VHOST_CONFIRMED_DOCUMENT_ROOT);
      if (root == null || !root.toString().strip().startsWith("/")) {
        throw new FormFieldValidationException(
            SubdomainHostingContract.VHOST_CONFIRMED_DOCUMENT_ROOT,
            "Document root yang dibuat wajib diisi sebagai path lengkap, contoh /var/www/nama.");
      }
    }
    task.setVariable(
        SubdomainHostingContract.MANUAL_CONFIRMED_BY, PersonName.of(task, "Pelaksana"));
    task.setVariable(SubdomainHostingContract.MANUAL_CONFIRMED_AT, OfficeTime.now().toString());
  }
}
