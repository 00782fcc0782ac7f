package id.go.trenggalekkab.aptika.modelgate;

import static id.go.trenggalekkab.aptika.identity.People.ADMIN;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.process.OfficeProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The gate in front of the engine, through the request Camunda Modeler sends ({@code POST
 * /engine-rest/deployment/create}, multipart, Basic auth): a model that breaks a rule is refused
 * whole with a 400 naming the element in Bahasa Indonesia, and nothing is deployed; the office's
 * models deploy.
 */
@AptikaSpringBootTest
class DeploymentGateTest {

  static final String TASK = ModelRulesTest.TASK;
  static final String FORM = "{\"id\": \"Form_Check\", \"type\": \"default\", \"components\": []}";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired ProcessEngine engine;

  /** What a process owner might deploy, each breaking one rule, and the message they read. */
  enum Broken {
    SCRIPT_TASK(
        ModelRulesTest.checkTask(task -> {})
            .scriptTask("Task_Cleanup")
            .name("Membersihkan data")
            .scriptFormat("javascript")
            .scriptText("1")
            .done(),
        "\"Membersihkan data\" (Task_Cleanup) adalah script task: model tidak boleh menjalankan"
            + " skrip."),
    NO_MUTU_BAKU_TIME(
        ModelRulesTest.checkTask(task -> {}, UserTaskRules.REMINDER, UserTaskRules.ESCALATION, null)
            .done(),
        TASK + " tidak punya waktu Mutu Baku (properti mutuBakuDuration"),
    BEAN_CALL(
        ModelRulesTest.checkTask(
                task ->
                    task.camundaInputParameter(
                        "x",
                        "${execution.getProcessEngineServices().getRuntimeService()"
                            + ".deleteProcessInstance(execution.processInstanceId, '')}"))
            .done(),
        TASK
            + ": ekspresi ${execution.getProcessEngineServices().getRuntimeService()"
            + ".deleteProcessInstance(execution.processInstanceId, '')} memanggil"),
    UNKNOWN_DELEGATE(
        ModelRulesTest.checkTask(task -> {})
            .serviceTask("Task_Purge")
            .name("Menghapus permohonan")
            .camundaDelegateExpression("${runtimeService}")
            .done(),
        "\"Menghapus permohonan\" (Task_Purge): delegate ${runtimeService} tidak dikenal."),
    NO_HISTORY_TIME_TO_LIVE(
        withoutHistoryTimeToLive(ModelRulesTest.checkTask(task -> {}).done()),
        "Proses CheckProcess tidak punya historyTimeToLive");

    final BpmnModelInstance model;
    final String message;

    Broken(BpmnModelInstance model, String message) {
      this.model = model;
      this.message = message;
    }
  }

  @ParameterizedTest
  @EnumSource(Broken.class)
  void aModelBreakingARuleIsRefusedWholeNamingTheElement(Broken broken) {
    // given
    long deployments = repositoryService.createDeploymentQuery().count();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("check.bpmn", Bpmn.convertToString(broken.model).getBytes(StandardCharsets.UTF_8));
    files.put("check.form", FORM.getBytes(StandardCharsets.UTF_8));

    // when
    ResponseEntity<JsonNode> response = deployAsModeler("Pemeriksaan", files);

    // then
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    String message = response.getBody().get("message").asText();
    assertThat(message)
        .startsWith("Deployment \"Pemeriksaan\" ditolak; tidak ada yang dipasang.")
        .contains("\n- " + broken.message)
        .doesNotContain("Exception", "\tat ");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("CheckProcess")
                .count())
        .isZero();
  }

  @Test
  void theSameModelInOrderIsDeployed() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "check.bpmn",
        Bpmn.convertToString(ModelRulesTest.checkTask(task -> {}).done())
            .getBytes(StandardCharsets.UTF_8));
    files.put("check.form", FORM.getBytes(StandardCharsets.UTF_8));
    ResponseEntity<JsonNode> response = deployAsModeler("Pemeriksaan", files);
    assertThat(response.getStatusCode().value())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(200);
    repositoryService.deleteDeployment(response.getBody().get("id").asText(), true);
  }

  @Test
  void theOfficeModelsDeployWithTheirForms() throws Exception {
    for (OfficeProcess process : OfficeProcess.values()) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      Path model = Path.of("bpmn", process.key() + ".bpmn");
      files.put(model.getFileName().toString(), Files.readAllBytes(model));
      try (Stream<Path> forms = Files.list(Path.of("forms"))) {
        for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
          files.put(form.getFileName().toString(), Files.readAllBytes(form));
        }
      }
      ResponseEntity<JsonNode> response = deployAsModeler(process.key() + " (uji)", files);
      assertThat(response.getStatusCode().value()).as(process.key()).isEqualTo(200);
      repositoryService.deleteDeployment(response.getBody().get("id").asText(), true);
    }
  }

  @Test
  void theApplicationDeploysBpmnThroughTheSameGate() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getCustomPreDeployers())
        .hasAtLeastOneElementOfType(DeploymentGate.class);
    for (OfficeProcess process : OfficeProcess.values()) {
      assertThat(
              repositoryService
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(process.key())
                  .count())
          .as(process.key())
          .isPositive();
    }
  }

  /** The request Camunda Modeler's "Deploy" sends: each file a part named by its file name. */
  private ResponseEntity<JsonNode> deployAsModeler(String name, Map<String, byte[]> files) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", name);
    form.add("deployment-source", "Camunda Modeler");
    form.add("enable-duplicate-filtering", "true");
    files.forEach(
        (fileName, content) ->
            form.add(
                fileName,
                new ByteArrayResource(content) {
                  @Override
                  public String getFilename() {
                    return fileName;
                  }
                }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(ADMIN, PASSWORD)
        .postForEntity(
            "/engine-rest/deployment/create", new HttpEntity<>(form, headers), JsonNode.class);
  }

  private static BpmnModelInstance withoutHistoryTimeToLive(BpmnModelInstance model) {
    model
        .getModelElementsByType(Process.class)
        .iterator()
        .next()
        .setCamundaHistoryTimeToLiveString(null);
    return model;
  }
}
