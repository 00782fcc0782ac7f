package id.go.trenggalekkab.aptika.performance;

import id.go.trenggalekkab.aptika.system.PostgresVersionTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark ({@code bench/run}, docs/performance.md): this project and the bare-engine anchor
 * (bench/anchor) on one embedded PostgreSQL 16, driven by the same client in the same window. Not a
 * test: it is run only by the bench profile, and {@code BenchmarkSmokeIT} keeps it working in CI.
 */
class PerformanceBenchmark {

  static final Path RESULTS = Path.of("target", "bench", "summary.txt");

  record Settings(
      List<Integer> sizes,
      int warmupRuns,
      int runs,
      int threads,
      int warmupStarts,
      int starts,
      int clients,
      int rounds,
      int warmupGets,
      Duration warmupLimit,
      int gets,
      boolean coldStart,
      Path anchorJar,
      String server,
      Set<String> parts,
      Http.Login login,
      String anchorProcess) {

    static Settings fromSystemProperties() {
      return new Settings(
          Arrays.stream(System.getProperty("bench.sizes", "1000").split(","))
              .map(String::trim)
              .map(Integer::valueOf)
              .toList(),
          Integer.getInteger("bench.warmupRuns", 600),
          Integer.getInteger("bench.runs", 150),
          Integer.getInteger("bench.threads", 4),
          Integer.getInteger("bench.warmupStarts", 6000),
          Integer.getInteger("bench.starts", 1500),
          2,
          Integer.getInteger("bench.rounds", 3),
          Integer.getInteger("bench.warmupGets", 2000),
          Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 60)),
          Integer.getInteger("bench.gets", 300),
          Boolean.parseBoolean(System.getProperty("bench.coldStart", "true")),
          Path.of(System.getProperty("bench.anchorJar", "bench/anchor/target/anchor.jar")),
          System.getProperty("bench.server"),
          Set.of(System.getProperty("bench.parts", "runs,tasks").split(",")),
          Http.Login.valueOf(
              System.getProperty("bench.login", "tasklist").toUpperCase(Locale.ROOT)),
          System.getProperty("bench.anchorProcess", "outline"));
    }

    boolean measures(String part) {
      return parts.contains(part);
    }
  }

  /** The figures of one application. */
  static final class Figures {
    double coldStartSeconds = Double.NaN;
    long residentMib = -1;
    Driver.Runs runs;
    Driver.Footprint footprint;
    Driver.Starts starts;
    final Map<Integer, List<Driver.Latency>> taskList = new LinkedHashMap<>();
    final Map<Integer, Long> openTasks = new LinkedHashMap<>();
    final List<String> conditions = new ArrayList<>();
    final List<Driver.Runs> runRounds = new ArrayList<>();
    final List<Driver.Starts> startRounds = new ArrayList<>();
  }

  @Test
  void benchmark() throws Exception {
    Settings settings = Settings.fromSystemProperties();
    if (!Files.exists(settings.anchorJar())) {
      throw new IllegalStateException(
          settings.anchorJar() + " is missing: bench/run builds it (mvn -f bench/anchor package)");
    }
    Shape.anchor(settings.anchorProcess()); // an unknown bench.anchorProcess fails before any work
    Figures project = new Figures();
    Figures anchor = new Figures();
    if (settings.coldStart()) {
      coldStarts(settings, project, anchor);
    }
    if (settings.server() != null) {
      measure(
          settings, settings.server() + "aptika", settings.server() + "anchor", project, anchor);
    } else {
      try (EmbeddedPostgres postgres = PostgresVersionTest.serverAsDockerComposeMakesIt()) {
        measure(
            settings,
            countedDatabase(postgres, "aptika"),
            countedDatabase(postgres, "anchor"),
            project,
            anchor);
      }
    }
    String summary = Summary.of(settings, project, anchor);
    Files.createDirectories(RESULTS.getParent());
    Files.writeString(RESULTS, summary);
    System.out.println(summary);
  }

  /** A new database {@code name} whose statements {@code pg_stat_statements} counts; its URL. */
  static String countedDatabase(EmbeddedPostgres postgres, String name) {
    new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + name);
    new JdbcTemplate(postgres.getDatabase("postgres", name))
        .execute("create extension pg_stat_statements");
    return postgres.getJdbcUrl("postgres", name);
  }

  static void measure(
      Settings settings, String projectUrl, String anchorUrl, Figures project, Figures anchor)
      throws Exception {
    if (settings.measures("runs")) {
      throughputSideBySide(settings, projectUrl, anchorUrl, project, anchor);
    }
    if (settings.measures("tasks")) {
      measureProject(settings, projectUrl, project);
      measureAnchor(settings, anchorUrl, anchor);
    }
  }

  /**
   * Full runs and step 1 of both applications, both running, in alternating turns: {@code
   * bench.rounds} rounds, each with a share of the runs and starts for each application, the one
   * going first changing from round to round. A machine whose speed drifts (other work, a virtual
   * machine's stolen time) then slows both alike, and each round's ratio shows how far the figures
   * move.
   */
  static void throughputSideBySide(
      Settings settings, String projectUrl, String anchorUrl, Figures project, Figures anchor)
      throws Exception {
    try (Project app = new Project(projectUrl);
        Jvm bare =
            anchor(
                settings,
                Jvm.emptyDirectory("anchor"),
                ANCHOR_PORT,
                anchorArguments(anchorUrl),
                0,
                true)) {
      Cpu.Meter cpu = Cpu.Meter.of(bare.pid(), dataSource(projectUrl));
      List<Driver> drivers =
          List.of(
              new Driver(Shape.subdomain(), app.baseUrl(), dataSource(projectUrl), settings.login())
                  .metered(cpu),
              new Driver(
                      Shape.anchor(settings.anchorProcess()),
                      "http://localhost:" + ANCHOR_PORT,
                      dataSource(anchorUrl))
                  .metered(cpu));
      List<Figures> figures = List.of(project, anchor);
      int rounds = Math.max(1, settings.rounds());
      for (int round = 0; round < rounds; round++) {
        for (Driver driver : drivers) {
          driver.fullRuns(share(settings.warmupRuns(), rounds, round), settings.threads(), false);
          driver.starts(share(settings.warmupStarts(), rounds, round), settings.clients());
        }
      }
      for (int round = 0; round < rounds; round++) {
        int runs = share(settings.runs(), rounds, round);
        int starts = share(settings.starts(), rounds, round);
        for (int turn = 0; turn < 2; turn++) {
          int which = (round + turn) % 2;
          figures
              .get(which)
              .conditions
              .add(format("round %d, full runs: load %s", round + 1, load()));
          figures
              .get(which)
              .runRounds
              .add(drivers.get(which).fullRuns(runs, settings.threads(), true));
        }
        for (int turn = 0; turn < 2; turn++) {
          int which = (round + turn) % 2;
          figures.get(which).conditions.add(format("round %d, step 1: load %s", round + 1, load()));
          figures.get(which).startRounds.add(drivers.get(which).starts(starts, settings.clients()));
        }
      }
      for (int which = 0; which < 2; which++) {
        Figures each = figures.get(which);
        each.runs = Driver.Runs.sum(each.runRounds);
        each.starts = Driver.Starts.sum(each.startRounds);
        each.footprint = drivers.get(which).footprint();
      }
    }
  }

  /** Round {@code round}'s share of {@code total}, the remainder spread over the first rounds. */
  static int share(int total, int rounds, int round) {
    return total / rounds + (round < total % rounds ? 1 : 0);
  }

  static void measureProject(Settings settings, String jdbcUrl, Figures figures) throws Exception {
    DataSource database = dataSource(jdbcUrl);
    try (Project app = new Project(jdbcUrl)) {
      Driver driver = new Driver(Shape.subdomain(), app.baseUrl(), database);
      app.stopJobExecutor();
      for (int size : settings.sizes()) {
        app.seed(Math.max(0, size - driver.openFirstTasks()));
        figures.taskList.put(size, latency(settings, driver, figures, size));
      }
    }
  }

  static void measureAnchor(Settings settings, String jdbcUrl, Figures figures) throws Exception {
    DataSource database = dataSource(jdbcUrl);
    List<String> datasource = anchorArguments(jdbcUrl);
    Path directory = Jvm.emptyDirectory("anchor");
    String base = "http://localhost:" + ANCHOR_PORT;
    for (int size : settings.sizes()) {
      Driver driver = new Driver(Shape.anchorOutline(), base, database);
      long seed = Math.max(0, size - driver.openFirstTasks());
      try (Jvm app = anchor(settings, directory, ANCHOR_PORT, datasource, seed, false)) {
        figures.taskList.put(size, latency(settings, driver, figures, size));
      }
    }
  }

  private static final int ANCHOR_PORT = 18189;

  private static List<String> anchorArguments(String jdbcUrl) {
    return List.of(
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--spring.profiles.active=bench",
        "--bench.mode=seed",
        "--bench.db=pg");
  }

  private static Jvm anchor(
      Settings settings,
      Path directory,
      int port,
      List<String> datasource,
      long seed,
      boolean jobExecutor)
      throws Exception {
    List<String> arguments = new ArrayList<>(datasource);
    arguments.add("--server.port=" + port);
    arguments.add("--bench.n=" + seed);
    arguments.add("--camunda.bpm.job-execution.enabled=" + jobExecutor);
    Jvm app = Jvm.start(settings.anchorJar(), directory, List.of("-Xms1g", "-Xmx2g"), arguments);
    app.awaitLog("BENCH SEED DONE", 1800);
    app.awaitHttp200("http://localhost:" + port, "/engine-rest/engine", 120);
    return app;
  }

  /** A database of the embedded server or of {@code bench.server} (user and password postgres). */
  static DataSource dataSource(String jdbcUrl) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl);
    dataSource.setUser("postgres");
    dataSource.setPassword("postgres");
    return dataSource;
  }

  static List<Driver.Latency> latency(Settings settings, Driver driver, Figures figures, int size) {
    driver.analyze();
    long open = driver.openFirstTasks();
    figures.openTasks.put(size, open);
    figures.conditions.add("task list at " + open + " open tasks: load " + load());
    List<Driver.Latency> latencies =
        driver.taskList(settings.gets(), settings.warmupGets(), settings.warmupLimit());
    figures.conditions.add(
        format(
            "task list at %d open tasks, rounds of warm-up (at most %d, or %d s): %s",
            open,
            settings.warmupGets(),
            settings.warmupLimit().toSeconds(),
            String.join(", ", latencies.stream().map(l -> l.label() + " " + l.warmup()).toList())));
    return latencies;
  }

  static void coldStarts(Settings settings, Figures project, Figures anchor) throws Exception {
    Path jar =
        Files.list(Path.of("target"))
            .filter(p -> p.getFileName().toString().matches("layanan-aptika-.*\\.jar"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no target/layanan-aptika-*.jar"));
    coldStart(project, jar, "cold-project", "/actuator/health", List.of());
    coldStart(anchor, settings.anchorJar(), "cold-anchor", "/engine-rest/engine", List.of());
  }

  /** From launch until healthy, on the defaults (H2), and the resident memory 10 s later. */
  static void coldStart(
      Figures figures, Path jar, String name, String healthPath, List<String> jvmOptions)
      throws Exception {
    int port = 18188;
    figures.conditions.add("cold start: load " + load());
    try (Jvm app =
        Jvm.start(jar, Jvm.emptyDirectory(name), jvmOptions, List.of("--server.port=" + port))) {
      figures.coldStartSeconds = app.awaitHttp200("http://localhost:" + port, healthPath, 180);
      Thread.sleep(10_000);
      figures.residentMib = app.residentMib();
    }
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " at " + Instant.now();
    } catch (IOException e) {
      return "?";
    }
  }

  static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
