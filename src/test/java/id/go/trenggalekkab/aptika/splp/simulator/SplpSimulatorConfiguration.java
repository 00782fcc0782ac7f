package id.go.trenggalekkab.aptika.splp.simulator;

import id.go.trenggalekkab.aptika.splp.wso2.SplpPortalProperties;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The SPLP portal simulator, for tests and development only (it lives in test scope and never
 * reaches the jar): active with the Spring profile {@value #PROFILE}, which also sets {@code
 * aptika.splp.mode=wso2} (see {@code application-splp-simulator.yaml}), so the application's own
 * WSO2 adapter does step 5 of SOP A and step 3 of SOP B against the simulator. {@code mvn
 * spring-boot:test-run} starts the application so (see {@code TestAptikaApplication}).
 */
@Configuration(proxyBeanMethods = false)
@Profile(SplpSimulatorConfiguration.PROFILE)
public class SplpSimulatorConfiguration {

  public static final String PROFILE = "splp-simulator";

  private static final Logger LOG = LoggerFactory.getLogger(SplpSimulatorConfiguration.class);

  @Bean
  SplpSimulator splpSimulator(
      @Value("${aptika.splp.portal.tenant:trenggalekkab.go.id}") String tenant,
      @Value("${aptika.splp.simulator.apis:simalik/1.0,satudata/2.0,dukcapil/1.0,sipd/1.0}")
          List<String> apis) {
    LOG.warn(
        "Portal SPLP: SIMULATOR offline di {} (profil {}). Akun dan aplikasi hanya dibuat di"
            + " simulator ini, bukan di splp.layanan.go.id. API yang dikenal: {}.",
        SplpSimulatorController.ROOT,
        PROFILE,
        apis);
    return new SplpSimulator(tenant, apis);
  }

  /**
   * Where the adapter finds the simulator: on the application's own port, known only once the web
   * server runs, hence lazy and built on first use.
   */
  @Bean
  @Lazy
  SplpPortalProperties simulatedSplpPortalProperties(
      Environment environment, SplpSimulator simulator) {
    String address = environment.getProperty("server.address", "127.0.0.1");
    if (address.equals("0.0.0.0") || address.equals("::")) {
      address = "127.0.0.1";
    }
    String base =
        "http://"
            + (address.contains(":") ? "[" + address + "]" : address)
            + ":"
            + environment.getRequiredProperty("local.server.port")
            + environment.getProperty("server.servlet.context-path", "")
            + SplpSimulatorController.ROOT;
    return new SplpPortalProperties(
        base,
        null,
        null,
        simulator.tenant(),
        simulator.serviceAccount(),
        simulator.serviceAccountPassword(),
        Duration.ofSeconds(2),
        Duration.ofSeconds(10),
        null,
        null,
        null,
        null);
  }
}
