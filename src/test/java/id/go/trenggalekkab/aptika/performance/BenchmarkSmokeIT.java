package id.go.trenggalekkab.aptika.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.trenggalekkab.aptika.system.PostgresVersionTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's project half, small: a few full SOP runs driven over REST by the lane users with
 * the job executor on (logged into Tasklist, as the benchmark drives them, and over Basic), step-1
 * starts, seeded open tasks and the task list, on PostgreSQL. It keeps {@code bench/run} working;
 * its figures mean nothing. And every statement they sent reads the tables that grow with the work
 * through an index ({@link UnindexedReads}).
 */
class BenchmarkSmokeIT {

  @Test
  void theBenchmarkDrivesTheSubdomainProcedureToItsEndAndReadsTheTaskList() throws Exception {
    try (EmbeddedPostgres postgres = PostgresVersionTest.serverAsDockerComposeMakesIt()) {
      String jdbcUrl = PerformanceBenchmark.countedDatabase(postgres, "aptika");
      DataSource database = postgres.getDatabase("postgres", "aptika");
      JdbcTemplate statements = new JdbcTemplate(database);
      try (Project app = new Project(jdbcUrl)) {
        Driver staff =
            new Driver(Shape.subdomain(), app.baseUrl(), database, Http.Login.TASKLIST)
                .metered(Cpu.Meter.of(0, postgres.getPostgresDatabase()));
        Driver apiClient = new Driver(Shape.subdomain(), app.baseUrl(), database);

        statements.execute("select pg_stat_statements_reset()");
        Driver.Runs runs = staff.fullRuns(2, 2, true);
        long staffLogins = userRowsRead(statements);
        Set<String> sent = UnindexedReads.sent(statements);
        statements.execute("select pg_stat_statements_reset()");
        Driver.Runs overBasic = apiClient.fullRuns(2, 2, true);
        long basicLogins = userRowsRead(statements);
        Driver.Footprint footprint = staff.footprint();
        Driver.Starts starts = staff.starts(4, 2);
        app.stopJobExecutor();
        app.seed(20);
        List<Driver.Latency> latency = apiClient.taskList(5, 1, Duration.ofSeconds(30));
        sent.addAll(UnindexedReads.sent(statements));
        statements.execute("analyze");

        assertThat(runs.commitsPerRun())
            .as("at least a commit per start, completion and system step")
            .isGreaterThan(12);
        // a login reads the user's row: over Basic at every request (a start, then for each user
        // task at least a read of the list, a claim and a completion), in Tasklist once a person
        assertThat(basicLogins)
            .as("the user's row read over Basic, two runs")
            .isGreaterThanOrEqualTo(2L * (1 + 3 * Shape.subdomain().steps().size()));
        assertThat(staffLogins)
            .as("the user's row read in Tasklist's sessions, two runs by four people")
            .isLessThanOrEqualTo(8);
        assertThat(runs.userReads()).isGreaterThanOrEqualTo(2L * Shape.subdomain().steps().size());
        assertThat(footprint.userTasks())
            .as("the user tasks of a finished request: the shape's steps")
            .isEqualTo(Shape.subdomain().steps().size());
        assertThat(footprint.variables()).isGreaterThan(Shape.subdomain().steps().size());
        // each variable a request leaves is at least a runtime row and a history row written
        assertThat(runs.rowsWrittenPerRun()).isGreaterThan(2 * footprint.variables());
        assertThat(runs.statementsPerRun()).isGreaterThan(runs.commitsPerRun());
        assertThat(starts.perSecond()).isPositive();
        if (Files.isDirectory(Path.of("/proc/self"))) {
          assertThat(runs.cpuEach().benchmarkJvm())
              .as("the client's and the application's processor time per run")
              .isPositive();
          assertThat(runs.cpuEach().postgres()).as("PostgreSQL's per run").isPositive();
          assertThat(runs.cpuEach().compiler())
              .as("the JIT compiler's per run, in a JVM that has just started the application")
              .isPositive();
          assertThat(starts.cpuEach().postgres()).as("PostgreSQL's per start").isPositive();
        }
        assertThat(apiClient.openFirstTasks()).as("started, then seeded").isEqualTo(4 + 20);
        assertThat(latency)
            .extracting(Driver.Latency::label)
            .containsExactly(
                "task list", "task count", "task list alone", "Tasklist's filter query");
        assertThat(latency).allSatisfy(l -> assertThat(l.p50()).isPositive());
        assertThat(latency).allSatisfy(l -> assertThat(l.warmup()).isEqualTo(1));
        assertThat(sent)
            .as("the statements of the runs, the starts and the task list")
            .hasSizeGreaterThan(50);
        assertThat(UnindexedReads.in(jdbcUrl, sent))
            .as("statements reading a table that grows with the work without an index condition")
            .isEmpty();
      }
    }
  }

  /** Executions of the engine's read of one user by id since the statistics were reset. */
  private static long userRowsRead(JdbcTemplate statements) {
    Long calls =
        statements.queryForObject(
            "select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where query ilike 'select * from ACT_ID_USER where ID_ = $1%'",
            Long.class);
    return calls == null ? 0 : calls;
  }

  @Test
  void theProcessorTimeOfPostgreSqlIsThatOfTheBenchmarksServerAlone() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux's /proc is needed");
    try (EmbeddedPostgres measured = EmbeddedPostgres.builder().start();
        EmbeddedPostgres other = EmbeddedPostgres.builder().start()) {
      Cpu.Meter meter = Cpu.Meter.of(0, measured.getPostgresDatabase());
      Cpu.Meter otherMeter = Cpu.Meter.of(0, other.getPostgresDatabase());
      Cpu before = meter.read();
      Cpu otherBefore = otherMeter.read();

      try (Connection connection = other.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        // read while the backend still runs: an ended one counts once its postmaster has reaped it
        statement.executeQuery("select count(*) from generate_series(1, 10000000)").close();
        double busy = otherMeter.read().minus(otherBefore).postgres();

        assertThat(busy).as("the other server's work, counted by its own meter").isGreaterThan(300);
        assertThat(meter.read().minus(before).postgres())
            .as("the measured server's time while the other one worked")
            .isLessThan(busy / 10);
      }
    }
  }
}
