package id.go.trenggalekkab.aptika.performance;

import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives one application over REST as its users do, and reads what the database did. The same
 * driver runs the project and the anchor, so their figures differ only by the application.
 */
final class Driver {

  private static final long POLL_MS = 20;

  private final Shape shape;
  private final Http http;
  private final JdbcTemplate jdbc;
  private final AtomicLong harnessQueries = new AtomicLong();
  private Cpu.Meter cpu = Cpu.Meter.NONE;

  Driver(Shape shape, String baseUrl, DataSource database) {
    this(shape, baseUrl, database, Http.Login.BASIC);
  }

  /** Named users are let in as {@code login} says (the anchor's requests name none). */
  Driver(Shape shape, String baseUrl, DataSource database, Http.Login login) {
    this.shape = shape;
    this.http = new Http(baseUrl, login);
    this.jdbc = new JdbcTemplate(database);
  }

  /** This driver's runs and starts also count the processor time {@code meter} reads. */
  Driver metered(Cpu.Meter meter) {
    this.cpu = meter;
    return this;
  }

  /** Runs or starts: how many, over how long, with the processor time they took. */
  interface Measured {
    int count();

    double seconds();

    Cpu cpu();

    default Cpu cpuEach() {
      return cpu().per(count());
    }

    /** Cores kept busy: the processor time of all the processes measured, over the time. */
    default double coresBusy() {
      return cpu().total() / 1000 / seconds();
    }
  }

  /**
   * {@code statementsPerRun} and {@code rowsWrittenPerRun} are NaN where PostgreSQL has no {@code
   * pg_stat_statements}.
   */
  record Runs(
      int runs,
      int threads,
      double seconds,
      double commitsPerRun,
      double statementsPerRun,
      double rowsWrittenPerRun,
      long userReads,
      Cpu cpu)
      implements Measured {
    double perSecond() {
      return runs / seconds;
    }

    @Override
    public int count() {
      return runs;
    }

    /** Several rounds as one: all their runs over all their time. */
    static Runs sum(List<Runs> rounds) {
      int runs = rounds.stream().mapToInt(Runs::runs).sum();
      return new Runs(
          runs,
          rounds.get(0).threads(),
          rounds.stream().mapToDouble(Runs::seconds).sum(),
          rounds.stream().mapToDouble(r -> r.commitsPerRun() * r.runs()).sum() / runs,
          rounds.stream().mapToDouble(r -> r.statementsPerRun() * r.runs()).sum() / runs,
          rounds.stream().mapToDouble(r -> r.rowsWrittenPerRun() * r.runs()).sum() / runs,
          rounds.stream().mapToLong(Runs::userReads).sum(),
          rounds.stream().map(Runs::cpu).reduce(Cpu::plus).orElseThrow());
    }
  }

  record Starts(int starts, int clients, double seconds, Cpu cpu) implements Measured {
    double perSecond() {
      return starts / seconds;
    }

    @Override
    public int count() {
      return starts;
    }

    /** Several rounds as one: all their starts over all their time. */
    static Starts sum(List<Starts> rounds) {
      return new Starts(
          rounds.stream().mapToInt(Starts::starts).sum(),
          rounds.get(0).clients(),
          rounds.stream().mapToDouble(Starts::seconds).sum(),
          rounds.stream().map(Starts::cpu).reduce(Cpu::plus).orElseThrow());
    }
  }

  /** {@code count} timed requests after {@code warmup} untimed rounds. */
  record Latency(String label, int count, int warmup, double p50, double p95, double p99) {}

