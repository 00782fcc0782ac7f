package id.go.trenggalekkab.aptika.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks look for grants of the caller and of the caller's groups
 * ({@code GROUP_ID_ IN (...)}). Before its first check in each command, the engine reads which
 * groups hold any authorization at all, to leave the others out of that list ({@code
 * AuthorizationManager#filterAuthenticatedGroupIds}): one statement more in almost every command,
 * 44 in a request's full run (docs/performance.md). A group that holds no authorization matches no
 * row of any check, so leaving it in the list changes no answer; here the caller's groups go into
 * the checks as the login gave them and the table is not read. The office's people belong to one or
 * two groups each, so the list is no longer. {@code TaskQueryEquivalence} runs every task and
 * variable query of its matrix both ways, on H2 and PostgreSQL, and finds the same tasks.
 */
@Component
class CallerGroups extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSessionFactories().put(AuthorizationManager.class, new Sessions());
  }

  static final class Sessions implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager();
    }
  }

  static final class Manager extends AuthorizationManager {

    /** The caller's groups, each once, in the login's order; the engine kept those with a grant. */
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return Collections.emptyList();
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
