package id.go.trenggalekkab.aptika.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.springframework.stereotype.Component;

/**
 * The deployed form of an unknown task is refused like any other read of an unknown task: {@code
 * GetDeployedTaskFormCmd}, the one engine command that hands the checks of READ a task it did not
 * find, fails with a {@code NullPointerException} in the engine's authorization check; with this it
 * fails with the engine's own "task is null" of an unknown id ({@link EngineRefusal}), before any
 * check. Every other command that reads a task makes sure of it first, so nothing else changes. The
 * engine's tenant check, always the first of its checks, is replaced by the same check preceded by
 * this one.
 */
@Component
class UnknownTaskCheck extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration
        .getCommandCheckers()
        .replaceAll(
            checker -> checker.getClass() == TenantCommandChecker.class ? new Checker() : checker);
  }

  /** The engine's tenant check, which first refuses a read of a task that was not found. */
  static final class Checker extends TenantCommandChecker {

    @Override
    public void checkReadTask(TaskEntity task) {
      EnsureUtil.ensureNotNull("No task found", "task", task);
      super.checkReadTask(task);
    }
  }
}
