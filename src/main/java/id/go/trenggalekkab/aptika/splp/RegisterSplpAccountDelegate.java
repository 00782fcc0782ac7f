package id.go.trenggalekkab.aptika.splp;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SOP 060/029 A step 5, "Mendaftarkan akun melalui https://splp.layanan.go.id/ untuk unit kerja
 * pemohon", in integrated mode ({@code aptika.splp.mode=wso2}). The account is named after the
 * contact person's e-mail address unless the Pelaksana chose another name after the portal refused
 * the first. A refusal is routed in the model to the Pelaksana; a portal that cannot be reached
 * fails the job, which is retried and then becomes an incident.
 */
@Component("registerSplpAccountDelegate")
class RegisterSplpAccountDelegate implements JavaDelegate {

  static final String SPLP_ACCOUNT = "splpAccount";
  static final String SPLP_USER_NAME = "splpUserName";

  private final SplpPortal portal;

  RegisterSplpAccountDelegate(SplpPortal portal) {
    this.portal = portal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String email = (String) execution.getVariable(CONTACT_EMAIL);
    String userName = ProcessNotes.text(execution, SPLP_USER_NAME);
    if (userName == null || userName.isBlank()) {
      userName = SplpPortalWork.proposedUserName(email);
      execution.setVariable(SPLP_USER_NAME, userName);
    }
    SplpPortal.AccountOrder order =
        new SplpPortal.AccountOrder(
            execution.getProcessInstanceId(),
            (String) execution.getVariable(UNIT_ID),
            userName,
            (String) execution.getVariable(CONTACT_NAME),
            email,
            (String) execution.getVariable(CONTACT_PHONE));
    SplpPortal.Account account = SplpRejection.routed(() -> portal.registerAccount(order));
    execution.setVariable(SPLP_ACCOUNT, account.userName());
    execution.setVariable(
        SplpPortalWork.ACCOUNT_REGISTRATION,
        "Akun SPLP "
            + account.userName()
            + " didaftarkan oleh sistem di "
            + account.portal()
            + " pada "
            + SplpPortalWork.today()
            + ".");
    ProcessNotes.append(execution, "Langkah 5: " + account.note());
  }
}
