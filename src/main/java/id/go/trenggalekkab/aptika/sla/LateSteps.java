package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.calendar.MutuBakuDuration;
import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.identity.TaskHolders;
import id.go.trenggalekkab.aptika.process.ElementProperties;
import id.go.trenggalekkab.aptika.process.ReferenceNumbers;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.unit.Unit;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Service;

/**
 * What is late now: the open user tasks past their due date, the longest late first, with their
 * request, unit, holder and how late each is in working days, and how many are late in all. One
 * task query counts them and reads a page of at most {@value #MOST}; the requests, definitions,
 * diagrams, people, lanes and escalations of that page are then read in one query each, never per
 * task, so an answer costs the same whether ten steps are late or ten thousand.
 *
 * <p>The Manajer Pemantau, the Kadis and the Administrator read every unit. The engine would show
 * the Kadis only his own lane's tasks, so once the reader's role is checked the tasks are read as
 * the system.
 */
@Service
class LateSteps {

  /** The most late steps one answer lists; {@link Page#total()} still counts them all. */
  static final int MOST = 100;

  private static final Set<String> REQUEST_VARIABLES =
      Set.of(ReferenceNumbers.VARIABLE, RequestVariables.UNIT_NAME);

  private final CurrentUser currentUser;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TaskHolders holders;
  private final UnitDirectory units;
  private final SlaBreaches breaches;
  private final WorkingTimeCalendar calendar;

  LateSteps(
      CurrentUser currentUser,
      TaskService tasks,
      RuntimeService runtime,
      RepositoryService repository,
      TaskHolders holders,
      UnitDirectory units,
      SlaBreaches breaches,
      WorkingTimeCalendar calendar) {
    this.currentUser = currentUser;
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.holders = holders;
    this.units = units;
    this.breaches = breaches;
    this.calendar = calendar;
  }

  /**
   * How many steps are late now, and the {@code maxResults} (at most {@value #MOST}) that have been
   * late longest.
   *
   * @param unitId only this unit's requests, or every unit's when null
   * @param processKey only this procedure's requests, or every procedure's when null
   */
  Page now(String unitId, String processKey, int maxResults) {
    currentUser.requireMutuBakuWatcher("keterlambatan Mutu Baku");
    Instant now = OfficeTime.instant();
    int shown = Math.min(maxResults, MOST);
    return currentUser.asSystem(
        () -> {
          TaskQuery late = lateTasks(unitId, processKey, now);
          long total = late.count();
          return new Page(
              total, total == 0 || shown <= 0 ? List.of() : read(late.listPage(0, shown), now));
        });
  }

  /** The late steps in all, and those listed. */
  record Page(long total, List<LateStep> steps) {}

  private TaskQuery lateTasks(String unitId, String processKey, Instant now) {
    TaskQuery query = tasks.createTaskQuery().dueBefore(Date.from(now));
    if (unitId != null && !unitId.isBlank()) {
      query.tenantIdIn(unitId);
    }
    if (processKey != null && !processKey.isBlank()) {
      query.processDefinitionKey(processKey);
    }
    return query.orderByDueDate().asc();
  }

