package id.go.trenggalekkab.aptika.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;

/**
 * Camunda's HTTP Basic login, with the caller's groups and units (tenants) read in the same
 * transaction as the password check. Camunda's filter reads them itself when the provider leaves
 * them out, each in a transaction of its own: three per request instead of one. What is read is the
 * same and as fresh, read from the database on every request: a change made in Admin applies to the
 * next request on every node.
 */
public class BasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      return AuthenticationResult.unsuccessful();
    }
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
              if (result.isAuthenticated()) {
                IdentityService identity = engine.getIdentityService();
                String user = result.getAuthenticatedUser();
                result.setGroups(
                    ids(identity.createGroupQuery().groupMember(user).list(), Group::getId));
                result.setTenants(
                    ids(
                        identity
                            .createTenantQuery()
                            .userMember(user)
                            .includingGroupsOfUser(true)
                            .list(),
                        Tenant::getId));
              }
              return result;
            });
  }

  private static <T> List<String> ids(List<T> found, Function<T, String> id) {
    return found.stream().map(id).toList();
  }
}
