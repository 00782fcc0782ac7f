package id.go.trenggalekkab.aptika.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * The Mutu Baku figures of a period, per procedure and per step, in the JSON shape the Cockpit
 * plugin reads. Shares and durations are null for a step nobody completed in the period.
 */
record Summary(LocalDate from, LocalDate to, String unit, List<ProcedureFigures> processes) {

  /**
   * @param historyNotice why the figures taken from the engine's history (requests started and
   *     finished, steps completed) may fall short for the period: its cleanup has already removed
   *     requests that ended in it; null when the whole period is still in the history
   */
  record ProcedureFigures(
      String key,
      String name,
      String mutuBaku,
      String mutuBakuText,
      long started,
      long finished,
      List<StepFigures> steps,
      String historyNotice) {}

  /**
   * @param completed completions of the step in the period
   * @param withinMutuBaku those completed by their due date
   * @param medianHours office hours from the task's creation to its completion
   * @param reminders reminders sent in the period
   * @param escalations escalations sent in the period
   * @param openEscalations escalated steps still undone at the end of the period (or now)
   */
  record StepFigures(
      String activityId,
      int no,
      String name,
      String lane,
      String mutuBaku,
      String mutuBakuText,
      long completed,
      long withinMutuBaku,
      Double withinShare,
      Double medianHours,
      Double p90Hours,
      long reminders,
      long escalations,
      long openEscalations) {}
}
