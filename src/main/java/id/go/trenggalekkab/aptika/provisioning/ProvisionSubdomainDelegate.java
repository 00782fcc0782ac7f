package id.go.trenggalekkab.aptika.provisioning;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.request.ServiceType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Step 5 of SOP 060/018, "Melakukan pembuatan layanan sub domain". */
@Component("provisionSubdomainDelegate")
class ProvisionSubdomainDelegate implements JavaDelegate {

  static final String SUBDOMAIN_FQDN = "subdomainFqdn";

  private final SubdomainProvisioner provisioner;
  private final ServiceRegistry registry;
  private final String zone;

  ProvisionSubdomainDelegate(
      SubdomainProvisioner provisioner,
      ServiceRegistry registry,
      @Value("${aptika.provisioning.zone:trenggalekkab.go.id}") String zone) {
    this.provisioner = provisioner;
    this.registry = registry;
    this.zone = zone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SubdomainOrder order =
        new SubdomainOrder(
            execution.getProcessInstanceId(),
            (String) execution.getVariable(UNIT_ID),
            (String) execution.getVariable(SUBDOMAIN_NAME),
            zone,
            ServiceType.valueOf((String) execution.getVariable(SERVICE_TYPE)),
            (String) execution.getVariable(TARGET_ADDRESS));
    SubdomainProvisioner.Outcome outcome = provisioner.provision(order);
    registry.record(
        new ServiceRegistry.Entry(
            order.label(),
            order.fqdn(),
            order.serviceType().name(),
            order.recordType(),
            order.serviceType() == ServiceType.HOSTING ? null : order.targetAddress(),
            order.unitId(),
            order.processInstanceId(),
            (String) execution.getVariable(REQUEST_LETTER_NUMBER),
            (String) execution.getVariable(CONTACT_NAME),
            (String) execution.getVariable(CONTACT_EMAIL),
            outcome.status()));
    execution.setVariable(SUBDOMAIN_FQDN, order.fqdn());
    ProcessNotes.append(execution, "Langkah 5: " + outcome.note());
  }
}
