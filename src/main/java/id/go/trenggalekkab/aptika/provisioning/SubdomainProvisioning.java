package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.request.ServiceType;
import id.go.trenggalekkab.aptika.system.Integrations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Step 5 of SOP 060/018, "Melakukan pembuatan layanan sub domain": reserves the name in the
 * registry, then creates the DNS record and, when asked, the hosting where they are integrated.
 * What is in manual mode is left to the Pelaksana, with exact instructions ({@link ManualWork});
 * the registry entry stays {@code DIPROSES} until the Pelaksana confirms it, or, for a site the
 * system made, until the next step finds it served ({@link VirtualHostCheck}).
 *
 * <p>A name that the registry or DNS already gives to someone else is a {@link NameTakenException}
 * (the reservation is given back). A server that fails is a {@link ProvisioningFailedException}; a
 * reservation is given back only when nothing was changed.
 */
@Service
class SubdomainProvisioning {

  /** The request as step 5 reads it. */
  record Application(
      String processInstanceId,
      String unitId,
      String label,
      ServiceType serviceType,
      String targetAddress,
      String requestLetterNumber,
      String contactName,
      String contactEmail,
      String contactPhone) {}

  /** The variables step 5 sets for the later steps and forms, and its line in the notes. */
  record Provisioned(Map<String, Object> variables, String note) {}

  private final ProvisioningAdapters adapters;
  private final Integrations integrations;
  private final ServiceRegistry registry;
  private final int ttl;
  private final String webRoot;

  SubdomainProvisioning(
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

  Provisioned provision(Application application) {
    SubdomainOrder order =
        new SubdomainOrder(
            application.processInstanceId(),
            application.unitId(),
            application.label(),
            adapters.zone(),
            application.serviceType(),
            application.targetAddress());
    boolean hosted = order.serviceType() == ServiceType.HOSTING;
    boolean dnsByHand = integrations.manual("dns");
    boolean hostingByHand = hosted && integrations.manual("hosting");
    DnsRecord record = order.record(adapters.hostingAddress().orElse(null), ttl);
    String requestId = order.processInstanceId();

    List<String> done = new ArrayList<>();
    try {
      boolean resumed = registry.reserve(reservation(order, application));
      if (!dnsByHand) {
        done.add(createRecord(order, record, resumed));
      }
    } catch (NameTakenException e) {
      registry.release(order.label(), requestId);
      throw e;
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
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(RequestVariables.SUBDOMAIN_FQDN, order.fqdn());
    if (dnsByHand || hostingByHand) {
      return handOver(variables, order, record, dnsByHand, hostingByHand, done);
    }
    String provider = site == null ? null : site.provider();
    String documentRoot = site == null ? null : site.documentRoot();
    // a site the system made is AKTIF, and said to exist, only once it is served (VirtualHostCheck)
    registry.complete(
        order.label(),
        requestId,
        new ServiceRegistry.Created(
            site == null ? ServiceRegistry.ACTIVE : ServiceRegistry.RESERVED,
            record.type(),
            record.data(),
            record.ttl(),
            provider,
            documentRoot));
    if (site == null) {
      variables.putAll(
          ServiceStatement.bySystem(order.serviceType(), record, provider, documentRoot));
    }
    return new Provisioned(variables, "Langkah 5: " + String.join(" ", done));
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
  private Provisioned handOver(
      Map<String, Object> variables,
      SubdomainOrder order,
      DnsRecord record,
      boolean dnsByHand,
      boolean hostingByHand,
      List<String> done) {
    variables.put(SubdomainHostingContract.MANUAL_WORK, ManualWork.parts(dnsByHand, hostingByHand));
    List<String> modes = new ArrayList<>();
    if (dnsByHand) {
      modes.add("integrasi DNS belum dikonfigurasi (aptika.dns.mode=manual)");
    }
    if (hostingByHand) {
      modes.add("integrasi hosting belum dikonfigurasi (aptika.hosting.mode=manual)");
    }
    String modeNote = "Mode manual: " + String.join("; ", modes) + ".";
    variables.put(SubdomainHostingContract.INTEGRATION_MODE_NOTE, modeNote);
    variables.put(SubdomainHostingContract.DNS_RECORD_NAME, record.fqdn());
    variables.put(SubdomainHostingContract.DNS_RECORD_TYPE, record.type());
    variables.put(SubdomainHostingContract.DNS_RECORD_TARGET, record.data());
    variables.put(SubdomainHostingContract.DNS_RECORD_TTL, record.ttl() + " detik");
    boolean addressKnown = !SubdomainOrder.UNKNOWN_HOSTING_ADDRESS.equals(record.data());
    variables.put(
        SubdomainHostingContract.DNS_CONFIRMED_TARGET, addressKnown ? record.data() : null);
    if (hostingByHand) {
      String root = webRoot.replaceAll("/+$", "") + "/" + order.fqdn();
      variables.put(SubdomainHostingContract.VHOST_SERVER_NAME, order.fqdn());
      variables.put(SubdomainHostingContract.VHOST_DOCUMENT_ROOT, root);
      variables.put(SubdomainHostingContract.VHOST_CONFIRMED_DOCUMENT_ROOT, root);
    }
    List<String> work = new ArrayList<>();
    if (dnsByHand) {
      work.add("rekaman DNS " + record.describe());
    }
    if (hostingByHand) {
      work.add("virtual host nginx untuk " + order.fqdn());
    }
    return new Provisioned(
        variables,
        "Langkah 5: nama "
            + order.fqdn()
            + " dicadangkan di daftar layanan (DIPROSES). "
            + (done.isEmpty() ? "" : String.join(" ", done) + " ")
            + "Belum dibuat: "
            + String.join(" dan ", work)
            + " menunggu dibuat secara manual oleh Pelaksana. "
            + modeNote);
  }

  private static ServiceRegistry.Request reservation(
      SubdomainOrder order, Application application) {
    return new ServiceRegistry.Request(
        order.label(),
        order.fqdn(),
        order.serviceType().name(),
        order.unitId(),
        order.processInstanceId(),
        application.requestLetterNumber(),
        application.contactName(),
        application.contactEmail(),
        application.contactPhone());
  }
}
