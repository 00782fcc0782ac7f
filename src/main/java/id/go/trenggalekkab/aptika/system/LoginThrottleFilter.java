package id.go.trenggalekkab.aptika.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of every check of a password: HTTP Basic (engine REST API, our API, management
 * endpoints) and the webapps' login form. A throttled attempt is answered 429 with {@code
 * Retry-After} and is not checked; an attempt the check refuses (401) is counted against the
 * account and the source address.
 *
 * <p>The source address is the request's remote address: behind a proxy, Spring's forwarded-header
 * handling (prod: {@code server.forward-headers-strategy=native}) has already put the client's
 * there when the proxy is trusted. IPv6 addresses count per /64, the block one host usually has.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASIC = "Basic ";

  private final LoginThrottle throttle;
  private final List<String> openPathPrefixes;
  private final Pattern webappLogin;

  /**
   * @param openPathPrefixes paths that check no password (health), so a monitor's credentials there
   *     are never refused either
   */
  LoginThrottleFilter(LoginThrottle throttle, List<String> openPathPrefixes, String webappPath) {
    this.throttle = throttle;
    this.openPathPrefixes = List.copyOf(openPathPrefixes);
    this.webappLogin =
        Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/login/[^/]+");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return openPathPrefixes.stream().anyMatch(path(request)::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String account = attemptedAccount(request);
    if (account == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = sourceAddress(request.getRemoteAddr());
    Duration wait = throttle.waitBeforeAttempt(account, address);
    if (!wait.isZero()) {
      refuse(request, response, wait);
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.recordFailure(account, address);
    }
  }

  /** The account a password is given for in this request, or null if none is. */
  private String attemptedAccount(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      try {
        String credentials =
            new String(
                Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return colon < 0 ? null : normalized(credentials.substring(0, colon));
      } catch (IllegalArgumentException notBase64) {
        return null; // refused by the authentication filter without any password check
      }
    }
    if ("POST".equals(request.getMethod()) && webappLogin.matcher(path(request)).matches()) {
      String username = request.getParameter("username");
      return normalized(username == null ? "" : username);
    }
    return null;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** Case variants of a name are one account to the throttle, whatever the database compares. */
  private static String normalized(String account) {
    return account.strip().toLowerCase(Locale.ROOT);
  }

  static String sourceAddress(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
      return remoteAddress;
    }
    try {
      InetAddress address = InetAddress.getByName(remoteAddress); // a literal: no DNS look-up
      if (address instanceof Inet6Address) {
        byte[] prefix = Arrays.copyOf(Arrays.copyOf(address.getAddress(), 8), 16);
        return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
      }
      return address.getHostAddress();
    } catch (UnknownHostException notALiteral) {
      return remoteAddress;
    }
  }

  /** 429 in the shape of the endpoint's other errors: Camunda's, or ours under /api. */
  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    String message =
        "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam "
            + (seconds < 60 ? seconds + " detik." : (seconds + 59) / 60 + " menit.");
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    String path = path(request);
    if (path.startsWith("/api/") || path.startsWith("/actuator")) {
      ApiErrors.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), message);
      return;
    }
    ExceptionDto body = new ExceptionDto();
    body.setType("LoginThrottledException");
    body.setMessage(message);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getWriter(), body);
  }
}
