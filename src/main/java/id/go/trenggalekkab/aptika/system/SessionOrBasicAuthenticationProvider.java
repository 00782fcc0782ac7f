package id.go.trenggalekkab.aptika.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpMethod;

/**
 * Authenticates the application's own endpoints. A person logged into Tasklist or Cockpit is
 * recognised by their webapp session (forms call these endpoints from the browser); other clients
 * use HTTP Basic, like the engine REST API.
 *
 * <p>A session alone does not authorize a change: unsafe methods must echo the webapp's CSRF token,
 * as the webapps' own API requires.
 */
public class SessionOrBasicAuthenticationProvider extends BasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    UserAuthentication fromSession = sessionAuthentication(request, engine);
    if (fromSession != null && passesCsrfCheck(request)) {
      AuthenticationResult result = AuthenticationResult.successful(fromSession.getIdentityId());
      result.setGroups(fromSession.getGroupIds());
      result.setTenants(fromSession.getTenantIds());
      return result;
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  private static UserAuthentication sessionAuthentication(
      HttpServletRequest request, ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return (UserAuthentication) authentications.getAuthenticationForProcessEngine(engine.getName());
  }

  private static boolean passesCsrfCheck(HttpServletRequest request) {
    String method = request.getMethod();
    if (HttpMethod.GET.matches(method)
        || HttpMethod.HEAD.matches(method)
        || HttpMethod.OPTIONS.matches(method)) {
      return true;
    }
    Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && expected.equals(sent);
  }
}
