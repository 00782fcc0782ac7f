package id.go.trenggalekkab.aptika.splp.simulator;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The offline SPLP portal simulator: the default, {@code aptika.splp.mode=simulator}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aptika.splp.mode", havingValue = "simulator", matchIfMissing = true)
class SplpSimulatorConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SplpSimulatorConfiguration.class);

  @Bean
  SplpSimulator splpSimulator(
      @Value("${aptika.splp.portal.tenant:trenggalekkab.go.id}") String tenant,
      @Value("${aptika.splp.simulator.apis:simalik/1.0,satudata/2.0,dukcapil/1.0,sipd/1.0}")
          List<String> apis) {
    LOG.warn(
        "Portal SPLP: SIMULATOR offline di {} (aptika.splp.mode=simulator). Akun dan aplikasi"
            + " hanya dibuat di simulator ini, bukan di splp.layanan.go.id. API yang dikenal: {}.",
        SplpSimulatorController.ROOT,
        apis);
    return new SplpSimulator(tenant, apis);
  }
}
