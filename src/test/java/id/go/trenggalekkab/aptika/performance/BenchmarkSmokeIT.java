package id.go.trenggalekkab.aptika.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's project half, small: a few full SOP runs driven over REST by the lane users with
 * the job executor on, step-1 starts, seeded open tasks and the task list, on PostgreSQL. It keeps
 * {@code bench/run} working; its figures mean nothing.
 */
class BenchmarkSmokeIT {

  @Test
  void theBenchmarkDrivesTheSubdomainProcedureToItsEndAndReadsTheTaskList() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database aptika");
      try (Project app = new Project(postgres.getJdbcUrl("postgres", "aptika"))) {
        Driver driver =
            new Driver(Shape.subdomain(), app.baseUrl(), postgres.getDatabase("postgres", "aptika"))
                .metered(new Cpu.Meter(0));

        Driver.Runs runs = driver.fullRuns(2, 2, true);
        Driver.Starts starts = driver.starts(4, 2);
        app.stopJobExecutor();
        app.seed(20);
        List<Driver.Latency> latency = driver.taskList(5, 1, Duration.ofSeconds(30));

        assertThat(runs.commitsPerRun())
            .as("at least a commit per start, completion and system step")
            .isGreaterThan(12);
        assertThat(runs.userReads()).isGreaterThanOrEqualTo(2L * Shape.subdomain().steps().size());
        assertThat(starts.perSecond()).isPositive();
        if (Files.isDirectory(Path.of("/proc/self"))) {
          assertThat(runs.cpuEach().benchmarkJvm())
              .as("the client's and the application's processor time per run")
              .isPositive();
          assertThat(runs.cpuEach().postgres()).as("PostgreSQL's per run").isPositive();
          assertThat(starts.cpuEach().postgres()).as("PostgreSQL's per start").isPositive();
        }
        assertThat(driver.openFirstTasks()).as("started, then seeded").isEqualTo(4 + 20);
        assertThat(latency)
            .extracting(Driver.Latency::label)
            .containsExactly(
                "task list", "task count", "task list alone", "Tasklist's filter query");
        assertThat(latency).allSatisfy(l -> assertThat(l.p50()).isPositive());
        assertThat(latency).allSatisfy(l -> assertThat(l.warmup()).isEqualTo(1));
      }
    }
  }
}
