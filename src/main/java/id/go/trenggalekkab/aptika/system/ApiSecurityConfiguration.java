package id.go.trenggalekkab.aptika.system;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import jakarta.servlet.Filter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Who may call what over HTTP. The Camunda webapps (Tasklist, Cockpit, Admin) guard themselves with
 * their login. Everything else that answers with data needs an authenticated user, whose engine
 * authorizations then apply:
 *
 * <ul>
 *   <li>{@code /engine-rest/*}: HTTP Basic (the engine leaves it open by default);
 *   <li>{@code /api/*} and our pages for staff ({@code /integrasi}): the webapp session or HTTP
 *       Basic;
 *   <li>{@code /actuator/*}: the same, and an administrator or manager, except health; {@code
 *       /actuator/prometheus} also with the scraper's token ({@code aptika.metrics.token}).
 * </ul>
 *
 * <p>In front of all of them and of the webapps' login, {@link LoginThrottleFilter} throttles
 * password guessing.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

  static final String HEALTH_PATH = "/actuator/health";
  static final String PROMETHEUS_PATH = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    return authentication(
        "engineRestAuthentication",
        BasicAuthenticationProvider.class,
        List.of(),
        Map.of(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"),
        "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<Filter> applicationApiAuthentication() {
    return authentication(
        "applicationApiAuthentication",
        SessionOrBasicAuthenticationProvider.class,
        List.of(HEALTH_PATH),
        Map.of(),
        "/api/*",
        IntegrationStatusController.PAGE,
        "/actuator",
        "/actuator/*");
  }

  /** Ahead of every other filter: the login check is often the first to need the database. */
  @Bean
  FilterRegistrationBean<Filter> databaseUnavailable(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new DatabaseUnavailable());
    registration.setName("databaseUnavailable");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", webappPath + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> loginThrottling(
      LoginThrottle throttle,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            new LoginThrottleFilter(throttle, List.of(HEALTH_PATH), webappPath));
    registration.setName("loginThrottling");
    registration.addUrlPatterns(
        "/engine-rest/*",
        "/api/*",
        IntegrationStatusController.PAGE,
        "/actuator",
        "/actuator/*",
        webappPath + "/api/admin/auth/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> metricsScraper(@Value("${aptika.metrics.token:}") String token) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new MetricsScraperFilter(token));
    registration.setName("metricsScraper");
    registration.addUrlPatterns(PROMETHEUS_PATH);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 7);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> managementAccess(CurrentUser currentUser) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ManagementAccessFilter(currentUser, List.of(HEALTH_PATH)));
    registration.setName("managementAccess");
    registration.addUrlPatterns("/actuator", "/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }

  private static FilterRegistrationBean<Filter> authentication(
      String name,
      Class<?> provider,
      List<String> openPaths,
      Map<String, String> initParameters,
      String... urlPatterns) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new EngineAuthenticationFilter(openPaths));
    registration.setName(name);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
    initParameters.forEach(registration::addInitParameter);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
