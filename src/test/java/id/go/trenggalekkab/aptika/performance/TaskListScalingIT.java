package id.go.trenggalekkab.aptika.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The Kadis's task list on PostgreSQL with authorizations and units on: the rows the engine's own
 * list and count SQL touches grow with the open tasks, not with their square (issue 16). Measured
 * from the executed plan, not from a clock. The access rules hold on the same data.
 */
class TaskListScalingIT {

  private static final int FEW = 200;
  private static final int MORE = 600;

  /** Rows a plan may touch per open task: the fixed plan touches about 20, the old one ~MORE. */
  private static final int ROWS_PER_TASK = 60;

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
  void listAndCountTouchRowsInProportionToTheOpenTasks() throws Exception {
    tasks.seedUpTo(FEW);
    tasks.analyze();
    long listFew = rowsTouched(EngineTaskQueryPlan.LIST);
    long countFew = rowsTouched(EngineTaskQueryPlan.COUNT);

    tasks.seedUpTo(MORE);
    tasks.analyze();
    long listMore = rowsTouched(EngineTaskQueryPlan.LIST);
    long countMore = rowsTouched(EngineTaskQueryPlan.COUNT);

    assertThat(listMore).as("list at %d tasks", MORE).isLessThan((long) ROWS_PER_TASK * MORE);
    assertThat(countMore).as("count at %d tasks", MORE).isLessThan((long) ROWS_PER_TASK * MORE);
    double tripled = (double) MORE / FEW;
    assertThat((double) listMore / listFew)
        .as("list: %d then %d rows", listFew, listMore)
        .isLessThan(tripled * 1.5);
    assertThat((double) countMore / countFew)
        .as("count: %d then %d rows", countFew, countMore)
        .isLessThan(tripled * 1.5);

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
