package id.go.trenggalekkab.aptika.system;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Management endpoints other than health are for administrators and managers only, and {@code
 * /actuator/prometheus} also for a scraper with the configured token.
 */
class ManagementAccessFilter extends OncePerRequestFilter {

  private final CurrentUser currentUser;
  private final List<String> openPathPrefixes;

  ManagementAccessFilter(CurrentUser currentUser, List<String> openPathPrefixes) {
    this.currentUser = currentUser;
    this.openPathPrefixes = List.copyOf(openPathPrefixes);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (openPathPrefixes.stream().anyMatch(path::startsWith)
        || MetricsScraperFilter.isScraper(request)
        || currentUser.isAdministratorOrManager()) {
      chain.doFilter(request, response);
    } else {
      ApiErrors.write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Endpoint manajemen hanya untuk Administrator dan Manajer Pemantau.");
    }
  }
}
