package id.go.trenggalekkab.aptika.form;

import static id.go.trenggalekkab.aptika.identity.People.EXECUTOR;
import static id.go.trenggalekkab.aptika.identity.People.KABID;
import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.identity.People;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Steps instances through a process as its people would and, at each start event and user task,
 * tries every variable the element's form does not offer. The forms' editable fields are read here
 * from the files in {@code forms/}, independently of the code under test.
 */
final class FormSweep {

  static final String FORGED = "nilai palsu dari pengguna";

  private static final Set<String> PRIMITIVE =
      Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CAM_VARIABLE = Pattern.compile("cam-variable-name=\"([^\"]+)\"");
  private static final Map<String, String> WORKER_OF_GROUP =
      Map.of("kadis", KADIS, "kabid", KABID, "executor", EXECUTOR);

  private final ProcessEngine engine;
  private final People people;
  private final Map<String, Set<String>> swept = new HashMap<>();
  private final Map<String, List<String>> instances = new HashMap<>();
  private final Map<String, String> starters = new HashMap<>();

  FormSweep(ProcessEngine engine) {
    this.engine = engine;
    this.people = new People(engine.getIdentityService());
  }

  ProcessInstance start(
      String process, String starter, Map<String, Object> variables, boolean sweeping) {
    if (sweeping) {
      StartEvent start = model(process).getModelElementsByType(StartEvent.class).iterator().next();
      for (String name : foreignTo(process, start)) {
        Map<String, Object> forged = new HashMap<>(variables);
        forged.put(name, FORGED);
        long before = instanceCount(process);
        as(starter, () -> assertRefused(name, () -> startAs(process, forged)));
        assertThat(instanceCount(process)).as("no instance started with " + name).isEqualTo(before);
      }
      swept.computeIfAbsent(process, p -> new TreeSet<>()).add(start.getId());
    }
    ProcessInstance instance = asUser(starter, () -> startAs(process, variables));
    instances.computeIfAbsent(process, p -> new ArrayList<>()).add(instance.getId());
    starters.put(instance.getId(), starter);
    return instance;
  }

