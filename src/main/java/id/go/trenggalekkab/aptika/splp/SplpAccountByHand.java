package id.go.trenggalekkab.aptika.splp;

import static id.go.trenggalekkab.aptika.request.RequestVariables.CONTACT_EMAIL;
import static id.go.trenggalekkab.aptika.splp.SplpAccountContract.*;

import id.go.trenggalekkab.aptika.process.PersonName;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
import id.go.trenggalekkab.aptika.splp.SplpAccountContract.SplpAccountOutcome;
import id.go.trenggalekkab.aptika.splp.SplpAccountContract.SplpResolution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * SOP 060/029 A step 5 in manual mode: the Pelaksana registers the account in the portal by hand.
 * On creating his task it puts before him what to enter; on completing it, the record says what he
 * confirmed, who he is and when: the account he made, or the portal's refusal, which then takes the
 * rejection path. The same holds when he settles a refusal by registering the account by hand.
 */
@Component("splpAccountByHand")
class SplpAccountByHand implements TaskListener {

  private final SplpPortalWork work;

  SplpAccountByHand(SplpPortalWork work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      showWhatToEnter(task);
    } else if ("Task_ResolveSplpAccountRejection".equals(task.getTaskDefinitionKey())) {
      if (SplpResolution.MANUAL.name().equals(task.getVariable(SPLP_RESOLUTION))) {
        record(task, "setelah portal menolak pendaftaran sebelumnya, ");
      }
    } else if (SplpAccountOutcome.CREATED.name().equals(task.getVariable(SPLP_ACCOUNT_OUTCOME))) {
      record(task, "");
    } else {
      recordRefusal(task);
    }
  }

  private void showWhatToEnter(DelegateTask task) {
    task.setVariable(
        SPLP_USER_NAME,
        SplpPortalWork.userName(
            ProcessVariables.text(task, SPLP_USER_NAME),
            ProcessVariables.text(task, CONTACT_EMAIL)));
    task.setVariable(SPLP_PORTAL_URL, work.portalUrl());
    task.setVariable(SPLP_TENANT, work.tenant());
    task.setVariable(SPLP_ROLE, work.role());
  }

  private void record(DelegateTask task, String circumstance) {
    String statement =
        "Akun SPLP "
            + ProcessVariables.text(task, SPLP_ACCOUNT)
            + " dibuat secara manual oleh Pelaksana "
            + who(task)
            + " di portal SPLP "
            + work.portalUrl()
            + " pada "
            + SplpPortalWork.today()
            + ", "
            + circumstance
            + "sesuai konfirmasi Pelaksana.";
    task.setVariable(SPLP_ACCOUNT_REGISTRATION, statement);
    ProcessNotes.append(task, "Langkah 5 (manual): " + statement);
  }

  private void recordRefusal(DelegateTask task) {
    String refusal =
        "Portal SPLP menolak pendaftaran akun "
            + ProcessVariables.text(task, SPLP_USER_NAME)
            + " (dicatat oleh Pelaksana "
            + who(task)
            + " pada "
            + SplpPortalWork.today()
            + "): "
            + ProcessVariables.text(task, SPLP_PORTAL_REFUSAL);
    task.setVariable(SPLP_REJECTION, refusal);
    ProcessNotes.append(task, "Langkah 5 (manual): " + refusal);
  }

  private static String who(DelegateTask task) {
    return PersonName.of(task, "(tidak diketahui)");
  }
}