  private List<LateStep> read(List<Task> late, Instant now) {
    Set<String> instanceIds = ids(late, Task::getProcessInstanceId);
    Map<String, ProcessInstance> instances =
        byId(
            runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list(),
            ProcessInstance::getId);
    Map<String, Map<String, Object>> variables = requestVariables(instanceIds);
    Map<String, ProcessDefinition> definitions =
        byId(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionIdIn(
                    ids(late, Task::getProcessDefinitionId).toArray(String[]::new))
                .list(),
            ProcessDefinition::getId);
    Map<String, BpmnModelInstance> diagrams = new HashMap<>();
    Map<String, String> people = holders.names(ids(late, Task::getAssignee));
    Map<String, List<TaskHolders.Lane>> lanes =
        holders.candidateGroups(
            late.stream().filter(task -> task.getAssignee() == null).map(Task::getId).toList());
    Map<String, String> unitNames =
        units.findAll().stream().collect(Collectors.toMap(Unit::id, Unit::name));
    Map<String, SlaBreaches.Breach> escalations = breaches.escalatedTasks(ids(late, Task::getId));
    return late.stream()
        .map(
            task -> {
              ProcessDefinition definition = definitions.get(task.getProcessDefinitionId());
              ProcessInstance instance = instances.get(task.getProcessInstanceId());
              Map<String, Object> values =
                  variables.getOrDefault(task.getProcessInstanceId(), Map.of());
              SlaBreaches.Breach escalation = escalations.get(task.getId());
              Instant due = task.getDueDate().toInstant();
              long lateMinutes = calendar.workingDuration(due, now).toMinutes();
              return new LateStep(
                  instance != null && instance.getBusinessKey() != null
                      ? instance.getBusinessKey()
                      : text(values.get(ReferenceNumbers.VARIABLE)),
                  task.getTenantId(),
                  Objects.requireNonNullElse(
                      text(values.get(RequestVariables.UNIT_NAME)),
                      unitNames.get(task.getTenantId())),
                  definition.getKey(),
                  definition.getName(),
                  task.getName(),
                  ElementProperties.of(
                      diagrams
                          .computeIfAbsent(definition.getId(), repository::getBpmnModelInstance)
                          .getModelElementById(task.getTaskDefinitionKey()),
                      ElementProperties.SOP_STEP),
                  task.getId(),
                  task.getAssignee(),
                  task.getAssignee() != null
                      ? people.getOrDefault(task.getAssignee(), task.getAssignee())
                      : TaskHolders.Lane.inWords(
                          lanes.getOrDefault(task.getId(), List.of()), "", ", "),
                  OfficeTime.of(due),
                  workingDaysLate(due, now),
                  lateMinutes,
                  MutuBakuDuration.officeTimeInWords(Duration.ofMinutes(lateMinutes)),
                  escalation != null,
                  escalation == null ? null : wib(escalation.escalatedAt()),
                  escalation == null ? null : escalation.escalatedTo(),
                  task.getProcessInstanceId());
            })
        .toList();
  }

  /**
   * Whole working days since the due date, counted as a Mutu Baku time is counted: a step due on
   * Wednesday at 10.00 is one working day late on Thursday at 10.00, or on Monday at 10.00 when
   * Thursday and Friday are holidays. Less than that is shown in office hours.
   */
  int workingDaysLate(Instant due, Instant now) {
    LocalDate today = now.atZone(OfficeTime.ZONE).toLocalDate();
    int days =
        1; // the working days after the due date's day, and one for a due date before opening
    for (LocalDate day = due.atZone(OfficeTime.ZONE).toLocalDate().plusDays(1);
        !day.isAfter(today);
        day = day.plusDays(1)) {
      days += calendar.isWorkingDay(day) ? 1 : 0;
    }
    while (days > 0
        && calendar.dueAt(due, new MutuBakuDuration(days, Duration.ZERO)).isAfter(now)) {
      days--;
    }
    return days;
  }

  private Map<String, Map<String, Object>> requestVariables(Set<String> instanceIds) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (VariableInstance variable :
        runtime
            .createVariableInstanceQuery()
            .processInstanceIdIn(instanceIds.toArray(String[]::new))
            .variableNameIn(REQUEST_VARIABLES.toArray(String[]::new))
            .disableBinaryFetching()
            .disableCustomObjectDeserialization()
            .list()) {
      Map<String, Object> values =
          byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>());
      if (variable.getProcessInstanceId().equals(variable.getExecutionId())
          || !values.containsKey(variable.getName())) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }

  private static Set<String> ids(List<Task> late, Function<Task, String> id) {
    return late.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, item -> item));
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** The breach record keeps office (WIB) wall-clock times. */
  private static OffsetDateTime wib(LocalDateTime local) {
    return local == null ? null : OfficeTime.of(local.atZone(OfficeTime.ZONE).toInstant());
  }
}
