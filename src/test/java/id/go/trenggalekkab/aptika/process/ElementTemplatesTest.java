package id.go.trenggalekkab.aptika.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.modelgate.ModelProblem;
import id.go.trenggalekkab.aptika.modelgate.ModelRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Camunda Modeler element templates of {@code modeler/element-templates/} against the models
 * and the application: they cover every kind of step the models use, offer the office's roles, and
 * a model built from them keeps the model rules, deploys, and runs to its end. (Their JSON against
 * the element templates schema is checked by {@code npm run lint:templates}.)
 *
 * <p>Camunda 7 templates cannot write task listeners or a job's retry cycle. A process owner
 * therefore starts a new step from a copy of a step of the same kind, which brings them, and
 * applies the template to the copy (Modeler leaves listeners and retry cycles alone when it applies
 * a template). {@link #copyOfStep} does that copy here.
 */
@AptikaSpringBootTest
@ExtendWith(FixedOfficeClock.class)
class ElementTemplatesTest {

  static final String NS = "id.go.trenggalekkab.aptika.";
  static final String SOP_STEP = NS + "LangkahSop";

  /** The step the guide tells a process owner to copy for a new human SOP step. */
  static final String GENERIC_SOURCE = "Task_DisposeRequestByKadis";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired WorkingTimeCalendar calendar;
  @Autowired ApplicationContext beans;

  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void engineActsForTheTest() {
    identityService.clearAuthentication();
  }

  @AfterEach
  void removeDeployments() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void everyKindOfStepInTheModelsHasATemplateThatSetsItAsTheModelsDo() {
    List<ElementTemplate> templates = ElementTemplate.all();
    Set<String> templatedDelegates =
        templates.stream()
            .flatMap(t -> t.hidden("camunda:delegateExpression").stream())
            .collect(Collectors.toSet());
    ElementTemplate sopStep = ElementTemplate.byId(SOP_STEP);
    for (BpmnModelInstance model : models()) {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(templatedDelegates)
            .as(task.getId())
            .contains(task.getCamundaDelegateExpression());
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(sopStep.hidden("camunda:dueDate"))
            .as(task.getId())
            .contains(task.getCamundaDueDate());
        if (task.getAttributeValueNs(CAMUNDA_NS, "formRef") != null) {
          assertThat(sopStep.hidden("camunda:formRefBinding"))
              .as(task.getId())
              .contains(task.getAttributeValueNs(CAMUNDA_NS, "formRefBinding"));
        }
      }
    }
    for (ElementTemplate template : templates) {
      template
          .hidden("camunda:delegateExpression")
          .ifPresent(
              expression ->
                  assertThat(beans.containsBean(expression.substring(2, expression.length() - 1)))
                      .as(template.id() + " " + expression)
                      .isTrue());
      assertThat(sourceStep(template)).as(template.id() + " copies a step of bpmn/").isNotNull();
    }
  }

  @Test
  void theLaneDropdownOffersTheOfficesTaskRolesByTheirSopNames() {
    Map<String, String> sopNames =
        Arrays.stream(Role.values()).collect(Collectors.toMap(Role::groupId, Role::groupName));
    for (ElementTemplate template : ElementTemplate.all()) {
      for (ElementTemplate.Property property : template.properties()) {
        if ("camunda:candidateGroups".equals(property.bindingName())) {
          assertThat(property.choices()).as(template.id()).isNotEmpty();
          property
              .choices()
              .forEach((group, name) -> assertThat(name).as(group).isEqualTo(sopNames.get(group)));
        }
      }
    }
    Set<String> choices = roleChoices(ElementTemplate.byId(SOP_STEP));
    assertThat(choices).doesNotContain(Role.ADMINISTRATOR.groupId(), Role.MANAGER.groupId());
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getCamundaCandidateGroups() != null) {
          assertThat(choices).as(task.getId()).contains(task.getCamundaCandidateGroups());
        }
      }
    }
  }

  private static Set<String> roleChoices(ElementTemplate template) {
    return template.properties().stream()
        .filter(p -> "camunda:candidateGroups".equals(p.bindingName()))
        .findFirst()
        .orElseThrow()
        .choices()
        .keySet();
  }

  @Test
  void aModelBuiltFromEveryTemplateKeepsTheModelRulesAndDeploys() {
    BpmnModelInstance model = everyTemplateInARow(true);

    assertThat(gate(model, "TemplateBuiltProcess.bpmn")).isEmpty();
    deploy(model, "TemplateBuiltProcess.bpmn");
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("TemplateBuiltProcess")
                .count())
        .isOne();
  }

  @Test
  void withoutTheCopiedStepOnlyTheListenersTheTemplatesCannotWriteAreMissing() {
    BpmnModelInstance model = everyTemplateInARow(false);

    List<String> expected = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      expected.add(task.getId() + ": pengingat");
      expected.add(task.getId() + ": eskalasi");
    }
    assertThat(gate(model, "TemplateBuiltProcess.bpmn"))
        .extracting(
            problem ->
                problem.elementId()
                    + (problem.message().contains("tidak punya pengingat")
                        ? ": pengingat"
                        : problem.message().contains("tidak punya eskalasi")
                            ? ": eskalasi"
                            : ": " + problem.message()))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThatThrownBy(() -> deploy(model, "TemplateBuiltProcess.bpmn"))
        .hasMessageContaining("tidak punya pengingat");
  }

  /** What the deployment gate finds in the model, deployed with the office's forms. */
  private List<ModelProblem> gate(BpmnModelInstance model, String name) {
    Map<String, byte[]> resources = new java.util.LinkedHashMap<>();
    resources.put(name, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(form -> form.toString().endsWith(".form")).toList()) {
        resources.put(form.getFileName().toString(), Files.readAllBytes(form));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new ModelRules(beans::containsBean, formId -> false).check(resources);
  }

  /** A step made with the SOP step template, and what its form requires to complete it. */
  record Step(String id, String role, String form, String mutuBaku, Map<String, Object> filledIn) {}

  @Test
  void aProcessOfSopStepsFromTheTemplateRunsToItsEndOnItsMutuBakuTimes() {
    List<Step> steps =
        List.of(
            new Step(
                "Task_DisposeByKadis",
                "kadis",
                "Form_SubdomainDisposeByKadis",
                "P2D",
                Map.of("dispositionKadis", "Proses sesuai SOP")),
            new Step(
                "Task_DisposeByKabid",
                "kabid",
                "Form_SubdomainDisposeByKabid",
                "PT4H",
                Map.of("dispositionKabid", "Kerjakan hari ini")));
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("TemplateStepsProcess")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Submitted")
            .userTask(steps.get(0).id())
            .userTask(steps.get(1).id())
            .endEvent("EndEvent_Done")
            .done();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      stepFromTemplate(
          model,
          step.id(),
          SOP_STEP,
          true,
          Map.of(
              "camunda:candidateGroups",
              step.role(),
              "camunda:formRef",
              step.form(),
              ElementProperties.MUTU_BAKU,
              step.mutuBaku(),
              ElementProperties.SOP_STEP,
              String.valueOf(i + 2)));
    }
    assertThat(gate(model, "TemplateStepsProcess.bpmn")).isEmpty();
    deploy(model, "TemplateStepsProcess.bpmn");

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("TemplateStepsProcess");
    for (Step step : steps) {
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getTaskDefinitionKey()).isEqualTo(step.id());
      assertThat(task.getDueDate())
          .isEqualTo(Date.from(calendar.dueAt(FixedOfficeClock.NOW.toInstant(), step.mutuBaku())));
      assertThat(taskService.getIdentityLinksForTask(task.getId()))
          .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(step.role()));
      assertThat(
              managementService
                  .createJobQuery()
                  .processInstanceId(instance.getId())
                  .timers()
                  .count())
          .as("reminder and escalation")
          .isEqualTo(2);
      taskService.complete(task.getId(), step.filledIn());
    }

    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .finished()
                .count())
        .isOne();
  }

  /** Start, every template once (each on a copy of its kind of step, or not), end. */
  private BpmnModelInstance everyTemplateInARow(boolean fromCopies) {
    List<ElementTemplate> templates = ElementTemplate.all();
    AbstractFlowNodeBuilder<?, ?> flow =
        Bpmn.createExecutableProcess("TemplateBuiltProcess")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Submitted");
    for (ElementTemplate template : templates) {
      String id = elementId(template);
      flow =
          "bpmn:UserTask".equals(template.elementType()) ? flow.userTask(id) : flow.serviceTask(id);
    }
    BpmnModelInstance model = flow.endEvent("EndEvent_Done").done();
    for (ElementTemplate template : templates) {
      stepFromTemplate(
          model,
          elementId(template),
          template.id(),
          fromCopies,
          Map.of("camunda:formRef", "Form_SubdomainDisposeByKadis"));
    }
    return model;
  }

  private static String elementId(ElementTemplate template) {
    return "Task_" + template.id().substring(NS.length());
  }

  private void stepFromTemplate(
      BpmnModelInstance model,
      String elementId,
      String templateId,
      boolean fromCopy,
      Map<String, String> entered) {
    ElementTemplate template = ElementTemplate.byId(templateId);
    Activity step = model.getModelElementById(elementId);
    if (fromCopy) {
      copyOfStep(sourceStep(template), step);
    }
    template.applyTo(step, entered);
  }

  /**
   * The step of {@code bpmn/} a process owner copies for this template: the one with the template's
   * delegate or form, or for a plain SOP step {@link #GENERIC_SOURCE}.
   */
  private static Activity sourceStep(ElementTemplate template) {
    String delegate = template.hidden("camunda:delegateExpression").orElse(null);
    String form = template.hidden("camunda:formRef").orElse(null);
    for (BpmnModelInstance model : models()) {
      for (Activity activity : model.getModelElementsByType(Activity.class)) {
        boolean same =
            delegate != null
                ? activity instanceof ServiceTask service
                    && delegate.equals(service.getCamundaDelegateExpression())
                : form != null
                    ? form.equals(activity.getAttributeValueNs(CAMUNDA_NS, "formRef"))
                    : GENERIC_SOURCE.equals(activity.getId());
        if (same) {
          return activity;
        }
      }
    }
    return null;
  }

  /** What copy and paste brings along that a template cannot write: listeners, retry cycle. */
  private static void copyOfStep(Activity source, Activity copy) {
    if (source.getExtensionElements() == null) {
      return;
    }
    var query = source.getExtensionElements().getElementsQuery();
    if (copy instanceof UserTask task) {
      for (CamundaTaskListener listener : query.filterByType(CamundaTaskListener.class).list()) {
        if ("timeout".equals(listener.getCamundaEvent())) {
          task.builder()
              .camundaTaskListenerDelegateExpressionTimeoutWithDate(
                  listener.getAttributeValue("id"),
                  listener.getCamundaDelegateExpression(),
                  listener.getTimeouts().iterator().next().getTimeDate().getTextContent());
        } else {
          task.builder()
              .camundaTaskListenerDelegateExpression(
                  listener.getCamundaEvent(), listener.getCamundaDelegateExpression());
        }
      }
    }
    if (copy instanceof ServiceTask task) {
      query.filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
          .findFirst()
          .ifPresent(
              cycle -> task.builder().camundaFailedJobRetryTimeCycle(cycle.getTextContent()));
    }
  }

  private void deploy(BpmnModelInstance model, String name) {
    DeploymentBuilder deployment =
        repositoryService.createDeployment().addModelInstance(name, model);
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      forms
          .filter(form -> form.toString().endsWith(".form"))
          .forEach(form -> deployment.addClasspathResource("forms/" + form.getFileName()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    deployments.add(deployment.deploy().getId());
  }

  private static List<BpmnModelInstance> models() {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files
          .filter(p -> p.toString().endsWith(".bpmn"))
          .sorted()
          .map(p -> Bpmn.readModelFromFile(p.toFile()))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
