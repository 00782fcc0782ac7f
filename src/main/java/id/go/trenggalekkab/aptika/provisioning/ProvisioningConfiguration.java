package id.go.trenggalekkab.aptika.provisioning;

import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Chooses how step 5 is done, by configuration alone: {@code aptika.dns.mode} ({@code manual}, the
 * default, or {@code rfc2136}) and {@code aptika.hosting.mode} ({@code manual}, the default, or
 * {@code nginx}). In manual mode there is no adapter: the process gives the Pelaksana the work
 * ({@code ${integrations.manual('dns')}}). A real adapter with a missing setting, or an unknown
 * mode, stops the start-up with a message naming the setting.
 */
@Configuration(proxyBeanMethods = false)
class ProvisioningConfiguration {

  static final String MANUAL = "manual";
  static final String TSIG_SECRET = "aptika.dns.tsig-secret";

  @Bean
  ProvisioningAdapters provisioningAdapters(Environment environment) {
    Optional<String> hostingAddress =
        Optional.ofNullable(environment.getProperty("aptika.hosting.address"))
            .map(String::strip)
            .filter(address -> !address.isEmpty());
    String zone = environment.getProperty("aptika.dns.zone", "trenggalekkab.go.id");
    return new ProvisioningAdapters(
        subdomainDns(environment, hostingAddress), webHosting(environment), zone, hostingAddress);
  }

  static Optional<WebHosting> webHosting(Environment environment) {
    String mode = environment.getProperty("aptika.hosting.mode", MANUAL);
    return switch (mode) {
      case MANUAL -> Optional.empty();
      case "nginx" ->
          Optional.of(
              new NginxHosting(
                  environment.getProperty("aptika.hosting.address"),
                  Binder.get(environment)
                      .bindOrCreate("aptika.hosting.nginx", NginxHosting.Settings.class)));
      default -> throw unknownMode("aptika.hosting.mode", mode, "manual, nginx");
    };
  }

  static Optional<SubdomainDns> subdomainDns(
      Environment environment, Optional<String> hostingAddress) {
    String mode = environment.getProperty("aptika.dns.mode", MANUAL);
    return switch (mode) {
      case MANUAL -> Optional.empty();
      case "rfc2136" -> {
        if (hostingAddress.isEmpty()) {
          throw new IllegalArgumentException(
              "aptika.hosting.address wajib diisi untuk aptika.dns.mode=rfc2136: alamat IP server"
                  + " hosting, tujuan rekaman A/AAAA permohonan dengan hosting.");
        }
        requireOutsideConfigurationFiles(environment, TSIG_SECRET);
        yield Optional.of(
            new Rfc2136Dns(
                Binder.get(environment).bindOrCreate("aptika.dns", Rfc2136Dns.Settings.class)));
      }
      default -> throw unknownMode("aptika.dns.mode", mode, "manual, rfc2136");
    };
  }

  /**
   * A secret is set in the environment (or on the command line), never in a configuration file that
   * could be committed or copied: one found in such a file stops the start-up.
   */
  static void requireOutsideConfigurationFiles(Environment environment, String property) {
    ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      ConfigurationProperty found = source.getConfigurationProperty(name);
      if (found != null
          && source.getUnderlyingSource() instanceof PropertySource<?> file
          && file.getName().startsWith("Config resource")) {
        throw new IllegalArgumentException(
            property
                + " tidak boleh ditulis di berkas konfigurasi ("
                + (found.getOrigin() == null ? file.getName() : found.getOrigin())
                + "): isi dari variabel lingkungan APTIKA_DNS_TSIGSECRET.");
      }
    }
  }

  private static IllegalArgumentException unknownMode(String setting, String mode, String known) {
    return new IllegalArgumentException(
        setting + "=" + mode + " tidak dikenal; pilihan: " + known + ".");
  }
}
