package id.go.trenggalekkab.aptika.provisioning;

import static id.go.trenggalekkab.aptika.process.ProcessVariables.text;
import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.request.ServiceType;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the Pelaksana confirms the manual step 5: the DNS check of {@link ManualProvisioningCheck}.
 */
@Component("checkSubdomainInDnsDelegate")
class CheckSubdomainInDnsDelegate implements JavaDelegate {

  private final ManualProvisioningCheck check;

  CheckSubdomainInDnsDelegate(ManualProvisioningCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean hosted = ServiceType.HOSTING.name().equals(text(execution, SERVICE_TYPE));
    SubdomainProvisioning.Provisioned checked =
        check.check(
            new ManualProvisioningCheck.Confirmation(
                execution.getProcessInstanceId(),
                text(execution, SUBDOMAIN_NAME),
                text(execution, SUBDOMAIN_FQDN),
                text(execution, SubdomainHostingContract.DNS_CONFIRMED_TARGET),
                hosted,
                ManualWork.dnsByHand(execution),
                hosted && ManualWork.hostingByHand(execution),
                text(execution, SubdomainHostingContract.VHOST_CONFIRMED_DOCUMENT_ROOT),
                text(execution, SubdomainHostingContract.MANUAL_CONFIRMED_BY),
                OffsetDateTime.parse(text(execution, SubdomainHostingContract.MANUAL_CONFIRMED_AT)),
                text(execution, SubdomainHostingContract.MANUAL_NOTES)));
    execution.setVariables(checked.variables());
    ProcessNotes.append(execution, checked.note());
  }
}
