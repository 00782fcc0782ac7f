package id.go.trenggalekkab.aptika.provisioning;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.request.ServiceType;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Step 5 of SOP 060/018, "Melakukan pembuatan layanan sub domain": reserves the name in the
 * registry, creates the DNS record and, when asked, the hosting, then records what exists.
 *
 * <p>A name that DNS already gives to someone else is a business outcome: {@link #NAME_TAKEN},
 * which the model routes back to the applicant with the reason. A server that fails is a technical
 * one: the exception makes the job retry, then an incident that names the cause.
 */
@Component("provisionSubdomainDelegate")
class ProvisionSubdomainDelegate implements JavaDelegate {

  /** What was created, for the Pelaksana's step 6 form. */
  static final String CREATED_SERVICE = "createdService";

  /** The BPMN error code of a name taken in DNS. */
  static final String NAME_TAKEN = "SUBDOMAIN_NAME_TAKEN";

  private final SubdomainDns dns;
  private final WebHosting hosting;
  private final ServiceRegistry registry;
  private final int ttl;

  ProvisionSubdomainDelegate(
      SubdomainDns dns,
      WebHosting hosting,
      ServiceRegistry registry,
      @Value("${aptika.dns.ttl:3600}") int ttl) {
    this.dns = dns;
    this.hosting = hosting;
    this.registry = registry;
    this.ttl = ttl;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SubdomainOrder order =
        new SubdomainOrder(
            execution.getProcessInstanceId(),
            (String) execution.getVariable(UNIT_ID),
            (String) execution.getVariable(SUBDOMAIN_NAME),
            dns.zone(),
            ServiceType.valueOf((String) execution.getVariable(SERVICE_TYPE)),
            (String) execution.getVariable(TARGET_ADDRESS));
    boolean hosted = order.serviceType() == ServiceType.HOSTING;
    DnsRecord record = order.record(hosting.serverAddress().orElse(null), ttl);
    String requestId = order.processInstanceId();

    boolean resumed;
    SubdomainDns.Result created;
    try {
      resumed = registry.reserve(reservation(order, execution));
      created = dns.create(record, requestId);
      if (created.outcome() == SubdomainDns.Outcome.ALREADY_PRESENT && !resumed) {
        throw new NameTakenException(
            "Nama "
                + order.fqdn()
                + " sudah ada di DNS ("
                + record.type()
                + " "
                + record.data()
                + ") tetapi tidak tercatat di daftar layanan. Silakan ajukan nama sub domain lain.");
      }
    } catch (NameTakenException e) {
      registry.release(order.label(), requestId);
      throw new BpmnError(NAME_TAKEN, e.getMessage());
    } catch (ProvisioningFailedException e) {
      if (e.definitelyUnchanged()) {
        registry.releaseNow(order.label(), requestId);
      }
      throw e;
    }
    WebHosting.Site site = hosted ? hosting.create(order.fqdn(), requestId) : null;

    boolean real = created.outcome() != SubdomainDns.Outcome.RECORDED_OFFLINE;
    boolean allReal = real && (site == null || site.created());
    registry.complete(
        order.label(),
        requestId,
        new ServiceRegistry.Created(
            allReal ? ServiceRegistry.ACTIVE : ServiceRegistry.RECORDED_OFFLINE,
            record.type(),
            record.data(),
            record.ttl(),
            site == null ? null : site.provider(),
            site == null ? null : site.documentRoot()));
    String note = created.note() + (site == null ? "" : " " + site.note());
    execution.setVariable(SUBDOMAIN_FQDN, order.fqdn());
    execution.setVariable(CREATED_SERVICE, summary(record, site, allReal));
    ProcessNotes.append(execution, "Langkah 5: " + note);
  }

  private static ServiceRegistry.Request reservation(
      SubdomainOrder order, DelegateExecution execution) {
    return new ServiceRegistry.Request(
        order.label(),
        order.fqdn(),
        order.serviceType().name(),
        order.unitId(),
        order.processInstanceId(),
        ProcessNotes.text(execution, REQUEST_LETTER_NUMBER),
        ProcessNotes.text(execution, CONTACT_NAME),
        ProcessNotes.text(execution, CONTACT_EMAIL),
        ProcessNotes.text(execution, CONTACT_PHONE));
  }

  private static String summary(DnsRecord record, WebHosting.Site site, boolean real) {
    String text =
        "Rekaman DNS: "
            + record.describe()
            + "\nHosting: "
            + (site == null
                ? "tidak diminta"
                : site.provider()
                    + (site.documentRoot() == null ? "" : ", document root " + site.documentRoot()))
            + "\nStatus di daftar layanan: "
            + (real
                ? ServiceRegistry.ACTIVE
                : ServiceRegistry.RECORDED_OFFLINE + " (mode offline)");
    return text;
  }
}
