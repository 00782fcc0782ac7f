package id.go.trenggalekkab.aptika.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures the metrics show, counted in the database: the same on every node and after a
 * restart, unlike counters kept in one JVM. Each is one grouped query over the engine's tables.
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

  DatabaseFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The figures at {@code now} (the engine's clock: a task is overdue after its due date). */
  Snapshot read(Instant now) {
    return new Snapshot(
        byProcess(
            """
            select PROC_DEF_KEY_ as process, count(*) as count from ACT_HI_PROCINST
            where SUPER_PROCESS_INSTANCE_ID_ is null group by PROC_DEF_KEY_"""),
        byProcess(
            """
            select PROC_DEF_KEY_ as process, count(*) as count from ACT_HI_PROCINST
            where SUPER_PROCESS_INSTANCE_ID_ is null and END_TIME_ is not null
            group by PROC_DEF_KEY_"""),
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
