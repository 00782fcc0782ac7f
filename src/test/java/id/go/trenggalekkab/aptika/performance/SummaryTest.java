package id.go.trenggalekkab.aptika.performance;

import static java.lang.Double.NaN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How the rounds of the side-by-side part are shared out, summed and printed. */
class SummaryTest {

  @Test
  void theRunsAndStartsAreSharedOverTheRoundsWithNothingLost() {
    assertThat(IntStream.range(0, 3).map(r -> PerformanceBenchmark.share(100, 3, r)))
        .containsExactly(34, 33, 33);
    assertThat(IntStream.range(0, 3).map(r -> PerformanceBenchmark.share(300, 3, r)).sum())
        .isEqualTo(300);
  }

  @Test
  void roundsAddUpToAllTheirRunsOverAllTheirTime() {
    Driver.Runs runs =
        Driver.Runs.sum(
            List.of(
                new Driver.Runs(30, 4, 10, 90, 300, 200, 450, new Cpu(3000, 0, 900, 0)),
                new Driver.Runs(10, 4, 2, 94, 500, 240, 150, new Cpu(1000, 0, 300, 0))));
    assertThat(runs.perSecond()).isEqualTo(40 / 12.0);
    assertThat(runs.commitsPerRun()).isEqualTo((30 * 90 + 10 * 94) / 40.0);
    assertThat(runs.statementsPerRun()).isEqualTo((30 * 300 + 10 * 500) / 40.0);
    assertThat(runs.rowsWrittenPerRun()).isEqualTo((30 * 200 + 10 * 240) / 40.0);
    assertThat(runs.userReads()).isEqualTo(600);
    assertThat(runs.cpuEach()).isEqualTo(new Cpu(100, 0, 30, 0));
    assertThat(
            Driver.Starts.sum(
                    List.of(
                        new Driver.Starts(100, 2, 2, Cpu.UNKNOWN),
                        new Driver.Starts(50, 2, 3, Cpu.UNKNOWN)))
                .perSecond())
        .isEqualTo(30);
  }

  @Test
  void theTableGivesEachRoundAndTheLowestAndHighestRatio() {
    PerformanceBenchmark.Figures project = new PerformanceBenchmark.Figures();
    PerformanceBenchmark.Figures anchor = new PerformanceBenchmark.Figures();
    project.runRounds.addAll(
        List.of(
            new Driver.Runs(10, 4, 5, 90, NaN, NaN, 100, Cpu.UNKNOWN),
            new Driver.Runs(10, 4, 2, 90, NaN, NaN, 100, Cpu.UNKNOWN)));
    anchor.runRounds.addAll(
        List.of(
            new Driver.Runs(10, 4, 2, 27, NaN, NaN, 50, Cpu.UNKNOWN),
            new Driver.Runs(10, 4, 1, 27, NaN, NaN, 50, Cpu.UNKNOWN)));
    project.runs = Driver.Runs.sum(project.runRounds);
    anchor.runs = Driver.Runs.sum(anchor.runRounds);

    String table = table(project, anchor);

    assertThat(table)
        .contains("| full SOP runs per s, round by round | 5.0, 10.0 | 2.0, 5.0 | 0.40 to 0.50 |")
        .contains("| full SOP runs per s (20 runs, 4 threads) | 6.7 | 2.9 | 0.43 |")
        .contains(
            "The bare engine's process: AnchorSubdomainProcess (the team's outline of SOP"
                + " 060/018) in the full runs and step 1, AnchorSubdomainProcess in the task list.");
  }

