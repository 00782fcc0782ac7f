package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.process.OfficeProcess;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Holds every step, and every whole procedure, to its Mutu Baku time when it ends: a user task
 * completed after its due date, a service step (provisioning: "2 hari") done later than its time
 * after it became due to run, a request whose whole procedure took longer than the SOP's standard
 * (8 hari, 10 hari, 30 menit). Each is recorded in {@link SlaBreaches} with how late it was; every
 * user task's office time also goes into the histogram of {@link StepDurations}, and a new task due
 * in a year without a holiday list is marked ({@link MissingHolidayListMark}).
 */
@Component
class StepTimekeeping extends AbstractProcessEnginePlugin {

  private final SlaBreaches breaches;
  private final MutuBaku mutuBaku;
  private final ProcessOverrunReport report;
  private final StepDurations durations;
  private final MissingHolidayListMark missingHolidayList;

  StepTimekeeping(
      @Lazy SlaBreaches breaches,
      @Lazy MutuBaku mutuBaku,
      @Lazy ProcessOverrunReport report,
      @Lazy StepDurations durations,
      @Lazy MissingHolidayListMark missingHolidayList) {
    this.breaches = breaches;
    this.mutuBaku = mutuBaku;
    this.report = report;
    this.durations = durations;
    this.missingHolidayList = missingHolidayList;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener taskDone = this::taskDone;
    TaskListener taskCreated = missingHolidayList::taskCreated;
    ExecutionListener serviceDone = this::serviceStepDone;
    ExecutionListener processDone = this::procedureDone;
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition =
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, taskCreated);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, taskDone);
              }

              @Override
              public void parseServiceTask(
                  Element element, ScopeImpl scope, ActivityImpl activity) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, serviceDone);
              }

              @Override
              public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, processDone);
              }
            });
  }

  private void taskDone(DelegateTask task) {
    Instant now = OfficeTime.instant();
    durations.taskDone(task, now);
    if (task.getDueDate() != null && now.isAfter(task.getDueDate().toInstant())) {
      Instant due = task.getDueDate().toInstant();
      breaches.done(OverdueSteps.of(task, due), now, mutuBaku.lateMinutes(due, now));
    }
  }

  private void serviceStepDone(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    String duration = MutuBaku.durationOf(element);
    if (duration == null) {
      return;
    }
    Instant due = mutuBaku.dueAt(becameDue(execution), duration);
    Instant now = OfficeTime.instant();
    if (now.isAfter(due)) {
      breaches.done(
          OverdueSteps.of(execution, SlaBreaches.Kind.SERVICE, element, due),
          now,
          mutuBaku.lateMinutes(due, now));
    }
  }

  private void procedureDone(DelegateExecution execution) {
    String key = OfficeProcess.keyOf(execution);
    Process process = execution.getBpmnModelInstance().getModelElementById(key);
    String duration = MutuBaku.durationOf(process);
    HistoricProcessInstance started =
        execution
            .getProcessEngineServices()
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .singleResult();
    if (duration == null || started == null || execution.isCanceled()) {
      return; // a request started and ended in one transaction took no time
    }
    Instant due = mutuBaku.dueAt(started.getStartTime().toInstant(), duration);
    Instant now = OfficeTime.instant();
    if (now.isAfter(due)) {
      long late = mutuBaku.lateMinutes(due, now);
      breaches.done(OverdueSteps.of(execution, SlaBreaches.Kind.PROCESS, process, due), now, late);
      report.send(execution, process, due, late);
    }
  }

  /**
   * An asynchronous step became due when its job was created; a synchronous one, now. The job is
   * the one the engine is executing (no query for it): a continuation of this very step, of its
   * execution or, for a step with a boundary event, which runs in a scope execution of its own, of
   * that execution's parent. Any other job (the one of an earlier step that ran on to this one in
   * the same transaction) means the step became due now.
   */
  private static Instant becameDue(DelegateExecution execution) {
    JobEntity job = Context.getCommandContext().getCurrentJob();
    boolean thisStepsJob =
        job instanceof MessageEntity
            && execution.getCurrentActivityId().equals(job.getActivityId())
            && (execution.getId().equals(job.getExecutionId())
                || Objects.equals(execution.getParentId(), job.getExecutionId()));
    return thisStepsJob && job.getCreateTime() != null
        ? job.getCreateTime().toInstant()
        : OfficeTime.instant();
  }
}
