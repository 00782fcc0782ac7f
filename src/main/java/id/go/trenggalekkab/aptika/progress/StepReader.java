package id.go.trenggalekkab.aptika.progress;

import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reads a request's steps from the engine: the open ones with who holds them, and the history. */
@Component
class StepReader {

  /** The step that returns a request to its clerk for correction (step 1 again). */
  static final String REVISE_STEP = "Task_ReviseRequest";

  private static final Set<String> NOT_STEPS =
      Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway");

  /** Who reads: her own tasks and her groups' open tasks get a link to Tasklist. */
  record Reader(String userId, List<String> groupIds) {}

  /** A request's variables by name. */
  record Variables(Map<String, Object> values) {

    String text(String name) {
      Object value = values.get(name);
      return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    String firstText(String... names) {
      return Stream.of(names).map(this::text).filter(Objects::nonNull).findFirst().orElse(null);
    }

    List<String> lines(String name) {
      String text = text(name);
      return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
    }
  }

  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;

  StepReader(HistoryService history, TaskService tasks, IdentityService identity) {
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
  }

  static OffsetDateTime time(Date date) {
    return date == null ? null : OfficeTime.of(date.toInstant());
  }

  Variables variables(String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId)
            .disableBinaryFetching()
            .disableCustomObjectDeserialization()
            .list()) {
      if (processInstanceId.equals(variable.getActivityInstanceId())
          || !values.containsKey(variable.getName())) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return new Variables(values);
  }

  boolean isReturned(String processInstanceId) {
    return tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(REVISE_STEP)
            .count()
        > 0;
  }

  /** The steps open now: people's tasks, and the system's steps still running. */
  List<RequestProgress.Step> current(String processInstanceId, Reader reader) {
    List<RequestProgress.Step> current = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      List<String> groups =
          tasks.getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
              .map(IdentityLink::getGroupId)
              .filter(Objects::nonNull)
              .toList();
      boolean mine =
          reader.userId().equals(task.getAssignee())
              || task.getAssignee() == null
                  && groups.stream().anyMatch(reader.groupIds()::contains);
      current.add(
          new RequestProgress.Step(
              task.getName(),
              task.getAssignee() != null ? person(task.getAssignee()) : groupsInWords(groups),
              time(task.getCreateTime()),
              time(task.getDueDate()),
              null,
              REVISE_STEP.equals(task.getTaskDefinitionKey())
                  ? "Dikembalikan untuk perbaikan"
                  : "Menunggu",
              mine ? "/camunda/app/tasklist/default/#/?task=" + task.getId() : null));
    }
    activities(processInstanceId).stream()
        .filter(step -> step.getEndTime() == null && !"userTask".equals(step.getActivityType()))
        .forEach(
            step ->
                current.add(
                    new RequestProgress.Step(
                        step.getActivityName(),
                        "Sistem (otomatis)",
                        time(step.getStartTime()),
                        null,
                        null,
                        "Sedang diproses",
                        null)));
    return current;
  }

  /** Every finished step, oldest first, with who did it and its outcome. */
  List<RequestProgress.Step> history(String processInstanceId) {
    List<HistoricVariableUpdate> returns = returnReasons(processInstanceId);
    return activities(processInstanceId).stream()
        .filter(step -> step.getEndTime() != null)
        .map(
            step ->
                new RequestProgress.Step(
                    step.getActivityName(),
                    step.getAssignee() != null
                        ? person(step.getAssignee())
                        : "userTask".equals(step.getActivityType()) ? "-" : "Sistem (otomatis)",
                    time(step.getStartTime()),
                    null,
                    time(step.getEndTime()),
                    outcome(step, returns),
                    null))
        .toList();
  }

  private List<HistoricActivityInstance> activities(String processInstanceId) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .orderPartiallyByOccurrence()
        .asc()
        .list()
        .stream()
        .filter(step -> step.getActivityName() != null)
        .filter(step -> !NOT_STEPS.contains(step.getActivityType()))
        .toList();
  }

  private static String outcome(HistoricActivityInstance step, List<HistoricVariableUpdate> why) {
    if (step.isCanceled()) {
      return "Dibatalkan";
    }
    String type = step.getActivityType();
    if (REVISE_STEP.equals(step.getActivityId())) {
      String reason =
          why.stream()
              .filter(update -> !update.getTime().after(step.getStartTime()))
              .reduce((first, last) -> last)
              .map(update -> String.valueOf(update.getValue()))
              .orElse("-");
      return "Dikembalikan untuk perbaikan (" + reason.replace('\n', ' ') + "); dikirim ulang";
    }
    if ("startEvent".equals(type)) {
      return "Diterima";
    }
    if (type.toLowerCase().contains("endevent")) {
      return "Permohonan selesai";
    }
    return "Selesai";
  }

  /** Each reason a request was returned for correction, oldest first. */
  private List<HistoricVariableUpdate> returnReasons(String processInstanceId) {
    return history
        .createHistoricDetailQuery()
        .processInstanceId(processInstanceId)
        .variableUpdates()
        .disableBinaryFetching()
        .disableCustomObjectDeserialization()
        .list()
        .stream()
        .map(HistoricVariableUpdate.class::cast)
        .filter(update -> RequestVariables.COMPLETENESS_PROBLEMS.equals(update.getVariableName()))
        .filter(update -> update.getValue() != null && !update.getValue().toString().isBlank())
        .sorted(Comparator.comparing(HistoricVariableUpdate::getTime))
        .toList();
  }

  private String person(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
  }

  private String groupsInWords(List<String> groupIds) {
    if (groupIds.isEmpty()) {
      return "-";
    }
    return "Kelompok "
        + String.join(
            " / ",
            groupIds.stream()
                .map(
                    id -> {
                      Group group = identity.createGroupQuery().groupId(id).singleResult();
                      return group == null || group.getName() == null ? id : group.getName();
                    })
                .toList());
  }
}
