package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.system.OfflineActionLog;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the DNS and hosting adapters of step 5 by configuration alone: {@code aptika.dns.mode}
 * ({@code offline}, the default, or {@code rfc2136}) and {@code aptika.hosting.mode} ({@code
 * offline}, the default, or {@code nginx}). The offline defaults need no other setting; a real
 * adapter with a missing setting, or an unknown mode, stops the start-up with a message naming the
 * setting.
 */
@Configuration(proxyBeanMethods = false)
class ProvisioningConfiguration {

  @Bean
  WebHosting webHosting(Environment environment, OfflineActionLog log) {
    String mode = environment.getProperty("aptika.hosting.mode", "offline");
    return switch (mode) {
      case "offline" -> new OfflineHosting(log, environment.getProperty("aptika.hosting.address"));
      case "nginx" ->
          new NginxHosting(
              environment.getProperty("aptika.hosting.address"),
              Binder.get(environment)
                  .bindOrCreate("aptika.hosting.nginx", NginxHosting.Settings.class));
      default -> throw unknownMode("aptika.hosting.mode", mode, "offline, nginx");
    };
  }

  @Bean
  SubdomainDns subdomainDns(Environment environment, OfflineActionLog log, WebHosting hosting) {
    String mode = environment.getProperty("aptika.dns.mode", "offline");
    String zone = environment.getProperty("aptika.dns.zone", "trenggalekkab.go.id");
    return switch (mode) {
      case "offline" -> new OfflineDns(log, zone);
      case "rfc2136" -> {
        if (hosting.serverAddress().isEmpty()) {
          throw new IllegalArgumentException(
              "aptika.hosting.address wajib diisi untuk aptika.dns.mode=rfc2136: alamat IP server"
                  + " hosting, tujuan rekaman A/AAAA permohonan dengan hosting.");
        }
        yield new Rfc2136Dns(
            Binder.get(environment).bindOrCreate("aptika.dns", Rfc2136Dns.Settings.class));
      }
      default -> throw unknownMode("aptika.dns.mode", mode, "offline, rfc2136");
    };
  }

  private static IllegalArgumentException unknownMode(String setting, String mode, String known) {
    return new IllegalArgumentException(
        setting + "=" + mode + " tidak dikenal; pilihan: " + known + ".");
  }
}
