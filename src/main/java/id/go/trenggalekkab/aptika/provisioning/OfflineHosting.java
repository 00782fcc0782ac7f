package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.system.OfflineActionLog;
import java.util.Optional;

/** The default: touches no web server, records the virtual host it would create. */
class OfflineHosting implements WebHosting {

  private final OfflineActionLog log;
  private final String serverAddress;

  OfflineHosting(OfflineActionLog log, String serverAddress) {
    this.log = log;
    this.serverAddress = serverAddress;
  }

  @Override
  public Site create(String fqdn, String processInstanceId) {
    String vhost = "virtual host nginx untuk " + fqdn + " dengan halaman sementara";
    log.record("HOSTING", "BUAT_VIRTUAL_HOST", vhost, processInstanceId);
    return new Site(
        false, "offline", null, "Hosting: " + vhost + " dicatat, belum dibuat di server web.");
  }

  @Override
  public Optional<String> serverAddress() {
    return Optional.ofNullable(serverAddress).filter(a -> !a.isBlank());
  }
}
