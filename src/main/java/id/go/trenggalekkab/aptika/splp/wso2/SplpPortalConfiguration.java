package id.go.trenggalekkab.aptika.splp.wso2;

import id.go.trenggalekkab.aptika.splp.SplpPortal;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The SPLP portal: one adapter over WSO2's APIs, pointed by {@code aptika.splp.mode} at
 *
 * <ul>
 *   <li>{@code simulator} (default): the offline simulator the application serves itself, with a
 *       service account made for this run; nothing to configure;
 *   <li>{@code wso2}: a real WSO2 API Manager, bound from {@code aptika.splp.portal.*}; a missing
 *       base URL or credential stops the start-up with a message naming the setting.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SplpPortalConfiguration {

  @Bean
  @ConditionalOnProperty(name = "aptika.splp.mode", havingValue = "wso2")
  SplpPortalProperties splpPortalProperties(Environment environment) {
    return Binder.get(environment).bindOrCreate("aptika.splp.portal", SplpPortalProperties.class);
  }

  /**
   * The simulator listens on the application's own port, known only once the web server runs: hence
   * lazy, and built on first use.
   */
  @Bean
  @Lazy
  @ConditionalOnProperty(
      name = "aptika.splp.mode",
      havingValue = "simulator",
      matchIfMissing = true)
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
            + "/splp-simulator";
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

  @Bean
  @Lazy
  PortalTokens splpPortalTokens(SplpPortalProperties properties) {
    return new PortalTokens(properties, PortalHttp.restClient(properties), Clock.systemUTC());
  }

  @Bean
  @Lazy
  Wso2ScimClient wso2ScimClient(SplpPortalProperties properties, PortalTokens tokens) {
    return new Wso2ScimClient(properties, tokens, PortalHttp.restClient(properties));
  }

  @Bean
  @Lazy
  Wso2ApiManagerClient wso2ApiManagerClient(SplpPortalProperties properties, PortalTokens tokens) {
    return new Wso2ApiManagerClient(properties, tokens, PortalHttp.restClient(properties));
  }

  @Bean
  SplpPortal splpPortal(
      ObjectProvider<Wso2ScimClient> scim,
      ObjectProvider<Wso2ApiManagerClient> apiManager,
      ObjectProvider<SplpPortalProperties> properties,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      @Value("${aptika.splp.mode:simulator}") String mode) {
    return new Wso2SplpPortal(
        scim,
        apiManager,
        properties::getObject,
        new PortalAttempts(jdbc, transactions),
        mode.equals("wso2")
            ? "portal SPLP"
            : "SIMULATOR portal SPLP (offline, bukan splp.layanan.go.id)");
  }
}
