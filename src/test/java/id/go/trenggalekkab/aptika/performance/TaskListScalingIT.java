package id.go.trenggalekkab.aptika.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.access.TaskQueryEquivalence;
import id.go.trenggalekkab.aptika.identity.People;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Kadis's task list on PostgreSQL with authorizations and units on (issue 16): a page of the
 * list touches the same rows however many tasks are open, and the count grows with the open tasks,
 * not with their square. Measured from the executed plan, not from a clock. On the same data every
 * kind of task query returns what the engine's own statement returns, and the access rules hold.
 */
class TaskListScalingIT {

  private static final int FEW = 200;
  private static final int MORE = 600;

  /** Rows the count's plan may touch per open task; the engine's own touched about MORE. */
  private static final int ROWS_PER_TASK = 60;

  /** Rows a page of 15 may touch, whatever the number of open tasks. */
  private static final int ROWS_PER_PAGE = 2_000;

  static EmbeddedPostgres postgres;
  static ConfigurableApplicationContext app;
  static OpenTasks tasks;
  static EngineTaskQueryPlan plans;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    app = TaskListBenchmark.start(postgres.getJdbcUrl("postgres", "postgres"));
    tasks = new OpenTasks(app);
    plans = new EngineTaskQueryPlan(app);
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void aPageTouchesTheSameRowsHoweverManyTasksAreOpenAndTheCountGrowsLinearly() throws Exception {
    tasks.seedUpTo(FEW);
    tasks.analyze();
    long listFew = rowsTouched(EngineTaskQueryPlan.LIST);
    long countFew = rowsTouched(EngineTaskQueryPlan.COUNT);

    tasks.seedUpTo(MORE);
    tasks.analyze();
    long listMore = rowsTouched(EngineTaskQueryPlan.LIST);
    long countMore = rowsTouched(EngineTaskQueryPlan.COUNT);

    assertThat(listMore)
        .as("a page of 15 at %d tasks (%d at %d)", MORE, listFew, FEW)
        .isLessThan(ROWS_PER_PAGE)
        .isLessThanOrEqualTo(listFew + listFew / 2);
    assertThat(countMore).as("count at %d tasks", MORE).isLessThan((long) ROWS_PER_TASK * MORE);
    double tripled = (double) MORE / FEW;
    assertThat((double) countMore / countFew)
        .as("count: %d then %d rows", countFew, countMore)
        .isLessThan(tripled * 1.5);

    assertThat(new TaskQueryEquivalence(app).assertSameAsEngine()).isPositive();
    assertTheLanesAndUnitsHold();
  }

  private void assertTheLanesAndUnitsHold() {
    TaskService taskService = app.getBean(TaskService.class);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    People people = new People(app.getBean(IdentityService.class));
    try {
      people.actAs(People.KADIS);
      List<String> kadisTasks =
          taskService.createTaskQuery().taskCandidateGroup("kadis").listPage(0, 1).stream()
              .map(task -> task.getId())
              .toList();
      assertThat(taskService.createTaskQuery().taskCandidateGroup("kadis").count())
          .isGreaterThanOrEqualTo(MORE);

      people.actAs(People.KABID);
      assertThat(taskService.createTaskQuery().taskCandidateGroup("kadis").count()).isZero();
      assertThat(taskService.createTaskQuery().taskId(kadisTasks.get(0)).count()).isZero();
      assertThatThrownBy(() -> taskService.claim(kadisTasks.get(0), People.KABID))
          .isInstanceOf(AuthorizationException.class);

      people.actAs(People.CLERK_DINKES);
      assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(MORE / 2);
      assertThat(runtime.createProcessInstanceQuery().tenantIdIn("disdik").count()).isZero();
      assertThat(taskService.createTaskQuery().count()).isZero();
    } finally {
      app.getBean(IdentityService.class).clearAuthentication();
    }
  }

  private static long rowsTouched(String statement) throws Exception {
    String json =
        plans.explain(
            statement,
            plans.candidateGroup("kadis", 15),
            People.KADIS,
            "analyze, buffers, format json");
    return rowsTouched(new ObjectMapper().readTree(json).get(0).get("Plan"));
  }

  /** Rows each plan node produced or threw away, over all its loops, summed over the plan. */
  private static long rowsTouched(JsonNode node) {
    long rows =
        node.path("Actual Rows").asLong()
            + node.path("Rows Removed by Filter").asLong()
            + node.path("Rows Removed by Join Filter").asLong()
            + node.path("Rows Removed by Index Recheck").asLong();
    long touched = rows * Math.max(1, node.path("Actual Loops").asLong());
    for (JsonNode child : node.path("Plans")) {
      touched += rowsTouched(child);
    }
    return touched;
  }
}