  /**
   * {@code runs} requests from the start form to their end, {@code threads} at a time: each thread
   * submits a request, then opens its user tasks one after the other as the lane's user (polling
   * the list, as Tasklist does, while the job executor runs the system steps) and completes each.
   * Time runs from the first submission until the engine's history shows the last request ended.
   * Commits are {@code pg_stat_database.xact_commit} over the run, and statements and the rows they
   * wrote are {@code pg_stat_statements}' where PostgreSQL has it, each less the benchmark's own
   * queries; the users' list reads are part of a run and counted. Processor time is read over the
   * same time as the runs.
   */
  Runs fullRuns(int runs, int threads, boolean countCommits) throws Exception {
    long endedBefore = ended();
    long commitsBefore = countCommits ? commits() : 0;
    long harnessBefore = harnessQueries.get();
    Statements statementsBefore = countCommits ? statements() : Statements.UNKNOWN;
    long harnessAtStatements = harnessQueries.get();
    AtomicInteger left = new AtomicInteger(runs);
    AtomicLong reads = new AtomicLong();
    Cpu cpuBefore = cpu.read();
    long t0 = System.nanoTime();
    parallel(
        threads,
        () -> {
          while (left.getAndDecrement() > 0) {
            String id =
                (String)
                    http.post(shape.starter(), shape.startPath(), shape.startBody(), 200).get("id");
            for (Shape.Step step : shape.steps()) {
              complete(id, step, reads);
            }
          }
        });
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (ended() - endedBefore < runs) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("requests did not end: " + (ended() - endedBefore));
      }
      Thread.sleep(POLL_MS);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Cpu used = cpu.read().minus(cpuBefore);
    double perRun = -1;
    Statements statements = Statements.UNKNOWN;
    if (countCommits) {
      long harness = harnessQueries.get() - harnessBefore + 1;
      perRun = (commits() - commitsBefore - harness) / (double) runs;
      statements = statements().less(statementsBefore, harnessQueries.get() - harnessAtStatements);
    }
    return new Runs(
        runs,
        threads,
        seconds,
        perRun,
        statements.calls() / (double) runs,
        statements.rowsWritten() / (double) runs,
        reads.get(),
        used);
  }

  /**
   * What one finished request of the shape's process left in the engine's history, on average over
   * the finished requests: its variables, activity instances (events, tasks, gateways), user tasks
   * and jobs (asynchronous steps and timers created).
   */
  record Footprint(double variables, double activities, double userTasks, double jobs) {}

  Footprint footprint() {
    double requests = ended();
    return new Footprint(
        rowsOfFinished("act_hi_varinst h on h.proc_inst_id_", "") / requests,
        rowsOfFinished("act_hi_actinst h on h.proc_inst_id_", "") / requests,
        rowsOfFinished("act_hi_taskinst h on h.proc_inst_id_", "") / requests,
        rowsOfFinished("act_hi_job_log h on h.process_instance_id_", " and h.job_state_ = 0")
            / requests);
  }

  /** Rows of a history table (joined on its process instance column) of the finished requests. */
  private long rowsOfFinished(String tableOnColumn, String condition) {
    Long rows =
        jdbc.queryForObject(
            "select count(*) from act_hi_procinst p join "
                + tableOnColumn
                + " = p.id_ where p.proc_def_key_ = ? and p.end_time_ is not null"
                + condition,
            Long.class,
            shape.processKey());
    return rows == null ? 0 : rows;
  }

  private void complete(String processInstanceId, Shape.Step step, AtomicLong reads)
      throws InterruptedException {
    HttpRequest list =
        http.get(
            step.user(),
            "/engine-rest/task?processInstanceId="
                + processInstanceId
                + "&taskDefinitionKey="
                + step.taskKey());
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (true) {
      reads.incrementAndGet();
      String body = http.send(list, 200);
      if (!"[]".equals(body)) {
        String taskId = body.replaceFirst("(?s)^.*?\"id\":\"([^\"]+)\".*$", "$1");
        http.post(
            step.user(),
            "/engine-rest/task/" + taskId + "/claim",
            Map.of("userId", shape.claimUser(step)),
            204);
        http.post(
            step.user(),
            "/engine-rest/task/" + taskId + "/complete",
            Map.of("variables", RequestFixtures.asRestVariables(step.values())),
            204);
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(step.taskKey() + " never came for " + processInstanceId);
      }
      Thread.sleep(POLL_MS);
    }
  }

  /** Step 1 alone: {@code clients} clients each submit start forms with the PDF, back to back. */
  Starts starts(int starts, int clients) throws Exception {
    AtomicInteger left = new AtomicInteger(starts);
    Cpu cpuBefore = cpu.read();
    long t0 = System.nanoTime();
    parallel(
        clients,
        () -> {
          while (left.getAndDecrement() > 0) {
            http.post(shape.starter(), shape.startPath(), shape.startBody(), 200);
          }
        });
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Starts(starts, clients, seconds, cpu.read().minus(cpuBefore));
  }

  /**
   * The first user's task list and count, as {@code /engine-rest} answers them, one request at a
   * time: first interleaved ({@code warmup} untimed rounds, then {@code count} timed), then the
   * list alone, {@code count} times back to back, with no count's read of every task between two
   * pages; then, where the shape has one, Tasklist's own query of its saved filter (the page with
   * the cards' variables and the count, as Tasklist posts it), {@code warmup} and {@code count}
   * times back to back. Each warm-up stops early once it has taken {@code warmupLimit}, so that a
   * size whose count reads 100,000 tasks still ends; the rounds it took are in the latencies.
   * Percentiles are nearest-rank.
   */
  List<Latency> taskList(int count, int warmup, Duration warmupLimit) {
    String group = "kadis";
    String user = shape.taskListUser();
    HttpRequest list =
        http.get(
            user,
            "/engine-rest/task?candidateGroup="
                + group
                + "&sortBy=dueDate&sortOrder=asc&maxResults=15");
    HttpRequest tasks = http.get(user, "/engine-rest/task/count?candidateGroup=" + group);
    int warmedUp = warmUp(warmup, warmupLimit, list, tasks);
    double[][] interleaved = timed(count, list, tasks);
    double[][] alone = timed(count, list);
    List<Latency> latencies = new ArrayList<>();
    latencies.add(latency("task list", warmedUp, interleaved[0]));
    latencies.add(latency("task count", warmedUp, interleaved[1]));
    latencies.add(latency("task list alone", warmedUp, alone[0]));
    if (shape.tasklistFilter() != null) {
      HttpRequest filter = tasklistFilterQuery(user, shape.tasklistFilter());
      int filterWarmedUp = warmUp(warmup, warmupLimit, filter);
      latencies.add(latency("Tasklist's filter query", filterWarmedUp, timed(count, filter)[0]));
    }
    return latencies;
  }

  /** The query Tasklist posts for the first page of the user's saved filter of that name. */
  private HttpRequest tasklistFilterQuery(String user, String name) {
    List<Map<String, Object>> filters =
        http.getList(
            user,
            "/engine-rest/filter?resourceType=Task&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
    if (filters.size() != 1) {
      throw new IllegalStateException(user + " sees " + filters.size() + " filters named " + name);
    }
    return TaskListLatency.filterQuery(
        http.request(user, TaskListLatency.filterPage((String) filters.get(0).get("id"))));
  }

  /** Untimed rounds of the requests in turns, at most {@code rounds}, until {@code limit}. */
  private int warmUp(int rounds, Duration limit, HttpRequest... requests) {
    long deadline = System.nanoTime() + limit.toNanos();
    int done = 0;
    while (done < rounds && System.nanoTime() < deadline) {
      for (HttpRequest request : requests) {
        http.send(request, 200);
      }
      done++;
    }
    return done;
  }

  /** Milliseconds of each request in each of the rounds, the requests taking turns. */
  private double[][] timed(int rounds, HttpRequest... requests) {
    double[][] ms = new double[requests.length][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int j = 0; j < requests.length; j++) {
        long t0 = System.nanoTime();
        http.send(requests[j], 200);
        ms[j][i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    return ms;
  }

  private static Latency latency(String label, int warmedUp, double[] ms) {
    Arrays.sort(ms);
    return new Latency(label, ms.length, warmedUp, rank(ms, 50), rank(ms, 95), rank(ms, 99));
  }

  /** Open tasks waiting at the first user task; none where the engine made no tables yet. */
  long openFirstTasks() {
    harnessQueries.incrementAndGet();
    Long tables =
        jdbc.queryForObject(
            "select count(*) from information_schema.tables where lower(table_name) = 'act_ru_task'",
            Long.class);
    if (tables == null || tables == 0) {
      return 0;
    }
    Long open =
        jdbc.queryForObject(
            "select count(*) from act_ru_task where task_def_key_ = ?",
            Long.class,
            shape.firstTask());
    return open == null ? 0 : open;
  }

  void analyze() {
    jdbc.execute("analyze");
  }

  private long ended() {
    harnessQueries.incrementAndGet();
    Long ended =
        jdbc.queryForObject(
            "select count(*) from act_hi_procinst where proc_def_key_ = ? and end_time_ is not null",
            Long.class,
            shape.processKey());
    return ended == null ? 0 : ended;
  }

  /** PostgreSQL publishes a backend's counts within 1 s, an idle backend's within 10 s. */
  private long commits() throws InterruptedException {
    Thread.sleep(11_000);
    harnessQueries.incrementAndGet();
    Long commits =
        jdbc.queryForObject(
            "select xact_commit from pg_stat_database where datname = current_database()",
            Long.class);
    return commits == null ? 0 : commits;
  }

  /**
   * Statements that read or wrote rows, and the rows written, as pg_stat_statements counts them.
   */
  private record Statements(double calls, double rowsWritten) {
    static final Statements UNKNOWN = new Statements(Double.NaN, Double.NaN);

    /** Since {@code before}, less the {@code harness} statements the benchmark itself sent. */
    Statements less(Statements before, long harness) {
      return new Statements(calls - before.calls - harness, rowsWritten - before.rowsWritten);
    }
  }

  /**
   * This database's statements so far. Unlike {@code pg_stat_database}, {@code pg_stat_statements}
   * counts a statement as soon as it ends. BEGIN, COMMIT and other utility statements are left out.
   */
  private Statements statements() {
    harnessQueries.incrementAndGet();
    try {
      return jdbc.queryForObject(
          "select coalesce(sum(calls), 0), coalesce(sum(rows) filter (where query ~*"
              + " '^\\s*(insert|update|delete)'), 0) from pg_stat_statements where query ~*"
              + " '^\\s*(select|insert|update|delete|with)' and dbid = (select oid from"
              + " pg_database where datname = current_database())",
          (row, i) -> new Statements(row.getLong(1), row.getLong(2)));
    } catch (DataAccessException noExtension) {
      return Statements.UNKNOWN;
    }
  }

  private static double rank(double[] sorted, double percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  interface Work {
    void run() throws Exception;
  }

  private static void parallel(int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        all.add(
            pool.submit(
                () -> {
                  work.run();
                  return null;
                }));
      }
      for (Future<?> each : all) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
