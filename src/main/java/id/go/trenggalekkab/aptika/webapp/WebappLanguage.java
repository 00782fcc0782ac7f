package id.go.trenggalekkab.aptika.webapp;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/**
 * What the server adds to the Camunda webapps' Bahasa Indonesia (the rest is in {@code
 * app/aptika/bahasa.js}, see README "Bahasa Indonesia"):
 *
 * <ul>
 *   <li>The webapps fetch their translations as {@code
 *       app/<app>/locales/<language>.json?bust=7.24.0}, a URL that stays the same when our
 *       translation changes, and the server sends them without {@code Cache-Control}, so a browser
 *       may keep an old copy for days. Told {@code no-cache}, it asks again each time (an unchanged
 *       file costs a 304).
 *   <li>{@code /camunda/app/<app>/?lang=en} chooses English. Camunda redirects that address to its
 *       default engine's page and drops the query, so the choice would never reach the page: the
 *       redirect is made here, keeping it.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WebappLanguage {

  static final Pattern TRANSLATIONS = Pattern.compile("/camunda/app/[a-z]+/locales/[a-z]+\\.json");
  static final Pattern APP_START =
      Pattern.compile("/camunda/app/(admin|cockpit|tasklist|welcome)/?");

  @Bean
  FilterRegistrationBean<Filter> webappLanguageFilter() {
    Filter filter =
        (servletRequest, servletResponse, chain) -> {
          HttpServletRequest request = (HttpServletRequest) servletRequest;
          HttpServletResponse response = (HttpServletResponse) servletResponse;
          String path = request.getRequestURI().substring(request.getContextPath().length());
          Matcher appStart = APP_START.matcher(path);
          if (appStart.matches() && request.getParameter("lang") != null) {
            response.sendRedirect(
                request.getContextPath()
                    + "/camunda/app/"
                    + appStart.group(1)
                    + "/default/?"
                    + request.getQueryString());
            return;
          }
          if (TRANSLATIONS.matcher(path).matches()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
          }
          chain.doFilter(request, response);
        };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("webappLanguage");
    registration.addUrlPatterns("/camunda/app/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
