package id.go.trenggalekkab.aptika.versions;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static id.go.trenggalekkab.aptika.versions.SopRevision.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.ElementProperties;
import id.go.trenggalekkab.aptika.process.FixedOfficeClock;
import id.go.trenggalekkab.aptika.process.ModelerDeploy;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A revised SOP reaches the requests already running: requests wait at every user task of the
 * subdomain procedure as built; the process owner deploys version 2 from Camunda Modeler (one
 * step's Mutu Baku time changed, one step added) and moves them all with the requests Cockpit's
 * migration page sends to {@code /engine-rest/migration}. Each keeps its step, its due date and
 * Mutu Baku timers follow version 2 counted from when the step started, and each runs to the end.
 */
@AptikaSpringBootTest
@ExtendWith(FixedOfficeClock.class)
class SopRevisionMigrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The user tasks of the procedure as built, where the requests wait. */
  static final List<String> STEPS =
      List.of(
          "Task_DisposeRequestByKadis",
          "Task_DisposeRequestByKabid",
          "Task_ReviseRequest",
          "Task_CreateSubdomainManually",
          "Task_PrepareReplyLetterDraft",
          "Task_RaiseDraftToKadis",
          "Task_ApproveReplyLetter",
          "Task_SendReplyLetterByHand");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ServiceRegistry registry;
  @Autowired WorkingTimeCalendar calendar;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  private final Set<String> deployments = new LinkedHashSet<>();
  private People people;

  @BeforeEach
  void setUp() {
    people = new People(identityService);
    assertThat(
            repositoryService
                .getBpmnModelInstance(versionOneId())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
                .stream()
                .map(t -> t.getId())
                .sorted()
                .toList())
        .as("the test puts a request at every user task of the procedure")
        .isEqualTo(STEPS.stream().sorted().toList());
  }

  @AfterEach
  void removeVersionTwo() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void requestsAtEveryStepMoveToVersionTwoKeepTheirStepFollowItsTimesAndRunToTheEnd() {
    // given: one request waiting at each user task of version 1
    String versionOne = versionOneId();
    Map<String, ProcessInstance> waiting = new LinkedHashMap<>();
    for (String step : STEPS) {
      waiting.put(step, requestWaitingAt(step));
    }
    Map<String, Date> createdAt = new LinkedHashMap<>();
    waiting.forEach((step, request) -> createdAt.put(step, openTask(request).getCreateTime()));

    // the process owner deploys version 2 the next working day, from Camunda Modeler
    ClockUtil.setCurrentTime(Date.from(FixedOfficeClock.NOW.plusDays(1).plusHours(2).toInstant()));
    String versionTwo = deployVersionTwo();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(versionTwo);
    assertThat(
            ElementProperties.of(
                model.getModelElementById(CHANGED_STEP), ElementProperties.MUTU_BAKU))
        .isEqualTo("P2D");

    // when: Cockpit's migration page: generate the plan, check it, execute it as a batch
    JsonNode plan = generatePlan(versionOne, versionTwo);
    assertThat(validate(plan).get("instructionReports"))
        .as("the plan as generated is sound")
        .isEmpty();
    JsonNode batch =
        post(
            PROCESS_OWNER,
            "/engine-rest/migration/executeAsync",
            execution(plan, waiting.values().stream().map(ProcessInstance::getId).toList()));
    runBatch(batch);

    // then: every request is on version 2, at its step, due by version 2's time from the step's
    // start
    waiting.forEach(
        (step, request) -> {
          assertThat(definitionOf(request)).as(step).isEqualTo(versionTwo);
          Task task = openTask(request);
          assertThat(task.getTaskDefinitionKey()).as("the request keeps its step").isEqualTo(step);
          assertThat(task.getCreateTime()).isEqualTo(createdAt.get(step));
          Instant due = calendar.dueAt(task.getCreateTime().toInstant(), mutuBakuOf(model, step));
          assertThat(task.getDueDate()).as(step + ": due date").isEqualTo(Date.from(due));
          assertThat(
                  historyService
                      .createHistoricTaskInstanceQuery()
                      .taskId(task.getId())
                      .singleResult()
                      .getDueDate())
              .as(step + ": due date in the history")
              .isEqualTo(Date.from(due));
          assertThat(mutuBakuTimers(request))
              .as(step + ": the reminder at the due date, the escalation four office hours later")
              .containsExactlyInAnyOrder(Date.from(due), Date.from(calendar.dueAt(due, "PT4H")));
        });
    Task kadis = openTask(waiting.get(CHANGED_STEP));
    assertThat(kadis.getDueDate())
        .as("two working days from the step's start, not one, nor two from the migration")
        .isEqualTo(Date.from(calendar.dueAt(createdAt.get(CHANGED_STEP).toInstant(), "P2D")))
        .isNotEqualTo(Date.from(calendar.dueAt(createdAt.get(CHANGED_STEP).toInstant(), "P1D")))
        .isNotEqualTo(Date.from(calendar.dueAt(OfficeTime.instant(), "P2D")));

    // and each runs to the end, those before it through the new step
    waiting.forEach((step, request) -> runToTheEnd(request));
    for (String step : STEPS) {
      ProcessInstance request = waiting.get(step);
      assertThat(
              historyService
                  .createHistoricProcessInstanceQuery()
                  .processInstanceId(request.getId())
                  .singleResult()
                  .getEndActivityId())
          .as(step)
          .isEqualTo("EndEvent_ReplyLetterSent");
      boolean beforeTheNewStep = STEPS.indexOf(step) < 3;
      assertThat(
              historyService
                  .createHistoricActivityInstanceQuery()
                  .processInstanceId(request.getId())
                  .activityId(NEW_STEP)
                  .count())
          .as(step + ": passed the new step")
          .isEqualTo(beforeTheNewStep ? 1 : 0);
    }
  }

  @Test
  void aPlanThatWouldStrandARequestIsRefusedWithTheReasonAndNothingMoves() {
    String versionOne = versionOneId();
    ProcessInstance atKabid = requestWaitingAt("Task_DisposeRequestByKabid");
    String versionTwo = deployVersionTwo();
    JsonNode plan = generatePlan(versionOne, versionTwo);

    // an instruction for the Kabid's step left out: the request there would lose its step
    ObjectNode withoutKabid = plan.deepCopy();
    ArrayNode instructions = (ArrayNode) withoutKabid.get("instructions");
    for (int i = instructions.size() - 1; i >= 0; i--) {
      if (instructions
          .get(i)
          .get("sourceActivityIds")
          .get(0)
          .asText()
          .equals("Task_DisposeRequestByKabid")) {
        instructions.remove(i);
      }
    }
    ResponseEntity<JsonNode> refused =
        executeAnswer(PROCESS_OWNER, execution(withoutKabid, List.of(atKabid.getId())));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .startsWith("Migrasi ditolak; tidak ada permohonan yang dipindahkan.")
        .contains(
            "Permohonan "
                + atKabid.getBusinessKey()
                + " sedang berada di langkah \"Mendisposisi surat permohonan\""
                + " (Task_DisposeRequestByKabid), tetapi rencana migrasi tidak memetakan langkah"
                + " itu ke versi baru: permohonan itu akan kehilangan langkahnya.")
        .doesNotContain("ENGINE-");
    assertThat(definitionOf(atKabid)).isEqualTo(versionOne);

    // a step mapped into another lane: the Kabid's disposition onto the Kadis's
    ObjectNode otherLane = plan.deepCopy();
    for (JsonNode instruction : otherLane.get("instructions")) {
      if (instruction
          .get("sourceActivityIds")
          .get(0)
          .asText()
          .equals("Task_DisposeRequestByKabid")) {
        ((ArrayNode) instruction.get("targetActivityIds")).set(0, "Task_DisposeRequestByKadis");
      }
    }
    ResponseEntity<JsonNode> wrongLane = validateAnswer(otherLane);
    assertThat(wrongLane.getBody().toString())
        .contains(
            "Langkah \\\"Mendisposisi surat permohonan\\\" (Task_DisposeRequestByKabid) di jalur"
                + " \\\"Kabid Aptika\\\" tidak boleh dipetakan ke langkah \\\"Mendisposisi surat"
                + " permohonan\\\" (Task_DisposeRequestByKadis) di jalur \\\"Kadis Kominfo\\\"");

    // a target that does not exist
    ObjectNode noTarget = plan.deepCopy();
    ((ArrayNode) noTarget.get("instructions").get(0).get("targetActivityIds")).set(0, "Task_Gone");
    ResponseEntity<JsonNode> missing = validateAnswer(noTarget);
    assertThat(missing.getBody().toString())
        .contains("Langkah tujuan \\\"Task_Gone\\\" tidak ada di versi baru.");

    // and a clerk may not migrate
    ResponseEntity<JsonNode> clerk =
        executeAnswer(CLERK_DINKES, execution(plan, List.of(atKabid.getId())));
    assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(definitionOf(atKabid)).isEqualTo(versionOne);
  }

  @Test
  void aRequestIsNotMovedIntoAnotherProcedure() {
    // the SPLP account procedure has steps of the same ids in the same lanes (the dispositions)
    ProcessInstance atKadis = requestWaitingAt("Task_DisposeRequestByKadis");
    String subdomain = definitionOf(atKadis);
    String account =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("SplpAccountProcess")
            .withoutTenantId()
            .latestVersion()
            .singleResult()
            .getId();
    JsonNode generated = generatePlan(subdomain, account);
    assertThat(generated.get("instructions")).as("the engine proposes no such mapping").isEmpty();
    // as a plan written by hand, or by Cockpit before this check, would map it
    ObjectNode plan = generated.deepCopy();
    ObjectNode byHand = ((ArrayNode) plan.get("instructions")).addObject();
    byHand.putArray("sourceActivityIds").add("Task_DisposeRequestByKadis");
    byHand.putArray("targetActivityIds").add("Task_DisposeRequestByKadis");
    byHand.put("updateEventTrigger", false);
    String refusal =
        "Langkah \"Mendisposisi surat permohonan\" (Task_DisposeRequestByKadis) dari prosedur"
            + " \"Pengajuan Sub Domain / Hosting\" tidak boleh dipetakan ke langkah"
            + " \"Mendisposisi surat permohonan\" (Task_DisposeRequestByKadis) dari prosedur"
            + " \"Pembuatan Akun SPLP\"";

    assertThat(validate(plan).toString()).contains(refusal.replace("\"", "\\\""));
    ResponseEntity<JsonNode> refused =
        executeAnswer(PROCESS_OWNER, execution(plan, List.of(atKadis.getId())));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .startsWith("Migrasi ditolak; tidak ada permohonan yang dipindahkan.")
        .contains(refusal);
    assertThat(definitionOf(atKadis)).isEqualTo(subdomain);
  }

  // --- the requests ---

  private ProcessInstance requestWaitingAt(String step) {
    String name = "uji" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", name);
    people.actAs(CLERK_DINKES);
    ProcessInstance request;
    try {
      request = runtimeService.startProcessInstanceByKey(PROCESS, variables);
    } finally {
      people.actAsNobody();
    }
    if (step.equals("Task_ReviseRequest")) {
      registry.reserve(RequestFixtures.anotherRequestTaking(name));
    }
    for (int i = 0; i < 30 && !isAt(request, step); i++) {
      completeStep(request);
    }
    assertThat(isAt(request, step)).as("a request waits at " + step).isTrue();
    return request;
  }

  /** As the lanes' people and the application would: the open task, else the next job. */
  private void runToTheEnd(ProcessInstance request) {
    for (int i = 0; i < 40 && !ended(request); i++) {
      completeStep(request);
    }
    assertThat(ended(request)).as("the request ended").isTrue();
  }

  private void completeStep(ProcessInstance request) {
    List<Job> jobs =
        managementService.createJobQuery().processInstanceId(request.getId()).messages().list();
    if (!jobs.isEmpty()) {
      managementService.executeJob(jobs.get(0).getId());
      return;
    }
    Task task = openTask(request);
    people.actAs(personAt(task.getTaskDefinitionKey()));
    try {
      taskService.complete(task.getId(), variablesFor(task.getTaskDefinitionKey()));
    } finally {
      people.actAsNobody();
    }
  }

  /** Who works the step: a person of its lane. */
  private static String personAt(String step) {
    return switch (step) {
      case "Task_DisposeRequestByKadis", "Task_ApproveReplyLetter" -> KADIS;
      case "Task_DisposeRequestByKabid", "Task_RaiseDraftToKadis" -> KABID;
      case "Task_ReviseRequest" -> CLERK_DINKES;
      default -> EXECUTOR;
    };
  }

  private static Map<String, Object> variablesFor(String step) {
    return switch (step) {
      case "Task_DisposeRequestByKadis" ->
          Map.of("dispositionKadis", "Kabid Aptika, mohon diproses.");
      case "Task_DisposeRequestByKabid" -> Map.of("dispositionKabid", "Pelaksana, mohon dibuat.");
      case "Task_ReviseRequest" ->
          Map.of(
              "subdomainName",
              "uji" + UUID.randomUUID().toString().substring(0, 8),
              "requestLetter",
              Variables.fileValue("").file(new byte[0]).create());
      case "Task_CreateSubdomainManually" ->
          Map.of("dnsRecordCreated", true, "dnsConfirmedTarget", "103.10.20.30");
      case "Task_PrepareReplyLetterDraft" -> Map.of("executorNotes", "Siap.");
      case "Task_RaiseDraftToKadis" -> Map.of("kabidDecision", "RAISE");
      case "Task_ApproveReplyLetter" -> Map.of("kadisDecision", "APPROVE");
      case "Task_SendReplyLetterByHand" ->
          Map.of("sentOn", OfficeTime.today().toString(), "sentChannel", "SRIKANDI");
      default -> Map.of();
    };
  }

  private boolean isAt(ProcessInstance request, String step) {
    Task task = openTask(request);
    return task != null && task.getTaskDefinitionKey().equals(step);
  }

  private Task openTask(ProcessInstance request) {
    return taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
  }

  private boolean ended(ProcessInstance request) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(request.getId()).count()
        == 0;
  }

  private String definitionOf(ProcessInstance request) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(request.getId())
        .singleResult()
        .getProcessDefinitionId();
  }

  private List<Date> mutuBakuTimers(ProcessInstance request) {
    List<Date> dates = new ArrayList<>();
    managementService.createJobQuery().processInstanceId(request.getId()).timers().list().stream()
        .map(Job::getDuedate)
        .forEach(dates::add);
    return dates;
  }

  private static String mutuBakuOf(BpmnModelInstance model, String step) {
    return ElementProperties.of(model.getModelElementById(step), ElementProperties.MUTU_BAKU);
  }

  // --- versions and migration, as Camunda Modeler and Cockpit send them ---

  private String versionOneId() {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS)
        .withoutTenantId()
        .latestVersion()
        .singleResult()
        .getId();
  }

  private String deployVersionTwo() {
    HttpResponse<String> response =
        new ModelerDeploy("http://localhost:" + port + "/engine-rest", PROCESS_OWNER, PASSWORD)
            .deploy(PROCESS, DIAGRAM, SopRevision.version2());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode deployment = read(response.body());
    deployments.add(deployment.get("id").asText());
    return deployment.get("deployedProcessDefinitions").elements().next().get("id").asText();
  }

  private JsonNode generatePlan(String source, String target) {
    return post(
        PROCESS_OWNER,
        "/engine-rest/migration/generate",
        Map.of(
            "sourceProcessDefinitionId",
            source,
            "targetProcessDefinitionId",
            target,
            "updateEventTriggers",
            false));
  }

  private JsonNode validate(JsonNode plan) {
    ResponseEntity<JsonNode> answer = validateAnswer(plan);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<JsonNode> validateAnswer(JsonNode plan) {
    return http.withBasicAuth(PROCESS_OWNER, PASSWORD)
        .postForEntity("/engine-rest/migration/validate", plan, JsonNode.class);
  }

  private ResponseEntity<JsonNode> executeAnswer(String userId, Map<String, Object> execution) {
    return http.withBasicAuth(userId, PASSWORD)
        .postForEntity("/engine-rest/migration/execute", execution, JsonNode.class);
  }

  private static Map<String, Object> execution(JsonNode plan, List<String> requests) {
    return Map.of(
        "migrationPlan",
        plan,
        "processInstanceIds",
        requests,
        "skipCustomListeners",
        false,
        "skipIoMappings",
        false);
  }

  /** What the job executor does with a batch: the seed job, the migration jobs, the monitor. */
  private void runBatch(JsonNode batch) {
    for (String definition :
        List.of(
            batch.get("seedJobDefinitionId").asText(),
            batch.get("batchJobDefinitionId").asText())) {
      managementService.createJobQuery().jobDefinitionId(definition).list().stream()
          .map(Job::getId)
          .forEach(managementService::executeJob);
    }
    assertThat(
            managementService
                .createJobQuery()
                .jobDefinitionId(batch.get("batchJobDefinitionId").asText())
                .withException()
                .count())
        .as("no migration job failed")
        .isZero();
  }

  private JsonNode post(String userId, String path, Object body) {
    ResponseEntity<JsonNode> response =
        http.withBasicAuth(userId, PASSWORD).postForEntity(path, body, JsonNode.class);
    assertThat(response.getStatusCode())
        .as(path + ": " + response.getBody())
        .isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
