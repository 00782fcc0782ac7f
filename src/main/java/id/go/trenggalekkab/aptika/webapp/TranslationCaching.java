package id.go.trenggalekkab.aptika.webapp;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The webapps fetch their translations as {@code app/<app>/locales/<language>.json?bust=7.24.0}, a
 * URL that stays the same when our translation changes, and the server sends them without {@code
 * Cache-Control}, so a browser may keep an old copy for days. Told {@code no-cache}, it asks again
 * each time (an unchanged file costs a 304). With the translations' version in the localStorage key
 * (see {@code app/aptika/bahasa.js}) an improved translation reaches every browser at its next page
 * load.
 */
@Configuration(proxyBeanMethods = false)
class TranslationCaching {

  static final Pattern TRANSLATIONS = Pattern.compile("/camunda/app/[a-z]+/locales/[a-z]+\\.json");

  @Bean
  FilterRegistrationBean<Filter> translationsRevalidated() {
    Filter filter =
        (request, response, chain) -> {
          if (TRANSLATIONS.matcher(((HttpServletRequest) request).getRequestURI()).matches()) {
            ((HttpServletResponse) response).setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
          }
          chain.doFilter(request, response);
        };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("translationsRevalidated");
    registration.addUrlPatterns("/camunda/app/*");
    return registration;
  }
}
