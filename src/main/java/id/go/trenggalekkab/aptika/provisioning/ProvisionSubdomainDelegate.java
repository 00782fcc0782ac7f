package id.go.trenggalekkab.aptika.provisioning;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.request.ServiceType;
import id.go.trenggalekkab.aptika.system.Integrations;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Step 5 of SOP 060/018, "Melakukan pembuatan layanan sub domain": reserves the name in the
 * registry, then creates the DNS record and, when asked, the hosting where they are integrated.
 * What is in manual mode is left to the Pelaksana, with exact instructions ({@link ManualWork});
 * the registry entry stays {@code DIPROSES} until the Pelaksana confirms it.
 *
 * <p>A name that the registry or DNS already gives to someone else is a business outcome: {@link
 * #NAME_TAKEN}, which the model routes back to the applicant with the reason. A server that fails
 * is a technical one: the exception makes the job retry, then an incident that names the cause.
 */
@Component("provisionSubdomainDelegate")
class ProvisionSubdomainDelegate implements JavaDelegate {

  /** What was created, for the Pelaksana's step 6 form. */
  static final String CREATED_SERVICE = "createdService";

  /** The BPMN error code of a name taken in DNS. */
  static final String NAME_TAKEN = "SUBDOMAIN_NAME_TAKEN";

  private final ProvisioningAdapters adapters;
  private final Integrations integrations;
  private final ServiceRegistry registry;
  private final int ttl;
  private final String webRoot;

  ProvisionSubdomainDelegate(
      ProvisioningAdapters adapters,
      Integrations integrations,
      ServiceRegistry registry,
      @Value("${aptika.dns.ttl:3600}") int ttl,
      @Value("${aptika.hosting.nginx.web-root:/var/www}") String webRoot) {
    this.adapters = adapters;
    this.integrations = integrations;
    this.registry = registry;
    this.ttl = ttl;
    this.webRoot = webRoot;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SubdomainOrder order =
        new SubdomainOrder(
            execution.getProcessInstanceId(),
            (String) execution.getVariable(UNIT_ID),
            (String) execution.getVariable(SUBDOMAIN_NAME),
            adapters.zone(),
            ServiceType.valueOf((String) execution.getVariable(SERVICE_TYPE)),
            (String) execution.getVariable(TARGET_ADDRESS));
    boolean hosted = order.serviceType() == ServiceType.HOSTING;
    boolean dnsByHand = integrations.manual("dns");
    boolean hostingByHand = hosted && integrations.manual("hosting");
    DnsRecord record = order.record(adapters.hostingAddress().orElse(null), ttl);
    String requestId = order.processInstanceId();

    List<String> done = new ArrayList<>();
    try {
      boolean resumed = registry.reserve(reservation(order, execution));
      if (!dnsByHand) {
        done.add(createRecord(order, record, resumed));
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
    WebHosting.Site site = null;
    if (hosted && !hostingByHand) {
      site = adapters.hosting().orElseThrow().create(order.fqdn(), requestId);
      done.add(site.note());
    }
    execution.setVariable(SUBDOMAIN_FQDN, order.fqdn());
    if (dnsByHand || hostingByHand) {
      handOver(execution, order, record, dnsByHand, hostingByHand, done);
      return;
    }
    registry.complete(
        order.label(),
        requestId,
        new ServiceRegistry.Created(
            ServiceRegistry.ACTIVE,
            record.type(),
            record.data(),
            record.ttl(),
            site == null ? null : site.provider(),
            site == null ? null : site.documentRoot()));
    execution.setVariable(
        CREATED_SERVICE,
        ServiceStatement.summary(
            record,
            site == null ? null : site.provider(),
            site == null ? null : site.documentRoot()));
    execution.setVariable(SERVICE_STATEMENT, ServiceStatement.bySystem(order, record));
    ProcessNotes.append(execution, "Langkah 5: " + String.join(" ", done));
  }

  private String createRecord(SubdomainOrder order, DnsRecord record, boolean resumed) {
    SubdomainDns.Result created =
        adapters.dns().orElseThrow().create(record, order.processInstanceId());
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
    return created.note();
  }

  /** The Pelaksana's instructions for what no adapter does, and the mode shown with them. */
  private void handOver(
      DelegateExecution execution,
      SubdomainOrder order,
      DnsRecord record,
      boolean dnsByHand,
      boolean hostingByHand,
      List<String> done) {
    execution.setVariable(ManualWork.PARTS, ManualWork.parts(dnsByHand, hostingByHand));
    List<String> modes = new ArrayList<>();
    if (dnsByHand) {
      modes.add("integrasi DNS belum dikonfigurasi (aptika.dns.mode=manual)");
    }
    if (hostingByHand) {
      modes.add("integrasi hosting belum dikonfigurasi (aptika.hosting.mode=manual)");
    }
    execution.setVariable(ManualWork.MODE_NOTE, "Mode manual: " + String.join("; ", modes) + ".");
    execution.setVariable(ManualWork.RECORD_NAME, record.fqdn());
    execution.setVariable(ManualWork.RECORD_TYPE, record.type());
    execution.setVariable(ManualWork.RECORD_TARGET, record.data());
    execution.setVariable(ManualWork.RECORD_TTL, record.ttl() + " detik");
    boolean addressKnown = !SubdomainOrder.UNKNOWN_HOSTING_ADDRESS.equals(record.data());
    execution.setVariable(ManualWork.CONFIRMED_TARGET, addressKnown ? record.data() : null);
    if (hostingByHand) {
      String root = webRoot.replaceAll("/+$", "") + "/" + order.fqdn();
      execution.setVariable(ManualWork.VHOST_SERVER_NAME, order.fqdn());
      execution.setVariable(ManualWork.VHOST_DOCUMENT_ROOT, root);
      execution.setVariable(ManualWork.CONFIRMED_DOCUMENT_ROOT, root);
    }
    List<String> work = new ArrayList<>();
    if (dnsByHand) {
      work.add("rekaman DNS " + record.describe());
    }
    if (hostingByHand) {
      work.add("virtual host nginx untuk " + order.fqdn());
    }
    ProcessNotes.append(
        execution,
        "Langkah 5: nama "
            + order.fqdn()
            + " dicadangkan di daftar layanan (DIPROSES). "
            + (done.isEmpty() ? "" : String.join(" ", done) + " ")
            + "Belum dibuat: "
            + String.join(" dan ", work)
            + " menunggu dibuat secara manual oleh Pelaksana. "
            + execution.getVariable(ManualWork.MODE_NOTE));
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
}
