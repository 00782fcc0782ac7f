package id.go.trenggalekkab.aptika.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures the metrics show, counted in the database: the same on every node and after a
 * restart, unlike counters kept in one JVM. The requests started and ended are {@link
 * RequestCounts}; the others are each one grouped query over the engine's runtime tables.
 */
@Component
class DatabaseFigures {

  /** A process and one of its user tasks (the task definition key). */
  record Step(String process, String step) {}

  /** One reading of every figure. */
  record Snapshot(
      Map<String, Long> started,
      Map<String, Long> finished,
      Map<Step, Long> openTasks,
      Map<Step, Long> overdueTasks,
      Map<String, Long> openIncidents) {

    static Snapshot empty() {
      return new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }
  }

  private record KeyCount(String process, long count) {}

  private record StepCount(String process, String step, long count) {}

  private final JdbcClient jdbc;
  private final RequestCounts requests;

  DatabaseFigures(JdbcClient jdbc, RequestCounts requests) {
    this.jdbc = jdbc;
    this.requests = requests;
  }

  /**
   * The figures at {@code now} (the engine's clock: a task is overdue after its due date); the
   * request counts of {@code processes} are created if they are not yet kept.
   */
  Snapshot read(Instant now, Collection<String> processes) {
    Map<String, Long> started = new HashMap<>();
    Map<String, Long> finished = new HashMap<>();
    for (RequestCounts.Count count : requests.read(processes)) {
      started.put(count.process(), count.started());
      finished.put(count.process(), count.ended());
    }
    return new Snapshot(
        started,
        finished,
        bySteps(null),
        bySteps(now),
        byProcess(
            """
            select coalesce(d.KEY_, '') as process, count(*) as count from ACT_RU_INCIDENT i
            left join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_ group by d.KEY_"""));
  }

  private Map<String, Long> byProcess(String sql) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(sql)
        .query(KeyCount.class)
        .list()
        .forEach(row -> counts.put(row.process(), row.count()));
    return counts;
  }

  /** Open user tasks per step; only those due before {@code overdueAt} when it is given. */
  private Map<Step, Long> bySteps(Instant overdueAt) {
    String sql =
        """
        select d.KEY_ as process, t.TASK_DEF_KEY_ as step, count(*) as count from ACT_RU_TASK t
        join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
        """
            + (overdueAt == null ? "" : "where t.DUE_DATE_ < ? ")
            + "group by d.KEY_, t.TASK_DEF_KEY_";
    var statement = jdbc.sql(sql);
    if (overdueAt != null) {
      statement = statement.param(Timestamp.from(overdueAt));
    }
    Map<Step, Long> counts = new HashMap<>();
    statement
        .query(StepCount.class)
        .list()
        .forEach(row -> counts.put(new Step(row.process(), row.step()), row.count()));
    return counts;
  }
}
