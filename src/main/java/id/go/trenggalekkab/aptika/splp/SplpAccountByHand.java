package id.go.trenggalekkab.aptika.splp;

import static id.go.trenggalekkab.aptika.request.RequestVariables.CONTACT_EMAIL;

import id.go.trenggalekkab.aptika.process.PersonName;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
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

  static final String OUTCOME = "splpAccountOutcome";
  static final String PORTAL_REFUSAL = "splpPortalRefusal";
  static final String REJECTION = "splpRejection";

  private final SplpPortalWork work;

  SplpAccountByHand(SplpPortalWork work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      showWhatToEnter(task);
    } else if ("Task_ResolveSplpAccountRejection".equals(task.getTaskDefinitionKey())) {
      if ("MANUAL".equals(task.getVariable("splpResolution"))) {
        record(task, "setelah portal menolak pendaftaran sebelumnya, ");
      }
    } else if ("CREATED".equals(task.getVariable(OUTCOME))) {
      record(task, "");
    } else {
      recordRefusal(task);
    }
  }

  private void showWhatToEnter(DelegateTask task) {
    task.setVariable(
        RegisterSplpAccountDelegate.SPLP_USER_NAME,
        SplpPortalWork.userName(
            ProcessVariables.text(task, RegisterSplpAccountDelegate.SPLP_USER_NAME),
            ProcessVariables.text(task, CONTACT_EMAIL)));
    task.setVariable(SplpPortalWork.PORTAL_URL, work.portalUrl());
    task.setVariable(SplpPortalWork.TENANT, work.tenant());
    task.setVariable(SplpPortalWork.ROLE, work.role());
  }

  private void record(DelegateTask task, String circumstance) {
    String statement =
        "Akun SPLP "
            + ProcessVariables.text(task, RegisterSplpAccountDelegate.SPLP_ACCOUNT)
            + " dibuat secara manual oleh Pelaksana "
            + who(task)
            + " di portal SPLP "
            + work.portalUrl()
            + " pada "
            + SplpPortalWork.today()
            + ", "
            + circumstance
            + "sesuai konfirmasi Pelaksana.";
    task.setVariable(SplpPortalWork.ACCOUNT_REGISTRATION, statement);
    ProcessNotes.append(task, "Langkah 5 (manual): " + statement);
  }

  private void recordRefusal(DelegateTask task) {
    String refusal =
        "Portal SPLP menolak pendaftaran akun "
            + ProcessVariables.text(task, RegisterSplpAccountDelegate.SPLP_USER_NAME)
            + " (dicatat oleh Pelaksana "
            + who(task)
            + " pada "
            + SplpPortalWork.today()
            + "): "
            + ProcessVariables.text(task, PORTAL_REFUSAL);
    task.setVariable(REJECTION, refusal);
    ProcessNotes.append(task, "Langkah 5 (manual): " + refusal);
  }

  private static String who(DelegateTask task) {
    return PersonName.of(task, "(tidak diketahui)");
  }
}
