package id.go.trenggalekkab.aptika.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Choosing the adapters of step 5 by configuration, and refusing what cannot work. */
class ProvisioningConfigurationTest {

  private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ=";

  private final ProvisioningConfiguration configuration = new ProvisioningConfiguration();

  @Test
  void theDefaultsAreManualWithNoAdapterAndNeedNoSetting() {
    ProvisioningAdapters adapters =
        configuration.provisioningAdapters(environment(Map.of(), Map.of()));

    assertThat(adapters.dns()).isEmpty();
    assertThat(adapters.hosting()).isEmpty();
    assertThat(adapters.zone()).isEqualTo("trenggalekkab.go.id");
    assertThat(adapters.hostingAddress()).isEmpty();
  }

  @Test
  void rfc2136TakesItsSettingsAndTheSecretFromTheEnvironmentVariables() {
    StandardEnvironment environment =
        environment(
            Map.of("aptika.dns.mode", "rfc2136", "aptika.hosting.address", "192.0.2.1"),
            Map.of(
                "APTIKA_DNS_SERVER", "192.0.2.53",
                "APTIKA_DNS_TSIGKEYNAME", "aptika",
                "APTIKA_DNS_TSIGSECRET", SECRET));

    assertThat(configuration.provisioningAdapters(environment).dns())
        .get()
        .isInstanceOf(Rfc2136Dns.class);
  }

  @Test
  void aTsigSecretInAConfigurationFileStopsTheStart() {
    StandardEnvironment environment =
        environment(
            Map.of(
                "aptika.dns.mode", "rfc2136",
                "aptika.hosting.address", "192.0.2.1",
                "aptika.dns.server", "192.0.2.53",
                "aptika.dns.tsig-key-name", "aptika"),
            Map.of());
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "Config resource 'file [application.yaml]' via location 'optional:file:./'",
                Map.of("aptika.dns.tsig-secret", SECRET)));

    assertThatThrownBy(
            () -> ProvisioningConfiguration.subdomainDns(environment, Optional.of("192.0.2.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aptika.dns.tsig-secret tidak boleh ditulis di berkas konfigurasi")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void missingSettingsAndUnknownModesAreNamed() {
    assertThatThrownBy(
            () ->
                ProvisioningConfiguration.subdomainDns(
                    environment(Map.of("aptika.dns.mode", "rfc2136"), Map.of()), Optional.empty()))
        .hasMessageContaining("aptika.hosting.address wajib diisi");
    assertThatThrownBy(
            () ->
                ProvisioningConfiguration.subdomainDns(
                    environment(
                        Map.of("aptika.dns.mode", "rfc2136", "aptika.hosting.address", "192.0.2.1"),
                        Map.of()),
                    Optional.of("192.0.2.1")))
        .rootCause()
        .hasMessageContaining("aptika.dns.server wajib diisi untuk aptika.dns.mode=rfc2136");
    assertThatThrownBy(
            () ->
                ProvisioningConfiguration.webHosting(
                    environment(
                        Map.of(
                            "aptika.hosting.mode", "nginx", "aptika.hosting.address", "192.0.2.1"),
                        Map.of())))
        .rootCause()
        .hasMessageContaining("aptika.hosting.nginx.sites-dir wajib diisi");
    assertThatThrownBy(
            () ->
                ProvisioningConfiguration.webHosting(
                    environment(Map.of("aptika.hosting.mode", "apache"), Map.of())))
        .hasMessage("aptika.hosting.mode=apache tidak dikenal; pilihan: manual, nginx.");
    assertThatThrownBy(
            () ->
                configuration.subdomainDns(
                    environment(Map.of("aptika.dns.mode", "nsupdate"), Map.of()), Optional.empty()))
        .hasMessage("aptika.dns.mode=nsupdate tidak dikenal; pilihan: manual, rfc2136.");
  }

  private static StandardEnvironment environment(
      Map<String, Object> properties, Map<String, Object> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new HashMap<>(variables)));
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return environment;
  }
}
