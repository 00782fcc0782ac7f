package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.request.ServiceType;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * After step 5 made a site on the web server ({@code aptika.hosting.mode=nginx}): asks the web
 * server once whether it serves the new name. Not yet served is a technical failure, so the engine
 * retries the step on its short cycle and then raises an incident that names the name and the URL
 * asked; nothing here waits. A served site makes the registry entry {@code AKTIF} and gives the
 * step 6 form and the letter what was made, unless the Pelaksana still has DNS work to do by hand
 * (then the check after that confirmation does).
 */
@Service
class VirtualHostCheck {

  private final ProvisioningAdapters adapters;
  private final ServiceRegistry registry;

  VirtualHostCheck(ProvisioningAdapters adapters, ServiceRegistry registry) {
    this.adapters = adapters;
    this.registry = registry;
  }

  SubdomainProvisioning.Provisioned check(
      String label, String fqdn, String processInstanceId, boolean manualWorkFollows) {
    WebHosting hosting =
        adapters
            .hosting()
            .orElseThrow(
                () ->
                    new ProvisioningFailedException(
                        "Virtual host "
                            + fqdn
                            + " tidak dapat diperiksa: integrasi hosting tidak dikonfigurasi"
                            + " (aptika.hosting.mode=manual), padahal sistem yang membuatnya.",
                        false));
    String served = "Langkah 5: " + hosting.checkServed(fqdn);
    if (manualWorkFollows) {
      return new SubdomainProvisioning.Provisioned(Map.of(), served);
    }
    ServiceRegistry.Entry entry = registry.activate(label, processInstanceId);
    DnsRecord record = new DnsRecord(entry.fqdn(), entry.recordType(), entry.target(), entry.ttl());
    return new SubdomainProvisioning.Provisioned(
        ServiceStatement.bySystem(
            ServiceType.valueOf(entry.serviceType()),
            record,
            entry.hostingProvider(),
            entry.documentRoot()),
        served + " Daftar layanan: " + ServiceRegistry.ACTIVE + ".");
  }
}
