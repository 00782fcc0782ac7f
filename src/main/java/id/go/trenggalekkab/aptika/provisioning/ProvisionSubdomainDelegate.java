package id.go.trenggalekkab.aptika.provisioning;

import static id.go.trenggalekkab.aptika.process.ProcessVariables.text;
import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.request.ServiceType;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 5 of SOP 060/018 ({@link SubdomainProvisioning}). A name already given to someone else is a
 * business outcome, {@link SubdomainHostingContract#SUBDOMAIN_NAME_TAKEN}, which the model routes
 * back to the applicant with the reason; a server that fails makes the job retry, then an incident
 * that names the cause.
 */
@Component("provisionSubdomainDelegate")
class ProvisionSubdomainDelegate implements JavaDelegate {

  private final SubdomainProvisioning provisioning;

  ProvisionSubdomainDelegate(SubdomainProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SubdomainProvisioning.Application application =
        new SubdomainProvisioning.Application(
            execution.getProcessInstanceId(),
            text(execution, UNIT_ID),
            text(execution, SUBDOMAIN_NAME),
            ServiceType.valueOf(text(execution, SERVICE_TYPE)),
            text(execution, TARGET_ADDRESS),
            text(execution, REQUEST_LETTER_NUMBER),
            text(execution, CONTACT_NAME),
            text(execution, CONTACT_EMAIL),
            text(execution, CONTACT_PHONE));
    try {
      SubdomainProvisioning.Provisioned provisioned = provisioning.provision(application);
      execution.setVariables(provisioned.variables());
      ProcessNotes.append(execution, provisioned.note());
    } catch (NameTakenException e) {
      throw new BpmnError(SubdomainHostingContract.SUBDOMAIN_NAME_TAKEN, e.getMessage());
    }
  }
}
