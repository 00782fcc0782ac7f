package id.go.trenggalekkab.aptika.progress;

import id.go.trenggalekkab.aptika.identity.TaskHolders;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.NativeHistoricActivityInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reads requests' steps from the engine: the open ones with who holds them, and the history. A page
 * of requests is read at once, each kind of record in one query for the whole page (variables, open
 * tasks, their lanes, the people, the steps so far, the reasons for returns), never one request or
 * one task at a time: 200 requests cost the same handful of statements as one.
 */
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

  /**
   * One request's steps.
   *
   * @param returned whether it waits now in its clerk's hands for correction
   * @param current the steps open now: people's tasks, and the system's steps still running
   * @param history every finished step, oldest first, with who did it and its outcome
   */
  record Steps(
      Variables variables,
      boolean returned,
      List<RequestProgress.Step> current,
      List<RequestProgress.Step> history) {}

  private final HistoryService history;
  private final TaskService tasks;
  private final ManagementService management;
  private final TaskHolders holders;

  StepReader(
      HistoryService history,
      TaskService tasks,
      ManagementService management,
      TaskHolders holders) {
    this.history = history;
    this.tasks = tasks;
    this.management = management;
    this.holders = holders;
  }

  static OffsetDateTime time(Date date) {
    return date == null ? null : OfficeTime.of(date.toInstant());
  }

  /**
   * The steps of these requests, by process instance id.
   *
   * @param variableNames the variables to read of each request
   */
  Map<String, Steps> read(
      List<String> processInstanceIds, Collection<String> variableNames, Reader reader) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    String[] ids = processInstanceIds.toArray(String[]::new);
    Map<String, Variables> variables = variables(ids, variableNames);
    List<Task> open = tasks.createTaskQuery().processInstanceIdIn(ids).list();
    Map<String, List<HistoricActivityInstance>> activities = activities(processInstanceIds);
    Map<String, String> people =
        holders.names(
            Stream.concat(
                    open.stream().map(Task::getAssignee),
                    activities.values().stream()
                        .flatMap(List::stream)
                        .map(HistoricActivityInstance::getAssignee))
                .toList());
    Map<String, List<TaskHolders.Lane>> lanes =
        holders.candidateGroups(
            open.stream().filter(task -> task.getAssignee() == null).map(Task::getId).toList());
    Map<String, List<HistoricVariableUpdate>> returnReasons =
        returnReasons(
            activities.entrySet().stream()
                .filter(
                    steps ->
                        steps.getValue().stream()
                            .anyMatch(step -> REVISE_STEP.equals(step.getActivityId())))
                .map(Map.Entry::getKey)
                .toArray(String[]::new));
    Map<String, List<Task>> openByRequest =
        open.stream().collect(Collectors.groupingBy(Task::getProcessInstanceId));
    Function<String, String> person = userId -> people.getOrDefault(userId, userId);
    Map<String, Steps> read = new HashMap<>();
    for (String id : processInstanceIds) {
      List<Task> waiting = openByRequest.getOrDefault(id, List.of());
      List<HistoricActivityInstance> steps = activities.getOrDefault(id, List.of());
      read.put(
          id,
          new Steps(
              variables.getOrDefault(id, new Variables(Map.of())),
              waiting.stream().anyMatch(task -> REVISE_STEP.equals(task.getTaskDefinitionKey())),
              current(waiting, steps, lanes, person, reader),
              history(steps, returnReasons.getOrDefault(id, List.of()), person)));
    }
    return read;
  }

  /** The steps open now: people's tasks, and the system's steps still running. */
  private static List<RequestProgress.Step> current(
      List<Task> waiting,
      List<HistoricActivityInstance> steps,
      Map<String, List<TaskHolders.Lane>> lanes,
      Function<String, String> person,
      Reader reader) {
    List<RequestProgress.Step> current = new ArrayList<>();
    waiting.forEach(task -> current.add(open(task, lanes, person, reader)));
    steps.stream()
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
  private static List<RequestProgress.Step> history(
      List<HistoricActivityInstance> steps,
      List<HistoricVariableUpdate> why,
      Function<String, String> person) {
    return steps.stream()
        .filter(step -> step.getEndTime() != null)
        .map(
            step ->
                new RequestProgress.Step(
                    step.getActivityName(),
                    step.getAssignee() != null
                        ? person.apply(step.getAssignee())
                        : "userTask".equals(step.getActivityType()) ? "-" : "Sistem (otomatis)",
                    time(step.getStartTime()),
                    null,
                    time(step.getEndTime()),
                    outcome(step, why),
                    null))
        .toList();
  }

  /** An open task of a person: who holds it, and a link to it when the reader may work it. */
  private static RequestProgress.Step open(
      Task task,
      Map<String, List<TaskHolders.Lane>> lanes,
      Function<String, String> person,
      Reader reader) {
    List<TaskHolders.Lane> groups = lanes.getOrDefault(task.getId(), List.of());
    boolean mine =
        reader.userId().equals(task.getAssignee())
            || task.getAssignee() == null
                && groups.stream().map(TaskHolders.Lane::id).anyMatch(reader.groupIds()::contains);
    return new RequestProgress.Step(
        task.getName(),
        task.getAssignee() != null
            ? person.apply(task.getAssignee())
            : TaskHolders.Lane.inWords(groups, "Kelompok ", " / "),
        time(task.getCreateTime()),
        time(task.getDueDate()),
        null,
        REVISE_STEP.equals(task.getTaskDefinitionKey())
            ? "Dikembalikan untuk perbaikan"
            : "Menunggu",
        mine ? "/camunda/app/tasklist/default/#/?task=" + task.getId() : null);
  }

  private Map<String, Variables> variables(String[] ids, Collection<String> names) {
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (HistoricVariableInstance variable :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceIdIn(ids)
            .variableNameIn(names.toArray(String[]::new))
            .disableBinaryFetching()
            .disableCustomObjectDeserialization()
            .list()) {
      Map<String, Object> ofRequest =
          values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>());
      if (variable.getProcessInstanceId().equals(variable.getActivityInstanceId())
          || !ofRequest.containsKey(variable.getName())) {
        ofRequest.put(variable.getName(), variable.getValue());
      }
    }
    return values.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Variables(entry.getValue())));
  }

  /**
   * The steps of each request, oldest first. The engine's activity query takes one process
   * instance; its native query takes them all, on the same table and the same mapping.
   */
  private Map<String, List<HistoricActivityInstance>> activities(List<String> processInstanceIds) {
    NativeHistoricActivityInstanceQuery query =
        history
            .createNativeHistoricActivityInstanceQuery()
            .sql(
                "select RES.* from "
                    + management.getTableName(HistoricActivityInstance.class)
                    + " RES where RES.PROC_INST_ID_ in ("
                    + IntStream.range(0, processInstanceIds.size())
                        .mapToObj(i -> "#{id" + i + "}")
                        .collect(Collectors.joining(", "))
                    + ") order by RES.START_TIME_ asc, RES.SEQUENCE_COUNTER_ asc");
    IntStream.range(0, processInstanceIds.size())
        .forEach(i -> query.parameter("id" + i, processInstanceIds.get(i)));
    return query.list().stream()
        .filter(step -> step.getActivityName() != null)
        .filter(step -> !NOT_STEPS.contains(step.getActivityType()))
        .collect(
            Collectors.groupingBy(
                HistoricActivityInstance::getProcessInstanceId,
                LinkedHashMap::new,
                Collectors.toList()));
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

  /** Each reason these requests were returned for correction, oldest first, by request. */
  private Map<String, List<HistoricVariableUpdate>> returnReasons(String[] processInstanceIds) {
    if (processInstanceIds.length == 0) {
      return Map.of();
    }
    return history
        .createHistoricDetailQuery()
        .processInstanceIdIn(processInstanceIds)
        .variableUpdates()
        .variableNameLike(RequestVariables.COMPLETENESS_PROBLEMS)
        .disableBinaryFetching()
        .disableCustomObjectDeserialization()
        .list()
        .stream()
        .map(HistoricVariableUpdate.class::cast)
        .filter(update -> RequestVariables.COMPLETENESS_PROBLEMS.equals(update.getVariableName()))
        .filter(update -> update.getValue() != null && !update.getValue().toString().isBlank())
        .sorted(Comparator.comparing(HistoricVariableUpdate::getTime))
        .collect(Collectors.groupingBy(HistoricVariableUpdate::getProcessInstanceId));
  }
}
