package id.go.trenggalekkab.aptika.splp;

import id.go.trenggalekkab.aptika.process.PersonName;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * SOP 060/029 B step 3 in manual mode: the Pengguna creates his application, its OAuth2 keys and
 * API key in the portal himself and keeps the keys himself; the application never asks for them. On
 * completing his task the record says what he confirmed, who he is and when.
 */
@Component("splpApplicationByHand")
class SplpApplicationByHand implements TaskListener {

  private final SplpPortalWork work;

  SplpApplicationByHand(SplpPortalWork work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable(SplpApplicationContract.SPLP_PORTAL_URL, work.portalUrl());
      return;
    }
    if (!Boolean.TRUE.equals(task.getVariable(SplpApplicationContract.KEYS_STORED_BY_PENGGUNA))) {
      throw new FormFieldValidationException(
          task.getTaskDefinitionKey(),
          "Centang \"Kunci OAuth2 dan API key sudah saya simpan sendiri\" setelah Anda membuat"
              + " kuncinya di portal SPLP dan menyimpannya di tempat aman.");
    }
    ProcessNotes.append(
        task,
        "Langkah 3 (manual): Pengguna "
            + PersonName.of(task, "(tidak diketahui)")
            + " membuat aplikasi '"
            + ProcessVariables.text(task, SplpApplicationContract.SPLP_APPLICATION_CREATED)
            + "' beserta kunci OAuth2 dan API key sendiri di portal SPLP "
            + work.portalUrl()
            + " pada "
            + SplpPortalWork.today()
            + ", sesuai konfirmasinya; kuncinya disimpan Pengguna sendiri, tidak oleh sistem.");
  }
}
