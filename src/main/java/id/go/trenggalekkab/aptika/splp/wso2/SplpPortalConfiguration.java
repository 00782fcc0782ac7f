package id.go.trenggalekkab.aptika.splp.wso2;

import id.go.trenggalekkab.aptika.splp.SplpPortal;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The SPLP portal's adapter over WSO2's APIs, used when {@code aptika.splp.mode=wso2}: a real WSO2
 * API Manager bound from {@code aptika.splp.portal.*}; a missing base URL or credential stops the
 * start-up with a message naming the setting. In the default mode, {@code manual}, the models give
 * the work to a person and nothing here is called. Tests and {@code mvn spring-boot:test-run} point
 * the adapter at a simulator instead (test scope, profile {@value #SIMULATOR_PROFILE}), which
 * supplies the properties itself.
 */
@Configuration(proxyBeanMethods = false)
class SplpPortalConfiguration {

  static final String SIMULATOR_PROFILE = "splp-simulator";

  @Bean
  @ConditionalOnProperty(name = "aptika.splp.mode", havingValue = "wso2")
  @Profile("!" + SIMULATOR_PROFILE)
  SplpPortalProperties splpPortalProperties(Environment environment) {
    return Binder.get(environment).bindOrCreate("aptika.splp.portal", SplpPortalProperties.class);
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
      PlatformTransactionManager transactions) {
    return new Wso2SplpPortal(
        scim, apiManager, properties::getObject, new PortalAttempts(jdbc, transactions));
  }
}
