package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every overrun: which step of which request, due when, done when, and how late in
 * office time. One row per step and instance; the reminder opens it, the escalation and the
 * completion fill it in. The SOP evaluation reads these rows.
 */
@Repository
public class SlaBreaches {

  public enum Kind {
    TASK,
    SERVICE,
    PROCESS
  }

  public record Breach(
      long id,
      String kind,
      String processInstanceId,
      String processKey,
      String activityId,
      String activityName,
      String sopStep,
      String unitId,
      String taskId,
      String mutuBaku,
      LocalDateTime dueAt,
      LocalDateTime doneAt,
      Long lateMinutes,
      LocalDateTime remindedAt,
      LocalDateTime escalatedAt,
      String escalatedTo) {}

  /** What identifies an overrun step. */
  record Step(
      Kind kind,
      String processInstanceId,
      String processKey,
      String activityId,
      String activityName,
      String sopStep,
      String unitId,
      String taskId,
      String mutuBaku,
      Instant dueAt) {}

  private final JdbcClient jdbc;

  SlaBreaches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Breach> ofProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from apt_sla_breach where process_instance_id = ? order by id")
        .param(processInstanceId)
        .query(Breach.class)
        .list();
  }

  /**
   * The overruns due, reminded or escalated in {@code [from, to)} (office wall-clock times), of one
   * unit or, with {@code unitId} null, of all; oldest due first.
   */
  public List<Breach> touching(LocalDateTime from, LocalDateTime to, String unitId) {
    return jdbc.sql(
            """
            select * from apt_sla_breach
             where ((due_at >= :from and due_at < :to)
                 or (reminded_at >= :from and reminded_at < :to)
                 or (escalated_at >= :from and escalated_at < :to))
               and (cast(:unit as varchar(32)) is null or unit_id = :unit)
             order by due_at, id""")
        .param("from", from)
        .param("to", to)
        .param("unit", unitId)
        .query(Breach.class)
        .list();
  }

  /** The open overruns of these tasks that have escalated, by task id. */
  Map<String, Breach> escalatedTasks(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            """
            select * from apt_sla_breach where task_id in (:taskIds)
              and escalated_at is not null and done_at is null""")
        .param("taskIds", taskIds)
        .query(Breach.class)
        .list()
        .stream()
        .collect(Collectors.toMap(Breach::taskId, breach -> breach, (older, newer) -> newer));
  }

  void reminded(Step step, Instant at) {
    long id = open(step);
    jdbc.sql("update apt_sla_breach set reminded_at = ? where id = ?")
        .params(local(at), id)
        .update();
  }

  void escalated(Step step, Instant at, String to) {
    long id = open(step);
    jdbc.sql("update apt_sla_breach set escalated_at = ?, escalated_to = ? where id = ?")
        .params(local(at), to, id)
        .update();
  }

  void done(Step step, Instant at, long lateMinutes) {
    long id = open(step);
    jdbc.sql("update apt_sla_breach set done_at = ?, late_minutes = ? where id = ?")
        .params(local(at), lateMinutes, id)
        .update();
  }

  private long open(Step step) {
    Optional<Long> existing =
        jdbc.sql(
                """
                select id from apt_sla_breach where process_instance_id = ? and activity_id = ?
                  and done_at is null order by id desc""")
            .params(step.processInstanceId(), step.activityId())
            .query(Long.class)
            .optional();
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql(
            """
            insert into apt_sla_breach (kind, process_instance_id, process_key, activity_id,
              activity_name, sop_step, unit_id, task_id, mutu_baku, due_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            step.kind().name(),
            step.processInstanceId(),
            step.processKey(),
            step.activityId(),
            step.activityName(),
            step.sopStep(),
            step.unitId(),
            step.taskId(),
            step.mutuBaku(),
            local(step.dueAt()))
        .update();
    return open(step);
  }

  /** Times are stored as office (WIB) wall-clock times, as people read them. */
  private static LocalDateTime local(Instant instant) {
    return OfficeTime.forDatabase(instant);
  }
}
