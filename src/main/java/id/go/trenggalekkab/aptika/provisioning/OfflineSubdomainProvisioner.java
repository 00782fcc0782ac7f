package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.request.ServiceType;
import id.go.trenggalekkab.aptika.system.OfflineActionLog;
import org.springframework.stereotype.Component;

/** The default: touches no server, records the DNS record and virtual host it would create. */
@Component
class OfflineSubdomainProvisioner implements SubdomainProvisioner {

  private final OfflineActionLog log;

  OfflineSubdomainProvisioner(OfflineActionLog log) {
    this.log = log;
  }

  @Override
  public Outcome provision(SubdomainOrder order) {
    String target =
        order.serviceType() == ServiceType.HOSTING
            ? "server hosting kantor"
            : order.targetAddress();
    String dns =
        "rekaman "
            + order.recordType()
            + " "
            + order.fqdn()
            + " -> "
            + target
            + " (pembaruan DNS RFC 2136)";
    log.record("DNS", "BUAT_REKAMAN", dns, order.processInstanceId());
    String note = "Mode offline: " + dns + " dicatat, belum dibuat di server DNS.";
    if (order.serviceType() == ServiceType.HOSTING) {
      String vhost = "virtual host nginx untuk " + order.fqdn() + " dengan halaman sementara";
      log.record("HOSTING", "BUAT_VIRTUAL_HOST", vhost, order.processInstanceId());
      note += " Hosting: " + vhost + " dicatat, belum dibuat di server web.";
    }
    return new Outcome("DICATAT", note);
  }
}
