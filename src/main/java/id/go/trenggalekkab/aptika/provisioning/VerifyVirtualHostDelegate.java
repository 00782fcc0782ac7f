package id.go.trenggalekkab.aptika.provisioning;

import static id.go.trenggalekkab.aptika.process.ProcessVariables.text;
import static id.go.trenggalekkab.aptika.request.RequestVariables.SUBDOMAIN_FQDN;
import static id.go.trenggalekkab.aptika.request.RequestVariables.SUBDOMAIN_NAME;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Memeriksa virtual host", after step 5 made a site on the web server: the one check of {@link
 * VirtualHostCheck}; a site not served yet throws, and the step's retry cycle decides the rest.
 */
@Component("verifyVirtualHostDelegate")
class VerifyVirtualHostDelegate implements JavaDelegate {

  private final VirtualHostCheck check;

  VerifyVirtualHostDelegate(VirtualHostCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SubdomainProvisioning.Provisioned checked =
        check.check(
            text(execution, SUBDOMAIN_NAME),
            text(execution, SUBDOMAIN_FQDN),
            execution.getProcessInstanceId(),
            execution.hasVariable(SubdomainHostingContract.MANUAL_WORK));
    execution.setVariables(checked.variables());
    ProcessNotes.append(execution, checked.note());
  }
}
