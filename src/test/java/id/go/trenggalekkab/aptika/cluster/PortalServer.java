package id.go.trenggalekkab.aptika.cluster;

import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulatorConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The SPLP portal simulator served from the test's own JVM, outside the application nodes: what it
 * holds (accounts, applications, keys) survives a node killed in the middle of a step, as the real
 * portal would, so the test can count what exists twice.
 */
final class PortalServer implements AutoCloseable {

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({
    ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    JacksonAutoConfiguration.class
  })
  @ComponentScan("id.go.trenggalekkab.aptika.splp.simulator")
  static class SimulatorOnly {}

  private final ConfigurableApplicationContext context;

  private PortalServer(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static PortalServer start() {
    return new PortalServer(
        new SpringApplicationBuilder(SimulatorOnly.class)
            .profiles(SplpSimulatorConfiguration.PROFILE)
            .run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                // none of the application's own settings: this is the portal, not a node
                "--spring.config.name=aptika-portal-simulator",
                "--spring.main.banner-mode=off"));
  }

  SplpSimulator simulator() {
    return context.getBean(SplpSimulator.class);
  }

  /** The settings with which a node's WSO2 adapter calls this portal. */
  Map<String, String> nodeProperties() {
    String port = context.getBean(Environment.class).getRequiredProperty("local.server.port");
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("aptika.splp.mode", "wso2");
    properties.put("aptika.splp.portal.base-url", "http://127.0.0.1:" + port + "/splp-simulator");
    properties.put("aptika.splp.portal.tenant", simulator().tenant());
    properties.put("aptika.splp.portal.username", simulator().serviceAccount());
    properties.put("aptika.splp.portal.password", simulator().serviceAccountPassword());
    return properties;
  }

  @Override
  public void close() {
    context.close();
  }
}
