package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.evaluation.Summary.ProcedureFigures;
import id.go.trenggalekkab.aptika.evaluation.Summary.StepFigures;
import id.go.trenggalekkab.aptika.letter.IndonesianDates;
import id.go.trenggalekkab.aptika.sla.SlaBreaches;
import id.go.trenggalekkab.aptika.sla.SlaBreaches.Breach;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * The Mutu Baku figures from the engine's history and the overrun record: one count query per
 * procedure for requests started and finished, one query per procedure for every step completed in
 * the period, one query for the reminders and escalations. A step is within its Mutu Baku when it
 * was completed by its due date, the instant the reminder was set for, as the SLA itself judges it;
 * its duration is the office time between the task's creation and its completion.
 */
@Service
class MutuBakuStatistics {

  static final String COMPLETED = "completed";

  private final HistoryService history;
  private final SopSteps sopSteps;
  private final SlaBreaches breaches;
  private final WorkingTimeCalendar calendar;

  MutuBakuStatistics(
      HistoryService history,
      SopSteps sopSteps,
      SlaBreaches breaches,
      WorkingTimeCalendar calendar) {
    this.history = history;
    this.sopSteps = sopSteps;
    this.breaches = breaches;
    this.calendar = calendar;
  }

  /**
   * @param unit a unit's id (its tenant), or null for every unit
   * @param processKey one procedure, or null for all
   */
  Summary summary(Period period, String unit, String processKey) {
    Map<String, List<Breach>> overruns =
        breaches.touching(period.localStart(), period.localEnd(), unit).stream()
            .filter(b -> SlaBreaches.Kind.TASK.name().equals(b.kind()))
            .collect(Collectors.groupingBy(b -> b.processKey() + "/" + b.activityId()));
    LocalDateTime cutoff = min(period.localEnd(), OfficeTime.now().toLocalDateTime());
    List<ProcedureFigures> procedures =
        sopSteps.procedures(processKey).stream()
            .map(procedure -> figures(procedure, period, unit, overruns, cutoff))
            .toList();
    return new Summary(period.from(), period.to(), unit, procedures);
  }

  private ProcedureFigures figures(
      SopSteps.Procedure procedure,
      Period period,
      String unit,
      Map<String, List<Breach>> overruns,
      LocalDateTime cutoff) {
    Date start = Date.from(period.start());
    long started =
        instances(procedure.key(), unit)
            .startedAfter(start)
            .startedBefore(period.lastMoment())
            .count();
    long finished =
        instances(procedure.key(), unit)
            .completed()
            .finishedAfter(start)
            .finishedBefore(period.lastMoment())
            .count();
    HistoricTaskInstanceQuery query =
        history
            .createHistoricTaskInstanceQuery()
            .processDefinitionKey(procedure.key())
            .finished()
            .taskDeleteReason(COMPLETED)
            .finishedAfter(start)
            .finishedBefore(period.lastMoment());
    if (unit != null) {
      query.tenantIdIn(unit);
    }
    Map<String, List<HistoricTaskInstance>> completions =
        query.list().stream()
            .collect(Collectors.groupingBy(HistoricTaskInstance::getTaskDefinitionKey));
    List<StepFigures> steps =
        procedure.steps().stream()
            .map(
                step ->
                    figures(
                        step,
                        completions.getOrDefault(step.activityId(), List.of()),
                        overruns.getOrDefault(procedure.key() + "/" + step.activityId(), List.of()),
                        period,
                        cutoff))
            .toList();
    return new ProcedureFigures(
        procedure.key(),
        procedure.name(),
        procedure.mutuBaku(),
        MutuBakuText.of(procedure.mutuBaku()),
        started,
        finished,
        steps,
        historyNotice(procedure.historyDays(), period, OfficeTime.now().toInstant()));
  }

  /**
   * Null when no request of the period can have left the history yet: the cleanup removes a
   * request's history {@code days} after it ended, so a period that began before that horizon may
   * have lost requests that ended in it.
   */
  static String historyNotice(Integer days, Period period, Instant now) {
    if (days == null) {
      return null;
    }
    Instant horizon = now.minus(Duration.ofDays(days));
    if (!period.start().isBefore(horizon)) {
      return null;
    }
    return ("Riwayat permohonan yang berakhir sebelum %s sudah dihapus (riwayat disimpan %d hari"
            + " setelah permohonan berakhir): jumlah permohonan dan penyelesaian langkah SOP ini"
            + " untuk periode ini bisa kurang dari yang sebenarnya.")
        .formatted(IndonesianDates.format(LocalDate.ofInstant(horizon, OfficeTime.ZONE)), days);
  }

  private StepFigures figures(
      SopSteps.Step step,
      List<HistoricTaskInstance> completions,
      List<Breach> overruns,
      Period period,
      LocalDateTime cutoff) {
    long within = completions.stream().filter(task -> withinMutuBaku(task, step)).count();
    List<Double> hours =
        completions.stream()
            .map(
                task ->
                    MutuBakuText.hours(
                        calendar.workingDuration(
                            task.getStartTime().toInstant(), task.getEndTime().toInstant())))
            .sorted()
            .toList();
    int completed = completions.size();
    return new StepFigures(
        step.activityId(),
        step.no(),
        step.name(),
        step.lane(),
        step.mutuBaku(),
        MutuBakuText.of(step.mutuBaku()),
        completed,
        within,
        completed == 0 ? null : MutuBakuText.round((double) within / completed),
        rounded(Percentiles.of(hours, 0.5)),
        rounded(Percentiles.of(hours, 0.9)),
        overruns.stream().filter(b -> period.contains(b.remindedAt())).count(),
        overruns.stream().filter(b -> period.contains(b.escalatedAt())).count(),
        overruns.stream()
            .filter(b -> b.escalatedAt() != null && b.escalatedAt().isBefore(cutoff))
            .filter(b -> b.doneAt() == null || !b.doneAt().isBefore(cutoff))
            .count());
  }

  /** Completed by the due date the task carried; one without, by its model's Mutu Baku time. */
  private boolean withinMutuBaku(HistoricTaskInstance task, SopSteps.Step step) {
    Instant due =
        task.getDueDate() != null
            ? task.getDueDate().toInstant()
            : calendar.dueAt(task.getStartTime().toInstant(), step.mutuBaku());
    return !task.getEndTime().toInstant().isAfter(due);
  }

  private HistoricProcessInstanceQuery instances(String key, String unit) {
    HistoricProcessInstanceQuery query =
        history.createHistoricProcessInstanceQuery().processDefinitionKey(key);
    return unit == null ? query : query.tenantIdIn(unit);
  }

  private static Double rounded(Double value) {
    return value == null ? null : MutuBakuText.round(value);
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
