package id.go.trenggalekkab.aptika.splp.wso2;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The real WSO2 API Manager clients, only with {@code aptika.splp.mode=wso2}. Without it nothing
 * here exists and the offline portal serves (the adapter from {@code SplpPortal} to these clients
 * is later work), so the default run needs no portal settings. With it, a missing base URL or
 * credential stops the start-up with a message naming the setting.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aptika.splp.mode", havingValue = "wso2")
class Wso2PortalConfiguration {

  @Bean
  SplpPortalProperties splpPortalProperties(Environment environment) {
    return Binder.get(environment).bindOrCreate("aptika.splp.portal", SplpPortalProperties.class);
  }

  @Bean
  PortalTokens splpPortalTokens(SplpPortalProperties properties) {
    return new PortalTokens(properties, PortalHttp.restClient(properties), Clock.systemUTC());
  }

  @Bean
  Wso2ScimClient wso2ScimClient(SplpPortalProperties properties, PortalTokens tokens) {
    return new Wso2ScimClient(properties, tokens, PortalHttp.restClient(properties));
  }

  @Bean
  Wso2ApiManagerClient wso2ApiManagerClient(SplpPortalProperties properties, PortalTokens tokens) {
    return new Wso2ApiManagerClient(properties, tokens, PortalHttp.restClient(properties));
  }
}
