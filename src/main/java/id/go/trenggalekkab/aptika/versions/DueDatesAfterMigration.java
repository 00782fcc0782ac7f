package id.go.trenggalekkab.aptika.versions;

import id.go.trenggalekkab.aptika.sla.MutuBaku;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventProcessor;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.history.producer.HistoryEventProducer;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler.TimerJobConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * After a request moved to a new version, its open step's due date and its Mutu Baku reminder and
 * escalation timers follow the new version's Mutu Baku time, counted in working time from when the
 * step started, not from the migration.
 *
 * <p>Why a history event: the engine reports every migrated user task as {@code
 * TASK_INSTANCE_MIGRATE}, whoever started the migration (Cockpit, {@code /engine-rest/migration},
 * synchronous or as a batch, Java), and it offers no listener for migrations. The event comes while
 * the engine is still moving the request (its timers may not have moved yet), so the task is only
 * noted then; the due dates are set when the engine's command closes, after everything moved and
 * before it is written, in the same transaction.
 *
 * <p>Not a Spring bean: Camunda's starter registers a lone {@code HistoryEventHandler} bean on its
 * own, which would register it twice, and fails on a second one; {@link MigrationChecks} registers
 * it.
 */
class DueDatesAfterMigration implements HistoryEventHandler {

  private final MutuBaku mutuBaku;

  DueDatesAfterMigration(MutuBaku mutuBaku) {
    this.mutuBaku = mutuBaku;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricTaskInstanceEventEntity task
        && HistoryEventTypes.TASK_INSTANCE_MIGRATE.getEventName().equals(task.getEventType())) {
      CommandContext command = Context.getCommandContext();
      Migrated migrated = (Migrated) command.getSessions().get(Migrated.class);
      if (migrated == null) {
        migrated = new Migrated();
        command.getSessions().put(Migrated.class, migrated);
        command.registerCommandContextListener(migrated);
      }
      migrated.taskIds.add(task.getTaskId());
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private void recompute(TaskEntity task) {
    UserTask step =
        Models.of(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
    Date due = mutuBaku.dueAt(task.getCreateTime().toInstant(), step);
    if (due == null) {
      return;
    }
    // not setDueDate: that registers the task as a listener of the closing command, which fails
    task.setDueDateWithoutCascade(due);
    for (JobEntity job : task.getExecution().getJobs()) {
      if (TimerTaskListenerJobHandler.TYPE.equals(job.getJobHandlerType())
          && job.getJobHandlerConfiguration() instanceof TimerJobConfiguration timer
          && step.getId().equals(timer.getTimerElementKey())) {
        Date at = timerDate(step, timer.getTimerElementSecondaryKey(), due);
        if (at != null) {
          job.setDuedate(at);
        }
      }
    }
    if (Context.getProcessEngineConfiguration()
        .getHistoryLevel()
        .isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_UPDATE, task)) {
      HistoryEventProcessor.processHistoryEvents(
          new HistoryEventProcessor.HistoryEventCreator() {
            @Override
            public HistoryEvent createHistoryEvent(HistoryEventProducer producer) {
              return producer.createTaskInstanceUpdateEvt(task);
            }
          });
    }
  }

  /** The reminder is due with the step; the escalation a grace period later. */
  private Date timerDate(UserTask step, String listenerId, Date due) {
    String delegate =
        step.getExtensionElements() == null
            ? null
            : step
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaTaskListener.class)
                .list()
                .stream()
                .filter(listener -> listenerId.equals(listener.getAttributeValue("id")))
                .map(CamundaTaskListener::getCamundaDelegateExpression)
                .findFirst()
                .orElse(null);
    if ("${mutuBakuReminder}".equals(delegate)) {
      return due;
    }
    if ("${mutuBakuEscalation}".equals(delegate)) {
      return mutuBaku.escalationAfter(due);
    }
    return null;
  }

  /** The tasks migrated in one engine command. */
  private final class Migrated
      implements org.camunda.bpm.engine.impl.interceptor.Session, CommandContextListener {

    private final Set<String> taskIds = new LinkedHashSet<>();

    @Override
    public void onCommandContextClose(CommandContext command) {
      for (String taskId : taskIds) {
        TaskEntity task = command.getTaskManager().findTaskById(taskId);
        if (task != null && task.getExecution() != null) {
          recompute(task);
        }
      }
    }

    @Override
    public void onCommandFailed(CommandContext command, Throwable failure) {
      // nothing is written
    }

    @Override
    public void flush() {
      // the due dates are set on the engine's own entities, which the engine writes
    }

    @Override
    public void close() {
      taskIds.clear();
    }
  }
}
