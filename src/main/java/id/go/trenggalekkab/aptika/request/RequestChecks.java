package id.go.trenggalekkab.aptika.request;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link CompletenessCheck} of the application: the intake runs it at submission and step 4
 * runs it again, so that a request is judged by the same rules in both places.
 */
@Configuration(proxyBeanMethods = false)
class RequestChecks {

  @Bean
  CompletenessCheck completenessCheck(SubdomainRegistry registry) {
    return new CompletenessCheck(
        registry, CompletenessCheck.DEFAULT_RESERVED_NAMES, OfficeTime.clock());
  }
}
