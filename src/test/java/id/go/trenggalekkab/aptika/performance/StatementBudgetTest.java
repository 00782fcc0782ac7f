package id.go.trenggalekkab.aptika.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.RequestStatements;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The statements each request of the benchmark's step 1 and of a lane's step sends to the database,
 * counted exactly: the clerk's start form with the PDF ({@code submit-form}), then the Kadis's read
 * of his task, what Tasklist reads when he opens it, his claim and his completion, each over HTTP
 * Basic as an API client sends them (docs/performance.md, "What a request sends"). A change that
 * makes a request send one statement more, or one fewer, fails here with the request's statements
 * listed; the table in the docs changes with {@link #SENT}.
 */
@AptikaSpringBootTest
class StatementBudgetTest {

  /** Statements per request, the login's three included. */
  static final Map<String, Integer> SENT =
      Map.of(
          "start", 78,
          "list", 5,
          "task", 5,
          "task/form", 10,
          "task/deployed-form", 12,
          "task/form-variables", 10,
          "task/identity-links", 8,
          "claim", 17,
          "complete", 49);

  /** What Tasklist reads of each task it opens, after the task itself. */
  private static final List<String> OPENING =
      List.of("form", "deployed-form", "form-variables", "identity-links");

  @Autowired TestRestTemplate http;

  @Test
  void eachRequestSendsTheStatementsItIsKnownFor() {
    Shape.Step kadis = Shape.subdomain().steps().get(0);
    // the first request of each kind fills the caches (definitions, deployed forms, counters)
    oneRequestOfEachKind(kadis);

    Map<String, List<String>> first = oneRequestOfEachKind(kadis);
    Map<String, List<String>> second = oneRequestOfEachKind(kadis);

    SENT.forEach(
        (request, statements) -> {
          assertThat(first.get(request)).as("the statements of a %s", request).hasSize(statements);
          assertThat(second.get(request))
              .as("the statements of another %s", request)
              .isEqualTo(first.get(request));
        });
  }

  private Map<String, List<String>> oneRequestOfEachKind(Shape.Step step) {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    AtomicReference<String> instance = new AtomicReference<>();
    AtomicReference<String> task = new AtomicReference<>();
    sent.put(
        "start",
        RequestStatements.of(
            () -> instance.set(RequestFixtures.aSubdomainRequestOverRest(http, "submit-form"))));
    sent.put("list", RequestStatements.of(() -> task.set(taskOf(step, instance.get()))));
    sent.put("task", RequestStatements.of(() -> read(step, task.get())));
    for (String part : OPENING) {
      sent.put("task/" + part, RequestStatements.of(() -> read(step, task.get() + "/" + part)));
    }
    sent.put("claim", RequestStatements.of(() -> claim(step, task.get())));
    sent.put("complete", RequestStatements.of(() -> complete(step, task.get())));
    return sent;
  }

  private String taskOf(Shape.Step step, String processInstanceId) {
    ResponseEntity<JsonNode> tasks =
        http.withBasicAuth(step.user(), People.PASSWORD)
            .getForEntity(
                "/engine-rest/task?processInstanceId="
                    + processInstanceId
                    + "&taskDefinitionKey="
                    + step.taskKey(),
                JsonNode.class);
    assertThat(tasks.getBody()).hasSize(1);
    return tasks.getBody().get(0).get("id").asText();
  }

  private void read(Shape.Step step, String taskPath) {
    ResponseEntity<String> read =
        http.withBasicAuth(step.user(), People.PASSWORD)
            .getForEntity("/engine-rest/task/" + taskPath, String.class);
    assertThat(read.getStatusCode()).as(taskPath).isEqualTo(HttpStatus.OK);
  }

  private void claim(Shape.Step step, String taskId) {
    ResponseEntity<Void> claimed =
        http.withBasicAuth(step.user(), People.PASSWORD)
            .postForEntity(
                "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", step.user()),
                Void.class);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void complete(Shape.Step step, String taskId) {
    ResponseEntity<Void> completed =
        http.withBasicAuth(step.user(), People.PASSWORD)
            .postForEntity(
                "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", RequestFixtures.asRestVariables(step.values())),
                Void.class);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
