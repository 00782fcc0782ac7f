package id.go.trenggalekkab.aptika.splp;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SOP 060/029 A step 5, "Mendaftarkan akun melalui https://splp.layanan.go.id/ untuk unit kerja
 * pemohon". The account is named after the contact person's e-mail address.
 */
@Component("registerSplpAccountDelegate")
class RegisterSplpAccountDelegate implements JavaDelegate {

  static final String SPLP_ACCOUNT = "splpAccount";

  private final SplpPortal portal;

  RegisterSplpAccountDelegate(SplpPortal portal) {
    this.portal = portal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String email = (String) execution.getVariable(CONTACT_EMAIL);
    SplpPortal.Outcome outcome =
        portal.registerAccount(
            new SplpPortal.AccountOrder(
                execution.getProcessInstanceId(),
                (String) execution.getVariable(UNIT_ID),
                email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT),
                (String) execution.getVariable(CONTACT_NAME),
                email,
                (String) execution.getVariable(CONTACT_PHONE)));
    execution.setVariable(SPLP_ACCOUNT, outcome.reference());
    ProcessNotes.append(execution, "Langkah 5: " + outcome.note());
  }
}
