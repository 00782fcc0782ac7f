package id.go.trenggalekkab.aptika.performance;

import static id.go.trenggalekkab.aptika.performance.PerformanceBenchmark.format;

import id.go.trenggalekkab.aptika.performance.PerformanceBenchmark.Figures;
import id.go.trenggalekkab.aptika.performance.PerformanceBenchmark.Settings;
import java.time.Instant;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The benchmark's figures as one Markdown table, this project beside the anchor. */
final class Summary {

  private Summary() {}

  static String of(Settings settings, Figures project, Figures anchor) {
    StringBuilder out = new StringBuilder();
    out.append("## Benchmark ").append(Instant.now()).append("\n\n");
    out.append(format("%s%n%n", settings));
    Shape anchorRuns = Shape.anchor(settings.anchorProcess());
    out.append(
        format(
            "The bare engine's process: %s (%s) in the full runs and step 1, %s in the task"
                + " list.%n%n",
            anchorRuns.processKey(), anchorRuns.name(), Shape.anchorOutline().processKey()));
    out.append("| figure | bare engine | this project | project / engine |\n");
    out.append("|---|---|---|---|\n");
    if (project.runs != null && anchor.runs != null) {
      row(
          out,
          format(
              "full SOP runs per s (%d runs, %d threads)",
              project.runs.runs(), project.runs.threads()),
          anchor.runs.perSecond(),
          project.runs.perSecond(),
          "%.1f");
      rounds(
          out,
          "full SOP runs per s",
          perSecond(anchor.runRounds, Driver.Runs::perSecond),
          perSecond(project.runRounds, Driver.Runs::perSecond));
      perRun(
          out,
          "engine commits per run (users' list reads included)",
          anchor.runs,
          project.runs,
          Driver.Runs::commitsPerRun);
      if (!Double.isNaN(anchor.runs.statementsPerRun())
          && !Double.isNaN(project.runs.statementsPerRun())) {
        perRun(
            out,
            "statements per run (pg_stat_statements: reads and writes; BEGIN and COMMIT not"
                + " counted)",
            anchor.runs,
            project.runs,
            Driver.Runs::statementsPerRun);
        perRun(
            out,
            "rows written per run (inserted, updated, deleted)",
            anchor.runs,
            project.runs,
            Driver.Runs::rowsWrittenPerRun);
      }
      if (anchor.footprint != null && project.footprint != null) {
        out.append(
            format(
                "| one finished request in the history: variables / activity instances / user"
                    + " tasks / jobs | %s | %s | - |%n",
                footprint(anchor.footprint), footprint(project.footprint)));
      }
      perRun(
          out,
          "users' list reads per run",
          anchor.runs,
          project.runs,
          runs -> runs.userReads() / (double) runs.runs());
      cpu(out, "full run", anchor.runs, project.runs);
    }
    if (project.starts != null && anchor.starts != null) {
      row(
          out,
          format("step-1 starts per s (%d clients, one-page PDF)", project.starts.clients()),
          anchor.starts.perSecond(),
          project.starts.perSecond(),
          "%.1f");
      rounds(
          out,
          "step-1 starts per s",
          perSecond(anchor.startRounds, Driver.Starts::perSecond),
          perSecond(project.startRounds, Driver.Starts::perSecond));
      cpu(out, "start", anchor.starts, project.starts);
    }
    for (Integer size : project.taskList.keySet()) {
      List<Driver.Latency> theirs = anchor.taskList.getOrDefault(size, List.of());
      for (Driver.Latency p : project.taskList.get(size)) {
        Driver.Latency a =
            theirs.stream().filter(l -> l.label().equals(p.label())).findFirst().orElse(null);
        out.append(
            format(
                "| %s, %,d open tasks (here %,d), p50 / p95 / p99 ms | %s | %.1f / %.1f / %.1f | %s |%n",
                p.label(),
                size,
                project.openTasks.get(size),
                a == null ? "-" : format("%.1f / %.1f / %.1f", a.p50(), a.p95(), a.p99()),
                p.p50(),
                p.p95(),
                p.p99(),
                a == null ? "-" : format("%.2f (p95)", p.p95() / a.p95())));
      }
    }
    if (project.residentMib > 0 && anchor.residentMib > 0) {
      row(
          out,
          "cold start to healthy, s",
          anchor.coldStartSeconds,
          project.coldStartSeconds,
          "%.1f");
      row(out, "RSS 10 s after healthy, MiB", anchor.residentMib, project.residentMib, "%.0f");
    }
    out.append("\nConditions (load1 from /proc/loadavg):\n\n");
    anchor.conditions.forEach(c -> out.append("- bare engine, ").append(c).append('\n'));
    project.conditions.forEach(c -> out.append("- this project, ").append(c).append('\n'));
    return out.toString();
  }

