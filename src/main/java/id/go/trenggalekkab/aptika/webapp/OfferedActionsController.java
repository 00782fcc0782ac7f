package id.go.trenggalekkab.aptika.webapp;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.system.NotFoundException;
import java.util.Optional;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of the webapps' actions the signed-in person may take, so that the webapps offer no button
 * that can only fail ({@code app/aptika/actions.js} hides the others). The engine's own checks
 * decide, the very ones it runs when the action is taken: nothing here restates the policy.
 */
@RestController
class OfferedActionsController {

  /**
   * @param createTask Tasklist's "Buat tugas" (a task outside any procedure)
   * @param integrationStatus the administrators' page of integrations
   */
  record Offered(boolean createTask, boolean integrationStatus) {}

  /**
   * @param claim "Klaim": the task is unassigned and the person may work it
   */
  record OfferedOnTask(boolean claim) {}

  private final ProcessEngine engine;
  private final CurrentUser currentUser;

  OfferedActionsController(ProcessEngine engine, CurrentUser currentUser) {
    this.engine = engine;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/actions")
  Offered offered() {
    return new Offered(
        engineAllows(CommandChecker::checkCreateTask), currentUser.isAdministrator());
  }

  /**
   * In one command, so one transaction, as Tasklist asks it for every task it opens: the engine's
   * query of the task, as the person, then its check of TASK_WORK on the task that query read.
   */
  @GetMapping("/api/actions/tasks/{taskId}")
  OfferedOnTask offeredOnTask(@PathVariable String taskId) {
    Optional<OfferedOnTask> offered =
        executor()
            .execute(
                context -> {
                  Task task =
                      engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
                  if (task == null) {
                    return Optional.empty();
                  }
                  boolean mayWork =
                      allows(context, checker -> checker.checkTaskWork((TaskEntity) task));
                  return Optional.of(new OfferedOnTask(task.getAssignee() == null && mayWork));
                });
    return offered.orElseThrow(
        () ->
            new NotFoundException("Tugas tidak ditemukan atau Anda tidak berwenang mengaksesnya."));
  }

  /** Runs the engine's checks of an action as the current person, without taking it. */
  private boolean engineAllows(Consumer<CommandChecker> check) {
    return executor().execute(context -> allows(context, check));
  }

  private static boolean allows(CommandContext context, Consumer<CommandChecker> check) {
    try {
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(check);
      return true;
    } catch (AuthorizationException refused) {
      return false;
    }
  }

  private CommandExecutor executor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }
}
