package id.go.trenggalekkab.aptika.splp;

import static id.go.trenggalekkab.aptika.process.ProcessVariables.text;
import static id.go.trenggalekkab.aptika.request.RequestVariables.*;
import static id.go.trenggalekkab.aptika.splp.SplpAccountContract.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SOP 060/029 A step 5, "Mendaftarkan akun melalui https://splp.layanan.go.id/ untuk unit kerja
 * pemohon", in integrated mode ({@code aptika.splp.mode=wso2}). The account's name follows {@link
 * SplpPortalWork#userName}. A refusal is routed in the model to the Pelaksana; a portal that cannot
 * be reached fails the job, which is retried and then becomes an incident.
 */
@Component("registerSplpAccountDelegate")
class RegisterSplpAccountDelegate implements JavaDelegate {

  private final SplpPortal portal;

  RegisterSplpAccountDelegate(SplpPortal portal) {
    this.portal = portal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String email = text(execution, CONTACT_EMAIL);
    String userName = SplpPortalWork.userName(text(execution, SPLP_USER_NAME), email);
    execution.setVariable(SPLP_USER_NAME, userName);
    SplpPortal.AccountOrder order =
        new SplpPortal.AccountOrder(
            execution.getProcessInstanceId(),
            text(execution, UNIT_ID),
            userName,
            text(execution, CONTACT_NAME),
            email,
            text(execution, CONTACT_PHONE));
    SplpPortal.Account account = SplpRejection.routed(() -> portal.registerAccount(order));
    execution.setVariable(SPLP_ACCOUNT, account.userName());
    execution.setVariable(SPLP_ACCOUNT_REGISTRATION, SplpPortalWork.registeredBySystem(account));
    ProcessNotes.append(execution, "Langkah 5: " + account.note());
  }
}
