package id.go.trenggalekkab.aptika.system;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
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
 * Claiming, completing and opening a task leave the caller's right to it to the engine's own check,
 * the first thing its command or query does: no task query runs before the call, one transaction
 * fewer for each step of every request and each task opened in Tasklist. A hidden task is still
 * answered like an unknown id ({@link DenialsTest} proves that for both engine APIs), and here the
 * task query does run, once the engine has refused.
 */
@AptikaSpringBootTest
class TaskWorkVisibilityTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;

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

  @Test
  void aCallTheFilterStillChecksFirstRunsTheQueryBefore() {
    String task = aNewRequestsKadisTask();

    List<Class<?>> reading =
        commandsDuring(
            () ->
                assertThat(
                        get(KADIS, "/engine-rest/task/" + task + "/identity-links")
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
   * The commands the task service ran for the requests sent while {@code calls} ran (on the web
   * server's threads, not the application's own scheduled work): the engine API's queries and
   * commands on tasks all go through it.
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

  /** What {@code call} answered, the task service's commands for it added to {@code ran}. */
  private <T> T commandsDuring(Supplier<T> call, List<Class<?>> ran) {
    ServiceImpl service = (ServiceImpl) taskService;
    CommandExecutor engine = service.getCommandExecutor();
    service.setCommandExecutor(
        new CommandExecutor() {
          @Override
          public <T> T execute(Command<T> command) {
            if (Thread.currentThread().getName().startsWith("http-")) { // the requests' threads
              ran.add(command.getClass());
            }
            return engine.execute(command);
          }
        });
    try {
      return call.get();
    } finally {
      service.setCommandExecutor(engine);
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
