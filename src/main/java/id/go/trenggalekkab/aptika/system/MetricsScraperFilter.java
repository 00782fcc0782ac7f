package id.go.trenggalekkab.aptika.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a Prometheus scraper read {@code /actuator/prometheus} with the configured token ({@code
 * aptika.metrics.token}, sent as {@code Authorization: Bearer <token>}) instead of a person's
 * password. A request without a bearer token goes on to the usual session or HTTP Basic login; a
 * wrong token, or any token while none is configured, is refused here.
 *
 * <p>The tokens are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the time
 * taken tells nothing about the configured token, not even its length. The token is at least 32
 * characters, so guessing it is hopeless and the password throttle need not count it.
 */
class MetricsScraperFilter extends OncePerRequestFilter {

  static final int MINIMUM_LENGTH = 32;
  private static final String SCRAPER = MetricsScraperFilter.class.getName() + ".scraper";
  private static final String BEARER = "Bearer ";

  private final byte[] expected;

  /**
   * @param token the configured token; blank when none is, so only people's logins pass
   */
  MetricsScraperFilter(String token) {
    if (token == null || token.isBlank()) {
      this.expected = null;
    } else if (token.strip().length() < MINIMUM_LENGTH) {
      throw new IllegalArgumentException(
          "aptika.metrics.token (APTIKA_METRICS_TOKEN) must have at least "
              + MINIMUM_LENGTH
              + " characters, e.g. from: openssl rand -base64 32");
    } else {
      this.expected = digest(token.strip());
    }
  }

  /** Whether this request came with the right token (set by this filter only). */
  static boolean isScraper(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(SCRAPER));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] sent = digest(authorization.substring(BEARER.length()).strip());
    if (expected != null && MessageDigest.isEqual(expected, sent)) {
      request.setAttribute(SCRAPER, Boolean.TRUE);
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    ApiErrors.write(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "Token metrik tidak valid (Authorization: Bearer, setelan APTIKA_METRICS_TOKEN).");
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