  void task(ProcessInstance instance, String taskKey, Map<String, Object> legit, boolean sweeping) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as("open task " + taskKey).isNotNull();
    String worker = workerOf(task);
    String process = processKey(instance);
    if (sweeping) {
      UserTask element = model(process).getModelElementById(taskKey);
      Map<String, String> before = snapshot(instance);
      for (String name : foreignTo(process, element)) {
        as(
            worker,
            () ->
                assertRefused(
                    name,
                    () -> engine.getTaskService().complete(task.getId(), Map.of(name, FORGED))));
      }
      assertThat(snapshot(instance))
          .as("what the instance holds after " + taskKey)
          .isEqualTo(before);
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
          .isEqualTo(1);
      swept.computeIfAbsent(process, p -> new TreeSet<>()).add(taskKey);
    }
    as(
        worker,
        () -> {
          if (task.getAssignee() == null) {
            engine.getTaskService().claim(task.getId(), worker);
          }
          engine.getTaskService().complete(task.getId(), legit);
        });
  }

  void job(ProcessInstance instance, String activityId) {
    List<Job> jobs =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .messages()
            .list();
    assertThat(jobs).hasSize(1);
    assertThat(activityOf(jobs.get(0))).isEqualTo(activityId);
    engine.getManagementService().executeJob(jobs.get(0).getId());
  }

  Object variable(ProcessInstance instance, String name) {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }

  Set<String> swept(String process) {
    return swept.getOrDefault(process, Set.of());
  }

  /** Every start event and user task of the model: the steps that have a form. */
  List<String> formSteps(String process) {
    BpmnModelInstance model = model(process);
    return Stream.concat(
            model.getModelElementsByType(StartEvent.class).stream(),
            model.getModelElementsByType(UserTask.class).stream())
        .map(BaseElement::getId)
        .toList();
  }

  /**
   * What the process holds in any instance seen so far, and the fields of all its forms, less the
   * editable fields of this element's form.
   */
  private Set<String> foreignTo(String process, BaseElement element) {
    Set<String> names = new TreeSet<>();
    names.add("initiator");
    for (String instanceId : instances.getOrDefault(process, List.of())) {
      engine
          .getHistoryService()
          .createHistoricVariableInstanceQuery()
          .processInstanceId(instanceId)
          .disableBinaryFetching()
          .disableCustomObjectDeserialization()
          .list()
          .stream()
          .map(HistoricVariableInstance::getName)
          .forEach(names::add);
    }
    for (String step : formSteps(process)) {
      names.addAll(editableFields(model(process).getModelElementById(step)));
    }
    names.removeAll(editableFields(element));
    assertThat(names).as("variables to try at " + element.getId()).hasSizeGreaterThan(5);
    return names;
  }

  /** The editable fields of the element's form, read from the form's file. */
  static Set<String> editableFields(BaseElement element) {
    String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
    String formKey = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formKey");
    try {
      if (formRef != null) {
        return camundaFormFields(formRef);
      }
      assertThat(formKey).as(element.getId() + " has a form").startsWith("embedded:app:forms/");
      String html = Files.readString(Path.of(formKey.substring("embedded:app:".length())));
      Set<String> fields = new HashSet<>();
      CAM_VARIABLE.matcher(html).results().forEach(m -> fields.add(m.group(1)));
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> camundaFormFields(String formId) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        if (form.path("id").asText().equals(formId)) {
          Set<String> fields = new HashSet<>();
          collect(form.path("components"), fields);
          return fields;
        }
      }
    }
    throw new AssertionError("No form with id " + formId + " in forms/");
  }

  private static void collect(JsonNode components, Set<String> fields) {
    for (JsonNode component : components) {
      collect(component.path("components"), fields);
      if (component.hasNonNull("key")
          && !component.path("disabled").asBoolean()
          && !component.path("readonly").asBoolean()) {
        fields.add(component.get("key").asText());
      }
    }
  }

  private static void assertRefused(String name, Runnable attempt) {
    assertThatThrownBy(attempt::run)
        .as(name)
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("\"" + name + "\"");
  }

  private ProcessInstance startAs(String process, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(process, variables);
  }

  private <T> T asUser(String userId, java.util.function.Supplier<T> action) {
    people.actAs(userId);
    try {
      return action.get();
    } finally {
      people.actAsNobody();
    }
  }

  private void as(String userId, Runnable action) {
    asUser(
        userId,
        () -> {
          action.run();
          return null;
        });
  }

  private String workerOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        String worker = WORKER_OF_GROUP.get(link.getGroupId());
        return worker != null ? worker : starters.get(task.getProcessInstanceId());
      }
    }
    throw new AssertionError("Nobody works " + task.getTaskDefinitionKey());
  }

  private Map<String, String> snapshot(ProcessInstance instance) {
    Map<String, String> held = new TreeMap<>();
    for (VariableInstance variable :
        engine
            .getRuntimeService()
            .createVariableInstanceQuery()
            .processInstanceIdIn(instance.getId())
            .disableBinaryFetching()
            .disableCustomObjectDeserialization()
            .list()) {
      held.put(
          variable.getName() + "@" + variable.getExecutionId() + "/" + variable.getTaskId(),
          variable.getTypeName()
              + ":"
              + (PRIMITIVE.contains(variable.getTypeName())
                  ? variable.getValue()
                  : variable.getId()));
    }
    return held;
  }

  private long instanceCount(String process) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(process)
        .count();
  }

  private String processKey(ProcessInstance instance) {
    return engine
        .getRepositoryService()
        .getProcessDefinition(instance.getProcessDefinitionId())
        .getKey();
  }

  private String activityOf(Job job) {
    return engine
        .getManagementService()
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  private BpmnModelInstance model(String process) {
    String id =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(process)
            .latestVersion()
            .withoutTenantId()
            .singleResult()
            .getId();
    return engine.getRepositoryService().getBpmnModelInstance(id);
  }
}
