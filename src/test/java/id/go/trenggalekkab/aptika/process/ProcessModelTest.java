package id.go.trenggalekkab.aptika.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.modelgate.AllowedCode;
import id.go.trenggalekkab.aptika.modelgate.ModelRules;
import id.go.trenggalekkab.aptika.modelgate.ProcedureRules;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The models in {@code bpmn/} against the SOPs and the application: lanes named as the SOP's
 * columns, ids with business meaning in one style per kind, gateways named as merges or questions,
 * every form and delegate resolvable, the Modeler's attributes, and the rules every deployment
 * passes ({@link ModelRules}: no code, roles, forms, Mutu Baku, lanes). The naming rules are in
 * {@link ModelConventions}.
 */
@AptikaSpringBootTest
class ProcessModelTest {

  @Autowired RepositoryService repositoryService;
  @Autowired ApplicationContext beans;

  static Stream<Path> models() throws Exception {
    return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  void onePoolWhoseProcessIdIsTheFileName(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Collection<Participant> pools = model.getModelElementsByType(Participant.class);
    assertThat(pools).hasSize(1);
    Process process = pools.iterator().next().getProcess();
    assertThat(process.getId() + ".bpmn").isEqualTo(file.getFileName().toString());
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(process.getCamundaCandidateStarterGroups()).isNotBlank();
    Definitions definitions = model.getDefinitions();
    assertThat(
            definitions
                .getDomElement()
                .getAttribute("http://camunda.org/schema/modeler/1.0", "executionPlatform"))
        .isEqualTo("Camunda Platform");
    assertThat(
            definitions
                .getDomElement()
                .getAttribute("http://camunda.org/schema/modeler/1.0", "executionPlatformVersion"))
        .isEqualTo("7.24.0");
  }

  @ParameterizedTest
  @MethodSource("models")
  void lanesAreTheSopColumnsAndEveryStepSitsInOne(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    String processId = processId(model);
    List<String> lanes =
        model.getModelElementsByType(Lane.class).stream().map(Lane::getName).toList();
    assertThat(lanes)
        .containsExactlyInAnyOrderElementsOf(
            ProcedureRules.SOP_COLUMNS.get(OfficeProcess.ofKey(processId).orElseThrow()));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      long inLanes =
          model.getModelElementsByType(Lane.class).stream()
              .filter(lane -> lane.getFlowNodeRefs().contains(node))
              .count();
      assertThat(inLanes).as(node.getId()).isOne();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everySopStepCarriesItsNumberAndMutuBaku(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<FlowNode> steps =
        model.getModelElementsByType(FlowNode.class).stream()
            .filter(
                node ->
                    node instanceof UserTask
                        || node instanceof ServiceTask
                        // a start event is a step where the SOP's step 1 is the submission (SOP A,
                        // 060/018)
                        || (node instanceof StartEvent
                            && node.getDocumentations().stream()
                                .anyMatch(d -> d.getTextContent().startsWith("Langkah"))))
            .toList();
    for (FlowNode step : steps) {
      String documentation =
          step.getDocumentations().stream().map(d -> d.getTextContent()).reduce("", String::concat);
      assertThat(documentation).as(step.getId()).containsPattern("Langkah \\d|langkah \\d");
      if (!documentation.contains("Bagian otomatis")) {
        assertThat(documentation)
            .as(step.getId())
            .contains("Mutu Baku", "Waktu:", "Persyaratan/Kelengkapan:", "Output:");
      }
      assertThat(step.getName()).as(step.getId()).isNotBlank();
    }
    long numberedSteps =
        steps.stream()
            .filter(s -> !s.getDocumentations().isEmpty())
            .map(s -> s.getDocumentations().iterator().next().getTextContent())
            .filter(d -> d.startsWith("Langkah ") && !d.contains("Bagian otomatis"))
            .map(d -> d.lines().findFirst().orElse(""))
            .distinct()
            .count();
    assertThat(numberedSteps)
        .isEqualTo(
            Map.of(
                    "SplpAccountProcess",
                    7L,
                    "SplpApplicationProcess",
                    3L,
                    "SubdomainHostingProcess",
                    9L)
                .get(processId(model)));
  }

  @ParameterizedTest
  @MethodSource("models")
  void idsNameTheBusinessMeaning(Path file) throws Exception {
    String xml = Files.readString(file);
    assertThat(xml)
        .doesNotContainPattern(
            "id=\"(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Lane|Participant|Process|"
                + "SequenceFlow|Task)_[0-9a-z]{7}\"");
  }

  @ParameterizedTest
  @MethodSource("models")
  void idsFollowOneStylePerKindOfElement(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    assertThat(ModelConventions.idStyle(model)).isEmpty();
    assertThat(ModelConventions.errorCodes(model)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void mergesSayNothingAndDecisionsAskWhatTheirFlowsAnswer(Path file) {
    assertThat(ModelConventions.gateways(Bpmn.readModelFromFile(file.toFile()))).isEmpty();
  }

  /**
   * The check the engine makes on every deployment ({@code modelgate.DeploymentGate}), made here on
   * each file with the forms in {@code forms/}, so that the build fails before the application
   * would refuse to start.
   */
  @ParameterizedTest
  @MethodSource("models")
  void passesTheDeploymentRulesWithItsForms(Path file) throws Exception {
    Map<String, byte[]> deployment = new HashMap<>();
    deployment.put(file.getFileName().toString(), Files.readAllBytes(file));
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        deployment.put(form.getFileName().toString(), Files.readAllBytes(form));
      }
    }
    assertThat(Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class))
        .isNotEmpty();
    assertThat(new ModelRules(beans::containsBean, formId -> false).check(deployment)).isEmpty();
  }

  @Test
  void everyDelegateListenerAndMethodTheRulesAllowIsABean() {
    Stream.of(AllowedCode.DELEGATES, AllowedCode.LISTENERS, AllowedCode.METHODS)
        .flatMap(Set::stream)
        .map(name -> name.replaceAll("\\..*", ""))
        .forEach(bean -> assertThat(beans.containsBean(bean)).as(bean).isTrue());
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFormAndDelegateResolves(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    String processId = processId(model);
    String deploymentId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(processId)
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertFormResolves(
          task.getId(),
          task.getAttributeValueNs(CAMUNDA, "formRef"),
          task.getCamundaFormKey(),
          deploymentId);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      String formRef = start.getAttributeValueNs(CAMUNDA, "formRef");
      if (formRef != null || start.getCamundaFormKey() != null) {
        assertFormResolves(start.getId(), formRef, start.getCamundaFormKey(), deploymentId);
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String expression = task.getCamundaDelegateExpression();
      assertThat(expression).as(task.getId()).matches("\\$\\{[A-Za-z]+}");
      assertThat(beans.containsBean(expression.substring(2, expression.length() - 1)))
          .as(task.getId() + " " + expression)
          .isTrue();
      assertThat(task.getCamundaClass()).as(task.getId()).isNull();
    }
  }

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private void assertFormResolves(
      String element, String formRef, String formKey, String deploymentId) {
    if (formRef != null) {
      assertThat(
              repositoryService.getDeploymentResourceNames(deploymentId).stream()
                  .filter(name -> name.endsWith(".form"))
                  .anyMatch(
                      name ->
                          readResource(deploymentId, name).contains("\"id\": \"" + formRef + "\"")))
          .as(element + " formRef " + formRef)
          .isTrue();
    } else {
      assertThat(formKey).as(element + " has a form").startsWith("embedded:app:forms/");
      String html = formKey.substring("embedded:app:".length());
      assertThat(new File("forms", html.substring("forms/".length()))).as(formKey).exists();
      assertThat(getClass().getResource("/static/" + html)).as(formKey + " served").isNotNull();
    }
  }

  private String readResource(String deploymentId, String name) {
    try (var in = repositoryService.getResourceAsStream(deploymentId, name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String processId(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).iterator().next().getId();
  }
}
