package id.go.trenggalekkab.aptika.performance;

import id.go.trenggalekkab.aptika.AptikaApplication;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulatorConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The task list with authorizations and units on, on an embedded PostgreSQL 16: for each number of
 * open tasks given (e.g. {@code 1000 10000 100000}), seeds up to it, analyzes, prints the plans of
 * the engine's list and count SQL for the Kadis, then p50/p95/p99 of the REST list and count and of
 * Tasklist's filter query. Not a test: run it by hand or from the benchmark (see
 * docs/performance.md).
 */
public final class TaskListBenchmark {

  private TaskListBenchmark() {}

  /**
   * Arguments: the numbers of open tasks. With {@code -Daptika.bench.jdbcUrl=...} (user and
   * password postgres) it runs on that database instead of a new embedded one, so that the seeded
   * tasks outlive one run.
   */
  public static void main(String[] args) throws Exception {
    int[] sizes = Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    String jdbcUrl = System.getProperty("aptika.bench.jdbcUrl");
    if (jdbcUrl != null) {
      try (ConfigurableApplicationContext app = start(jdbcUrl)) {
        run(
            app,
            sizes,
            Integer.getInteger("aptika.bench.warmUp", 50),
            Integer.getInteger("aptika.bench.rounds", 300));
      }
      return;
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        ConfigurableApplicationContext app = start(postgres.getJdbcUrl("postgres", "postgres"))) {
      run(app, sizes, 50, 300);
    }
  }

  /** The application with the postgres profile on that database, job executor off. */
  public static ConfigurableApplicationContext start(String jdbcUrl) {
    return new SpringApplicationBuilder(AptikaApplication.class)
        .profiles("postgres", SplpSimulatorConfiguration.PROFILE)
        .run(
            "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false",
            "--spring.datasource.url=" + jdbcUrl,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres");
  }

  public static void run(ConfigurableApplicationContext app, int[] sizes, int warmUp, int rounds)
      throws IOException {
    OpenTasks tasks = new OpenTasks(app);
    EngineTaskQueryPlan plans = new EngineTaskQueryPlan(app);
    String port = app.getBean(Environment.class).getProperty("local.server.port");
    TaskListLatency latency =
        new TaskListLatency("http://localhost:" + port, People.KADIS, People.PASSWORD);
    String filterId =
        app.getBean(FilterService.class)
            .createFilterQuery()
            .filterName("Tugas kelompok saya")
            .singleResult()
            .getId();
    for (int size : sizes) {
      long seeding = System.nanoTime();
      tasks.seedUpTo(size);
      tasks.analyze();
      System.out.printf(
          "open tasks %d, seeded in %.0f s, load %s%n",
          size, (System.nanoTime() - seeding) / 1e9, loadAverage());
      String options = "analyze, buffers";
      String list =
          plans.explain(
              EngineTaskQueryPlan.LIST, plans.candidateGroup("kadis", 15), People.KADIS, options);
      String count =
          plans.explain(
              EngineTaskQueryPlan.COUNT, plans.candidateGroup("kadis", 15), People.KADIS, options);
      System.out.println("-- list plan\n" + list + "-- count plan\n" + count);
      System.out.println(
          "-- list sql\n"
              + plans.explain(
                  EngineTaskQueryPlan.LIST, plans.candidateGroup("kadis", 15), People.KADIS, ""));
      if (rounds == 0) {
        continue;
      }
      Map<String, double[]> figures = latency.measure(filterId, warmUp, rounds);
      figures.forEach(
          (name, p) ->
              System.out.printf(
                  "%d %s p50 %.1f p95 %.1f p99 %.1f ms%n", size, name, p[0], p[1], p[2]));
      System.out.printf("load after %s%n", loadAverage());
    }
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }
}
