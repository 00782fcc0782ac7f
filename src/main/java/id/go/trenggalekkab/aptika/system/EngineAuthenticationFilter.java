package id.go.trenggalekkab.aptika.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's REST authentication filter with two changes: nothing is left open by default (the
 * shipped filter lets anyone list the engines), and a few configured path prefixes, such as the
 * health endpoint, pass without authentication, and so does a metrics scraper whose token {@link
 * MetricsScraperFilter} has accepted.
 *
 * <p>Once a caller is authenticated, the engine applies its authorizations and tenant checks to
 * every call in the request, exactly as in Tasklist.
 */
class EngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final List<String> openPathPrefixes;

  EngineAuthenticationFilter(List<String> openPathPrefixes) {
    this.openPathPrefixes = List.copyOf(openPathPrefixes);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    if (openPathPrefixes.stream().anyMatch(path::startsWith)
        || MetricsScraperFilter.isScraper(http)) {
      chain.doFilter(request, response);
    } else {
      super.doFilter(request, response, chain);
    }
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
