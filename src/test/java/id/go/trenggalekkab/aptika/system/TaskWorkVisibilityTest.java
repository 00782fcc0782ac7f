package id.go.trenggalekkab.aptika.system;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Claiming, completing, opening and reading a task leave the caller's right to it to the engine's
 * own check, the first thing its command or query does: no task query runs before the call, one
 * transaction fewer for each step of every request and for each read of a task (Tasklist reads a
 * task, its form, its deployed form and its form's variables when it opens one). A hidden task is
 * still answered like an unknown id ({@link DenialsTest} proves that for both engine APIs), and
 * here the task query does run, once the engine has refused.
 */
@AptikaSpringBootTest
class TaskWorkVisibilityTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired FormService formService;

  @Test
  void theKadisClaimsAndCompletesHisTaskWithoutAQueryBefore() {
    String task = aNewRequestsKadisTask();

    List<Class<?>> claiming =
        commandsDuring(
            () -> assertThat(post(KADIS, task, "claim", "{\"userId\":\"budi\"}")).isEqualTo(204));
    List<Class<?>> completing =
        commandsDuring(
            () ->
                assertThat(
                        post(
                            KADIS,
                            task,
                            "complete",
                            "{\"variables\":{\"dispositionKadis\":"
                                + "{\"value\":\"Kabid Aptika, mohon diproses.\",\"type\":\"String\"}}}"))
                    .isEqualTo(204));

    assertThat(claiming).containsExactly(ClaimTaskCmd.class);
    assertThat(completing).contains(CompleteTaskCmd.class).doesNotContain(TaskQueryImpl.class);
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("completed").isZero();
  }

  @Test
  void theKadisOpensHisTaskWithTheResourcesOwnQueryAlone() {
    String task = aNewRequestsKadisTask();

    List<Class<?>> opening =
        commandsDuring(
            () ->
                assertThat(get(KADIS, "/engine-rest/task/" + task).getStatusCode().value())
                    .isEqualTo(200));

    assertThat(opening).containsExactly(TaskQueryImpl.class);
  }

  @Test
  void anotherUnitsClerkOpeningTheTaskGetsTheAnswerOfAnUnknownIdOnceTheEngineFoundNone() {
    String task = aNewRequestsKadisTask();

    List<Class<?>> opening = new CopyOnWriteArrayList<>();
    ResponseEntity<String> hidden =
        commandsDuring(() -> get(CLERK_DISDIK, "/engine-rest/task/" + task), opening);
    ResponseEntity<String> unknown = get(CLERK_DISDIK, "/engine-rest/task/no-such-task");

    assertThat(hidden.getStatusCode().value()).isEqualTo(404);
    assertThat(hidden.getBody()).isEqualTo(unknown.getBody()).doesNotContain(task);
    assertThat(opening).containsExactly(TaskQueryImpl.class, TaskQueryImpl.class);
  }

  /**
   * Only the task's form and deployed form ask a query: the resource's own, for the form's address
   * and for the deployed form's media type.
   */
  @Test
  void theKadisReadsHisTaskWithTheEnginesOwnChecksAlone() {
    String task = "/engine-rest/task/" + aNewRequestsKadisTask();

    Map<String, List<Class<?>>> reads =
        Map.of(
            "/form", List.of(TaskQueryImpl.class, GetTaskFormCmd.class),
            "/deployed-form", List.of(GetDeployedTaskFormCmd.class, TaskQueryImpl.class),
            "/form-variables", List.of(GetTaskFormVariablesCmd.class),
            "/variables", List.of(GetTaskVariablesCmd.class),
            "/variables/unitId", List.of(GetTaskVariableCmdTyped.class),
            "/localVariables", List.of(GetTaskVariablesCmd.class),
            "/identity-links", List.of(GetIdentityLinksForTaskCmd.class));
    reads.forEach(
        (read, commands) ->
            assertThat(
                    commandsDuring(
                        () ->
                            assertThat(get(KADIS, task + read).getStatusCode().value())
                                .as(read)
                                .isEqualTo(200)))
                .as(read)
                .containsExactlyElementsOf(commands));
  }

  @Test
  void anotherUnitsClerkReadingTheTaskGetsTheAnswerOfAnUnknownIdOnceTheEngineRefused() {
    String task = aNewRequestsKadisTask();

    List<Class<?>> reading = new CopyOnWriteArrayList<>();
    ResponseEntity<String> hidden =
        commandsDuring(
            () -> get(CLERK_DISDIK, "/engine-rest/task/" + task + "/form-variables"), reading);
    ResponseEntity<String> unknown =
        get(CLERK_DISDIK, "/engine-rest/task/no-such-task/form-variables");

    assertThat(hidden.getStatusCode().value()).isEqualTo(404);
    assertThat(hidden.getBody()).isEqualTo(unknown.getBody()).doesNotContain(task);
    assertThat(reading).containsExactly(GetTaskFormVariablesCmd.class, TaskQueryImpl.class);
  }

  /**
   * The engine's deployed form of an unknown task failed in its authorization check with a {@code
   * NullPointerException}; it is refused as an unknown task now, and the caller gets the same
   * answer as for another unit's task.
   */
  @Test
  void theDeployedFormOfAnUnknownTaskIsRefusedLikeAnotherUnitsTask() {
    String task = aNewRequestsKadisTask();

    List<Class<?>> reading = new CopyOnWriteArrayList<>();
    ResponseEntity<String> unknown =
        commandsDuring(() -> get(KADIS, "/engine-rest/task/no-such-task/deployed-form"), reading);
    ResponseEntity<String> hidden =
        get(CLERK_DISDIK, "/engine-rest/task/" + task + "/deployed-form");

    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody()).isEqualTo(hidden.getBody());
    assertThat(reading).containsExactly(GetDeployedTaskFormCmd.class, TaskQueryImpl.class);
    assertThatThrownBy(() -> formService.getDeployedTaskForm("no-such-task"))
        .isInstanceOf(NullValueException.class)
        .hasMessageEndingWith(": task is null");
  }

  /** The engine reads a task's comments without any check of its own: the query goes first. */
  @Test
  void aCallTheFilterStillChecksFirstRunsTheQueryBefore() {
    String task = aNewRequestsKadisTask();

    List<Class<?>> reading =
        commandsDuring(
            () ->
                assertThat(
                        get(KADIS, "/engine-rest/task/" + task + "/comment")
                            .getStatusCode()
                            .value())
                    .isEqualTo(200));

    assertThat(reading).first().isEqualTo(TaskQueryImpl.class);
  }

  @Test
  void anotherUnitsClerkClaimingIsAskedTheQueryOnlyAfterTheEngineRefused() {
    String task = aNewRequestsKadisTask();

    List<Class<?>> claiming =
        commandsDuring(
            () ->
                assertThat(post(CLERK_DISDIK, task, "claim", "{\"userId\":\"eko\"}"))
                    .isEqualTo(404));

    assertThat(claiming).containsExactly(ClaimTaskCmd.class, TaskQueryImpl.class);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  private String aNewRequestsKadisTask() {
    return taskService
        .createTaskQuery()
        .processInstanceId(RequestFixtures.aSubdomainRequestOverRest(http))
        .singleResult()
        .getId();
  }

  /**
   * The commands the task and form services ran for the requests sent while {@code calls} ran (on
   * the web server's threads, not the application's own scheduled work): the engine API's queries
   * and commands on tasks and their forms all go through them.
   */
  private List<Class<?>> commandsDuring(Runnable calls) {
    List<Class<?>> ran = new CopyOnWriteArrayList<>();
    commandsDuring(
        () -> {
          calls.run();
          return null;
        },
        ran);
    return ran;
  }

  /**
   * What {@code call} answered, the commands of the task and form services for it added to {@code
   * ran}.
   */
  private <T> T commandsDuring(Supplier<T> call, List<Class<?>> ran) {
    List<ServiceImpl> services = List.of((ServiceImpl) taskService, (ServiceImpl) formService);
    CommandExecutor engine = services.get(0).getCommandExecutor();
    CommandExecutor recording =
        new CommandExecutor() {
          @Override
          public <T> T execute(Command<T> command) {
            if (Thread.currentThread().getName().startsWith("http-")) { // the requests' threads
              ran.add(command.getClass());
            }
            return engine.execute(command);
          }
        };
    services.forEach(service -> service.setCommandExecutor(recording));
    try {
      return call.get();
    } finally {
      services.forEach(service -> service.setCommandExecutor(engine));
    }
  }

  private ResponseEntity<String> get(String userId, String path) {
    return exchange(userId, HttpMethod.GET, path, null);
  }

  private int post(String userId, String task, String action, String body) {
    return exchange(userId, HttpMethod.POST, "/engine-rest/task/" + task + "/" + action, body)
        .getStatusCode()
        .value();
  }

  private ResponseEntity<String> exchange(
      String userId, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(userId, PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
