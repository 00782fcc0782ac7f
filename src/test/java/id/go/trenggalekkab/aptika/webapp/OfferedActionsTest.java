package id.go.trenggalekkab.aptika.webapp;

import static id.go.trenggalekkab.aptika.identity.People.ADMIN;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DISDIK;
import static id.go.trenggalekkab.aptika.identity.People.EXECUTOR;
import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static id.go.trenggalekkab.aptika.identity.People.MANAGER;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.system.WebappSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the webapps offer each person ({@code GET /api/actions}, {@code /api/actions/tasks/{id}})
 * agrees with what the engine then allows: nobody but the administrator may create a task, only a
 * candidate of the task's lane may claim it, the manager watches without claiming. Where a person
 * takes the action anyway, the webapps' engine API refuses it in Bahasa Indonesia.
 */
@AptikaSpringBootTest
class OfferedActionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGINE_API = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;
  @LocalServerPort int port;

  ProcessInstance request;
  Task disposition;

  @BeforeEach
  void aClerkSubmitsARequestForTheKadis() {
    People people = new People(identityService);
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", "aksi-" + UUID.randomUUID().toString().substring(0, 8));
    people.actAs(CLERK_DINKES);
    try {
      request = runtimeService.startProcessInstanceByKey("SubdomainHostingProcess", variables);
    } finally {
      people.actAsNobody();
    }
    disposition = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
  }

  @AfterEach
  void withdraw() {
    runtimeService.deleteProcessInstance(request.getId(), "test selesai");
  }

  @ParameterizedTest(name = "{0}: create task {1}")
  @CsvSource({"admin, true", "siti, false", "hendra, false", "budi, false", "agus, false"})
  void onlyTheAdministratorIsOfferedToCreateATask(String userId, boolean offered) {
    JsonNode actions = get(userId, "/api/actions").getBody();

    assertThat(actions.get("createTask").asBoolean()).isEqualTo(offered);
    assertThat(actions.get("integrationStatus").asBoolean()).isEqualTo(ADMIN.equals(userId));
    // as the engine decides when Tasklist's "Buat tugas" is saved
    int created = createTaskThroughTasklist(userId).statusCode();
    assertThat(created).isEqualTo(offered ? 204 : 403);
  }

  @ParameterizedTest(name = "{0}: claim {1}")
  @CsvSource({"budi, true", "admin, true", "hendra, false"})
  void onlyACandidateIsOfferedToClaim(String userId, boolean offered) {
    JsonNode actions = get(userId, "/api/actions/tasks/" + disposition.getId()).getBody();

    assertThat(actions.get("claim").asBoolean()).isEqualTo(offered);
    HttpResponse<String> claim = claimThroughTasklist(userId);
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(offered ? 204 : 403);
  }

  @Test
  void theManagersClaimIsRefusedInBahasaIndonesia() throws IOException {
    assertRefusedInBahasaIndonesia(claimThroughTasklist(MANAGER));
    assertThat(
            taskService.createTaskQuery().taskId(disposition.getId()).singleResult().getAssignee())
        .isNull();
  }

  @Test
  void aClerksNewTaskIsRefusedInBahasaIndonesia() throws IOException {
    assertRefusedInBahasaIndonesia(createTaskThroughTasklist(CLERK_DINKES));
    assertThat(taskService.createTaskQuery().taskName("Tugas coba").count()).isZero();
  }

  private static void assertRefusedInBahasaIndonesia(HttpResponse<String> refusal)
      throws IOException {
    assertThat(refusal.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(refusal.body()).get("message").asText())
        .isEqualTo("Anda tidak berwenang melakukan tindakan ini.");
    assertThat(refusal.body()).doesNotContain("ENGINE-", "The user with id", "permission");
  }

  @Test
  void aClaimedTaskIsNotOfferedForClaimingAgain() {
    taskService.claim(disposition.getId(), KADIS);

    assertThat(
            get(KADIS, "/api/actions/tasks/" + disposition.getId())
                .getBody()
                .get("claim")
                .asBoolean())
        .isFalse();
  }

  /**
   * Tasklist asks for every task it opens, with the person's session (no login transaction): the
   * query and the check share one transaction.
   */
  @Test
  void theOfferOnATaskIsOneTransaction() throws IOException {
    WebappSession kadis = WebappSession.signIn(port, KADIS, PASSWORD);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    ServiceImpl tasks = (ServiceImpl) taskService;
    CommandExecutor engine = configuration.getCommandExecutorTxRequired();
    List<Class<?>> opened = new CopyOnWriteArrayList<>();
    CommandExecutor recording =
        new CommandExecutor() {
          @Override
          public <T> T execute(Command<T> command) {
            if (Thread.currentThread().getName().startsWith("http-")
                && Context.getCommandContext() == null) { // a transaction of its own
              opened.add(command.getClass());
            }
            return engine.execute(command);
          }
        };
    configuration.setCommandExecutorTxRequired(recording);
    tasks.setCommandExecutor(recording);
    try {
      HttpResponse<String> offered = kadis.get("/api/actions/tasks/" + disposition.getId());
      assertThat(JSON.readTree(offered.body()).get("claim").asBoolean()).isTrue();
    } finally {
      configuration.setCommandExecutorTxRequired(engine);
      tasks.setCommandExecutor(engine);
    }

    assertThat(opened).as("transactions").hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {CLERK_DISDIK, EXECUTOR})
  void aTaskOneMayNotSeeIsNotFound(String userId) {
    ResponseEntity<JsonNode> answer = get(userId, "/api/actions/tasks/" + disposition.getId());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody().get("message").asText())
        .isEqualTo("Tugas tidak ditemukan atau Anda tidak berwenang mengaksesnya.");
    assertThat(get(CLERK_DISDIK, "/api/actions/tasks/tidak-ada").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<JsonNode> get(String userId, String path) {
    return http.withBasicAuth(userId, PASSWORD).getForEntity(path, JsonNode.class);
  }

  /** Tasklist's "Klaim", as the browser sends it: for oneself, with the session's token. */
  private HttpResponse<String> claimThroughTasklist(String userId) {
    return WebappSession.signIn(port, userId, PASSWORD)
        .postJson(
            ENGINE_API + "/task/" + disposition.getId() + "/claim",
            "{\"userId\":\"" + userId + "\"}");
  }

  /** Tasklist's "Buat tugas", as the browser sends it. */
  private HttpResponse<String> createTaskThroughTasklist(String userId) {
    HttpResponse<String> created =
        WebappSession.signIn(port, userId, PASSWORD)
            .postJson(ENGINE_API + "/task/create", "{\"name\":\"Tugas coba\"}");
    if (created.statusCode() == 204) {
      taskService.createTaskQuery().taskName("Tugas coba").list().stream()
          .map(Task::getId)
          .forEach(id -> taskService.deleteTask(id, true));
    }
    return created;
  }
}