  /**
   * Processor time per run or start, where {@code /proc} gave it. The benchmark's JVM holds the
   * client for both applications, and this project's application too; the anchor has a JVM of its
   * own. The cores busy (all three's time over the measured time) show whether the machine's two
   * cores were the limit.
   */
  private static void cpu(
      StringBuilder out, String what, Driver.Measured anchorWork, Driver.Measured projectWork) {
    Cpu anchor = anchorWork.cpuEach();
    Cpu project = projectWork.cpuEach();
    if (Double.isNaN(anchor.total()) || Double.isNaN(project.total())) {
      return;
    }
    rowWithoutRatio(
        out,
        format(
            "CPU per %s, ms: the benchmark's JVM (the client; this project's application runs in"
                + " it)",
            what),
        anchor.benchmarkJvm(),
        project.benchmarkJvm(),
        "%.1f");
    out.append(
        format("| CPU per %s, ms: the anchor's JVM | %.1f | - | - |%n", what, anchor.anchorJvm()));
    row(
        out,
        format("CPU per %s, ms: PostgreSQL", what),
        anchor.postgres(),
        project.postgres(),
        "%.1f");
    row(out, format("CPU per %s, ms: all three", what), anchor.total(), project.total(), "%.1f");
    rowWithoutRatio(
        out,
        format(
            "CPU per %s, ms: of which the JVMs' JIT compiler threads (compiling, not running, the"
                + " code)",
            what),
        anchor.compiler(),
        project.compiler(),
        "%.1f");
    row(
        out,
        format("CPU per %s, ms: all three, less the JIT compiler threads", what),
        anchor.total() - anchor.compiler(),
        project.total() - project.compiler(),
        "%.1f");
    rowWithoutRatio(
        out,
        format("cores busy during the %ss (all three's CPU over the time)", what),
        anchorWork.coresBusy(),
        projectWork.coresBusy(),
        "%.2f");
  }

  private static void perRun(
      StringBuilder out,
      String figure,
      Driver.Runs anchor,
      Driver.Runs project,
      ToDoubleFunction<Driver.Runs> figureOf) {
    row(out, figure, figureOf.applyAsDouble(anchor), figureOf.applyAsDouble(project), "%.1f");
  }

  private static String footprint(Driver.Footprint each) {
    return format(
        "%.1f / %.1f / %.1f / %.1f",
        each.variables(), each.activities(), each.userTasks(), each.jobs());
  }

  private static <T> List<Double> perSecond(List<T> rounds, ToDoubleFunction<T> rate) {
    return rounds.stream().map(rate::applyAsDouble).toList();
  }

  /** Each round's figure, in the order the rounds ran, and the lowest and highest ratio. */
  private static void rounds(
      StringBuilder out, String figure, List<Double> anchor, List<Double> project) {
    if (anchor.size() < 2 || anchor.size() != project.size()) {
      return;
    }
    DoubleSummaryStatistics ratios = new DoubleSummaryStatistics();
    for (int i = 0; i < anchor.size(); i++) {
      ratios.accept(project.get(i) / anchor.get(i));
    }
    out.append(
        format(
            "| %s, round by round | %s | %s | %.2f to %.2f |%n",
            figure, each(anchor), each(project), ratios.getMin(), ratios.getMax()));
  }

  private static String each(List<Double> values) {
    return String.join(", ", values.stream().map(v -> format("%.1f", v)).toList());
  }

  private static void row(
      StringBuilder out, String figure, double anchor, double project, String pattern) {
    out.append(
        format(
            "| %s | " + pattern + " | " + pattern + " | %.2f |%n",
            figure,
            anchor,
            project,
            project / anchor));
  }

  /** A figure whose ratio would mean nothing: the parts of different wholes, or cores busy. */
  private static void rowWithoutRatio(
      StringBuilder out, String figure, double anchor, double project, String pattern) {
    out.append(format("| %s | " + pattern + " | " + pattern + " | - |%n", figure, anchor, project));
  }
}
