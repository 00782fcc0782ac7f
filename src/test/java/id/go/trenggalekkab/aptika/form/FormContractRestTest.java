package id.go.trenggalekkab.aptika.form;

import static id.go.trenggalekkab.aptika.identity.People.API_USER_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.KABID;
import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.system.WebappSession;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Over real HTTP, every path a person may take to complete a task or start a process refuses a
 * variable its form does not offer, with 400 and one message in Bahasa Indonesia naming it, and
 * changes nothing: engine-rest's {@code submit-form}, {@code complete} and {@code start}, and the
 * webapps' own API that Tasklist calls.
 */
@AptikaSpringBootTest
class FormContractRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @LocalServerPort int port;

  String request;
  String kadisTask;

  @BeforeEach
  void aClerkOfTheDinasKesehatanSubmitsARequest() {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", "kontrak" + System.nanoTime() % 1_000_000);
    ResponseEntity<JsonNode> started =
        post(
            CLERK_DINKES,
            "/engine-rest/process-definition/key/SubdomainHostingProcess/start",
            Map.of("variables", RequestFixtures.asRestVariables(variables)));
    assertThat(started.getStatusCode())
        .as(String.valueOf(started.getBody()))
        .isEqualTo(HttpStatus.OK);
    request = started.getBody().get("id").asText();
    kadisTask = tasks.createTaskQuery().processInstanceId(request).singleResult().getId();
  }

  @ParameterizedTest
  @ValueSource(strings = {"submit-form", "complete"})
  void engineRestRefusesAVariableTheKadisFormDoesNotOffer(String action) {
    ResponseEntity<JsonNode> refused =
        post(
            KADIS,
            "/engine-rest/task/" + kadisTask + "/" + action,
            variables(
                Map.of(
                    "dispositionKadis", text("Kabid, mohon diproses."),
                    "contactEmail", text("penyusup@contoh.example"))));

    assertRefused(refused, "contactEmail", "Tugas belum dapat diselesaikan.");
    assertNothingChanged();
  }

  @Test
  void theWebappsApiThatTasklistCallsRefusesItToo() {
    WebappSession kadis = WebappSession.signIn(port, KADIS, PASSWORD);

    HttpResponse<String> refused =
        kadis.postJson(
            "/camunda/api/engine/engine/default/task/" + kadisTask + "/submit-form",
            json(
                variables(
                    Map.of(
                        "dispositionKadis", text("Kabid, mohon diproses."),
                        "unitId", text("disdik"),
                        "unitName", text("Dinas Pendidikan")))));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    String message = message(refused.body());
    assertThat(message)
        .startsWith("Tugas belum dapat diselesaikan.")
        .contains("\"unitId\"", "\"unitName\"")
        .doesNotContain("ENGINE-");
    assertNothingChanged();
  }

  @ParameterizedTest
  @ValueSource(strings = {"start", "submit-form"})
  void aStartMayNotNameItsInitiatorTheStarterIsTheAuthenticatedUser(String action) {
    String path = "/engine-rest/process-definition/key/SplpApplicationProcess/" + action;
    Map<String, Object> forged =
        new HashMap<>(RequestFixtures.asRestVariables(RequestFixtures.anSplpApplicationRequest()));
    forged.put("initiator", text(CLERK_DINKES));
    long before = instancesOf("SplpApplicationProcess");

    assertRefused(post(API_USER_DINKES, path, variables(forged)), "initiator", "Proses belum");
    assertThat(instancesOf("SplpApplicationProcess")).isEqualTo(before);

    ResponseEntity<JsonNode> started =
        post(
            API_USER_DINKES,
            path,
            variables(RequestFixtures.asRestVariables(RequestFixtures.anSplpApplicationRequest())));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.getVariable(started.getBody().get("id").asText(), "initiator"))
        .isEqualTo(API_USER_DINKES);
  }

  /** Types no form here declares: the engine cannot even read two of them without Spin. */
  @ParameterizedTest
  @ValueSource(strings = {"Object", "Json", "Xml", "Bytes", "Date", "Integer"})
  void aValueOfATypeTheFormDoesNotDeclareIsA400InBahasaIndonesia(String type) throws Exception {
    Map<String, Object> value =
        switch (type) {
          case "Object" ->
              Map.of(
                  "value", javaSerialized("Kabid, mohon diproses."),
                  "type", "Object",
                  "valueInfo",
                      Map.of(
                          "objectTypeName", "java.lang.String",
                          "serializationDataFormat", "application/x-java-serialized-object"));
          case "Json" ->
              Map.of("value", "{\"catatan\":\"Kabid, mohon diproses.\"}", "type", "Json");
          case "Xml" -> Map.of("value", "<catatan>Kabid, mohon diproses.</catatan>", "type", "Xml");
          case "Bytes" -> Map.of("value", "S2FiaWQ=", "type", "Bytes");
          case "Date" -> Map.of("value", "2026-11-20T10:00:00.000+0700", "type", "Date");
          default -> Map.of("value", 42, "type", "Integer");
        };

    ResponseEntity<JsonNode> refused =
        post(
            KADIS,
            "/engine-rest/task/" + kadisTask + "/submit-form",
            variables(Map.of("dispositionKadis", value)));

    assertThat(refused.getStatusCode())
        .as(String.valueOf(refused.getBody()))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains(type)
        .containsAnyOf("tidak diterima", "tidak dapat diterima")
        .doesNotContain("ENGINE-", "Cannot");
    assertNothingChanged();
  }

  @Test
  void aTextOfSpacesOnlyIsNoDisposition() {
    ResponseEntity<JsonNode> refused =
        post(
            KADIS,
            "/engine-rest/task/" + kadisTask + "/complete",
            variables(Map.of("dispositionKadis", text("     "))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("wajib diisi");
    assertNothingChanged();
  }

  /**
   * The form is checked before the command runs, but its refusal waits for the engine's check of
   * the caller's right: a caller without it is refused as such and learns nothing of the form.
   */
  @Test
  void aCallerWithoutTheRightIsRefusedForThatAndNotByTheForm() {
    Map<String, Object> offTheForm =
        Map.of(
            "dispositionKadis", text("Kabid, mohon diproses."),
            "contactEmail", text("penyusup@contoh.example"));
    ResponseEntity<JsonNode> notHisTask =
        post(KABID, "/engine-rest/task/" + kadisTask + "/complete", variables(offTheForm));
    long before = instancesOf("SubdomainHostingProcess");
    ResponseEntity<JsonNode> notHisProcess =
        post(
            KADIS,
            "/engine-rest/process-definition/key/SubdomainHostingProcess/submit-form",
            variables(Map.of("initiator", text(KADIS))));

    for (ResponseEntity<JsonNode> refused : List.of(notHisTask, notHisProcess)) {
      assertThat(refused.getStatusCode())
          .as(String.valueOf(refused.getBody()))
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(refused.getBody().get("message").asText())
          .doesNotContain("belum dapat", "contactEmail", "initiator");
    }
    assertNothingChanged();
    assertThat(instancesOf("SubdomainHostingProcess")).isEqualTo(before);
  }

  @Test
  void aClerkCannotStartAtAnInnerStepNorSkipTheIntakeNorChooseTheBusinessKey() {
    Map<String, Object> restVariables =
        RequestFixtures.asRestVariables(RequestFixtures.aSubdomainRequest());
    String start = "/engine-rest/process-definition/key/SubdomainHostingProcess/start";
    long before = instancesOf("SubdomainHostingProcess");

    ResponseEntity<JsonNode> atInnerStep =
        post(
            CLERK_DINKES,
            start,
            Map.of(
                "variables",
                restVariables,
                "skipCustomListeners",
                true,
                "startInstructions",
                List.of(
                    Map.of(
                        "type", "startBeforeActivity", "activityId", "Task_ProvisionSubdomain"))));
    ResponseEntity<JsonNode> withBusinessKey =
        post(CLERK_DINKES, start, Map.of("variables", restVariables, "businessKey", "sikesda"));

    for (ResponseEntity<JsonNode> refused : List.of(atInnerStep, withBusinessKey)) {
      assertThat(refused.getStatusCode())
          .as(String.valueOf(refused.getBody()))
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("message").asText())
          .contains("hanya dapat dilakukan Administrator");
    }
    assertThat(instancesOf("SubdomainHostingProcess")).isEqualTo(before);
  }

  /** Restarting needs only READ_HISTORY, which a clerk holds for the requests of their unit. */
  @Test
  void aClerkCannotRestartAnEndedRequestAtAnInnerStep() {
    String definition =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(request)
            .singleResult()
            .getProcessDefinitionId();
    runtime.deleteProcessInstance(request, "ditarik");
    long before =
        history.createHistoricProcessInstanceQuery().processDefinitionId(definition).count();

    ResponseEntity<JsonNode> refused =
        post(
            CLERK_DINKES,
            "/engine-rest/process-definition/" + definition + "/restart",
            Map.of(
                "processInstanceIds", List.of(request),
                "skipCustomListeners", true,
                "instructions",
                    List.of(
                        Map.of(
                            "type", "startBeforeActivity", "activityId", "Task_SendReplyLetter"))));

    assertThat(refused.getStatusCode())
        .as(String.valueOf(refused.getBody()))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("hanya dapat dilakukan Administrator");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionId(definition).count())
        .isEqualTo(before);
  }

  @Test
  void aCandidateCannotEndATaskWithABpmnErrorCarryingVariables() {
    ResponseEntity<JsonNode> refused =
        post(
            KADIS,
            "/engine-rest/task/" + kadisTask + "/bpmnError",
            Map.of("errorCode", "Err_Apa_Saja", "variables", Map.of("unitId", text("disdik"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("hanya dapat dilakukan Administrator");
    assertNothingChanged();
  }

  /** The variables API needs UPDATE_VARIABLE, which no role of the SOPs holds. */
  @Test
  void theVariablesApiIsClosedToCandidatesAndApplicants() {
    ResponseEntity<JsonNode> onTask =
        http.withBasicAuth(KADIS, PASSWORD)
            .exchange(
                "/engine-rest/task/" + kadisTask + "/variables/unitId",
                HttpMethod.PUT,
                new HttpEntity<>(text("disdik")),
                JsonNode.class);
    ResponseEntity<JsonNode> onTaskLocally =
        post(
            KADIS,
            "/engine-rest/task/" + kadisTask + "/localVariables",
            Map.of("modifications", Map.of("unitId", text("disdik"))));
    ResponseEntity<JsonNode> onInstance =
        post(
            CLERK_DINKES,
            "/engine-rest/process-instance/" + request + "/variables",
            Map.of("modifications", Map.of("unitId", text("disdik"))));

    assertThat(List.of(onTask, onTaskLocally, onInstance))
        .extracting(ResponseEntity::getStatusCode)
        .containsOnly(HttpStatus.FORBIDDEN);
    assertNothingChanged();
  }

  /** TASK_WORK would let the engine accept a claim naming anyone; handing work on is assigning. */
  @Test
  void aCandidateClaimsOnlyForHimself() {
    ResponseEntity<JsonNode> forAnother =
        post(KADIS, "/engine-rest/task/" + kadisTask + "/claim", Map.of("userId", KABID));

    assertThat(forAnother.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forAnother.getBody().get("message").asText()).contains("tidak berwenang");
    assertThat(tasks.createTaskQuery().taskId(kadisTask).singleResult().getAssignee()).isNull();

    ResponseEntity<JsonNode> forHimself =
        post(KADIS, "/engine-rest/task/" + kadisTask + "/claim", Map.of("userId", KADIS));
    assertThat(forHimself.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(kadisTask).singleResult().getAssignee())
        .isEqualTo(KADIS);
  }

  /**
   * The engine checks a manual job execution only inside the job and counts the refusal as a failed
   * attempt: a clerk who may read her request's reminder timer could otherwise use up its retries.
   */
  @Test
  void onlyAnAdministratorRunsAJobByHandAndARefusalCostsTheJobNoRetry() {
    Job reminder = management.createJobQuery().processInstanceId(request).list().get(0);
    assertThat(
            http.withBasicAuth(CLERK_DINKES, PASSWORD)
                .getForEntity("/engine-rest/job/" + reminder.getId(), JsonNode.class)
                .getStatusCode())
        .as("the clerk may read her own request's job")
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> refused =
        post(CLERK_DINKES, "/engine-rest/job/" + reminder.getId() + "/execute", Map.of());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Job after = management.createJobQuery().jobId(reminder.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(reminder.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
  }

  private void assertRefused(ResponseEntity<JsonNode> refused, String variable, String prefix) {
    assertThat(refused.getStatusCode())
        .as(String.valueOf(refused.getBody()))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .startsWith(prefix)
        .contains("\"" + variable + "\"")
        .doesNotContain("ENGINE-");
  }

  /** The Kadis's task is still open and the request still belongs to the Dinas Kesehatan. */
  private void assertNothingChanged() {
    assertThat(tasks.createTaskQuery().taskId(kadisTask).count()).isEqualTo(1);
    Map<String, Object> held = runtime.getVariables(request);
    assertThat(held)
        .containsEntry("unitId", "dinkes")
        .containsEntry("contactEmail", "siti@trenggalekkab.example")
        .doesNotContainKey("dispositionKadis");
    assertThat(held.get("unitName")).isNotEqualTo("Dinas Pendidikan");
  }

  private long instancesOf(String process) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(process).count();
  }

  private ResponseEntity<JsonNode> post(String userId, String path, Object body) {
    return http.withBasicAuth(userId, PASSWORD).postForEntity(path, body, JsonNode.class);
  }

  private static Map<String, Object> variables(Map<String, Object> variables) {
    return Map.of("variables", variables);
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static String javaSerialized(String value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String message(String body) {
    try {
      return JSON.readTree(body).get("message").asText();
    } catch (Exception e) {
      throw new AssertionError(body, e);
    }
  }
}