  @Test
  void theStatementsOfARunAndWhatARequestLeavesStandBesideTheAnchorsWherePostgresCountedThem() {
    PerformanceBenchmark.Figures project = new PerformanceBenchmark.Figures();
    PerformanceBenchmark.Figures anchor = new PerformanceBenchmark.Figures();
    project.runs = new Driver.Runs(10, 4, 5, 60, 990, 700, 100, Cpu.UNKNOWN);
    anchor.runs = new Driver.Runs(10, 4, 1, 25, 360, 200, 50, Cpu.UNKNOWN);
    project.footprint = new Driver.Footprint(53, 28, 7, 18);
    anchor.footprint = new Driver.Footprint(10, 12, 5, 7);

    assertThat(table(project, anchor))
        .contains(
            "| statements per run (pg_stat_statements: reads and writes; BEGIN and COMMIT not"
                + " counted) | 360.0 | 990.0 | 2.75 |")
        .contains("| rows written per run (inserted, updated, deleted) | 200.0 | 700.0 | 3.50 |")
        .contains(
            "| one finished request in the history: variables / activity instances / user tasks"
                + " / jobs | 10.0 / 12.0 / 5.0 / 7.0 | 53.0 / 28.0 / 7.0 / 18.0 | - |");

    project.runs = new Driver.Runs(10, 4, 5, 60, NaN, NaN, 100, Cpu.UNKNOWN);
    assertThat(table(project, anchor)).doesNotContain("statements per run");
  }

  @Test
  void theProcessorTimePerRunAndStartStandsBesideTheAnchorsWhereProcGaveIt() {
    PerformanceBenchmark.Figures project = new PerformanceBenchmark.Figures();
    PerformanceBenchmark.Figures anchor = new PerformanceBenchmark.Figures();
    project.runs = new Driver.Runs(10, 4, 5, 90, NaN, NaN, 100, new Cpu(3000, 0, 1000, 1500));
    anchor.runs = new Driver.Runs(10, 4, 1, 27, NaN, NaN, 50, new Cpu(400, 900, 300, 100));
    project.starts = new Driver.Starts(100, 2, 2, Cpu.UNKNOWN);
    anchor.starts = new Driver.Starts(100, 2, 1, Cpu.UNKNOWN);

    String table = table(project, anchor);

    assertThat(table)
        .contains(
            "| CPU per full run, ms: the benchmark's JVM (the client; this project's application"
                + " runs in it) | 40.0 | 300.0 | - |")
        .contains("| CPU per full run, ms: the anchor's JVM | 90.0 | - | - |")
        .contains("| CPU per full run, ms: PostgreSQL | 30.0 | 100.0 | 3.33 |")
        .contains("| CPU per full run, ms: all three | 160.0 | 400.0 | 2.50 |")
        .contains(
            "| CPU per full run, ms: of which the JVMs' JIT compiler threads (compiling, not"
                + " running, the code) | 10.0 | 150.0 | - |")
        .contains(
            "| CPU per full run, ms: all three, less the JIT compiler threads | 150.0 | 250.0 |"
                + " 1.67 |")
        .contains(
            "| cores busy during the full runs (all three's CPU over the time) | 1.60 | 0.80 | - |")
        .doesNotContain("CPU per start");
  }

  @Test
  void eachTaskListRequestStandsBesideTheAnchorsOwnAndTasklistsFilterBesideNothing() {
    PerformanceBenchmark.Figures project = new PerformanceBenchmark.Figures();
    PerformanceBenchmark.Figures anchor = new PerformanceBenchmark.Figures();
    project.openTasks.put(1000, 1000L);
    project.taskList.put(
        1000,
        List.of(
            new Driver.Latency("task list", 300, 50, 10, 20, 30),
            new Driver.Latency("Tasklist's filter query", 300, 50, 40, 50, 60)));
    anchor.taskList.put(1000, List.of(new Driver.Latency("task list", 300, 50, 5, 10, 15)));

    String table = table(project, anchor);

    assertThat(table)
        .contains(
            "| task list, 1,000 open tasks (here 1,000), p50 / p95 / p99 ms | 5.0 / 10.0 / 15.0"
                + " | 10.0 / 20.0 / 30.0 | 2.00 (p95) |")
        .contains(
            "| Tasklist's filter query, 1,000 open tasks (here 1,000), p50 / p95 / p99 ms | -"
                + " | 40.0 / 50.0 / 60.0 | - |");
  }

  private static String table(
      PerformanceBenchmark.Figures project, PerformanceBenchmark.Figures anchor) {
    return Summary.of(PerformanceBenchmark.Settings.fromSystemProperties(), project, anchor);
  }
}
