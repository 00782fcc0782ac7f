package id.go.trenggalekkab.aptika.process;

import id.go.trenggalekkab.aptika.provisioning.ProvisioningFailedException;
import id.go.trenggalekkab.aptika.provisioning.WebHosting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A web server for the model's path through "Memeriksa virtual host" in the process tests: it makes
 * sites and serves a name only once told to, and counts the checks. The nginx adapter itself is
 * tested against a real nginx (NginxHostingIT, SubdomainProvisioningIT).
 */
final class WebServerDouble implements WebHosting {

  private final Set<String> served = new HashSet<>();
  private final List<String> checks = new ArrayList<>();

  @Override
  public Site create(String fqdn, String processInstanceId) {
    return new Site(
        true, "nginx", "/srv/www/" + fqdn, "Hosting: virtual host nginx " + fqdn + " dibuat.");
  }

  @Override
  public String checkServed(String fqdn) {
    checks.add(fqdn);
    if (!served.contains(fqdn)) {
      throw new ProvisioningFailedException(
          "Virtual host " + fqdn + " belum disajikan server web uji.", false);
    }
    return "virtual host " + fqdn + " disajikan server web uji.";
  }

  @Override
  public Optional<String> serverAddress() {
    return Optional.of("192.0.2.10");
  }

  void serve(String fqdn) {
    served.add(fqdn);
  }

  /** How often each check asked, in order. */
  List<String> checks() {
    return checks;
  }
}
