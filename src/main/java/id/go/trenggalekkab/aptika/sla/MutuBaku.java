package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.process.ElementProperties;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A step's Mutu Baku time as the models state it, turned into instants by the working-day calendar.
 * The time lives in one place, the element's {@code mutuBakuDuration} property ({@link
 * ElementProperties}), which a process owner edits in Camunda Modeler; the models read it through
 * this bean:
 *
 * <pre>
 * camunda:dueDate="${mutuBaku.dueAt(execution)}"                     the task's due date
 * timeout listener, timeDate ${mutuBaku.dueAt(execution)}            the reminder
 * timeout listener, timeDate ${mutuBaku.escalationAt(execution)}     the escalation
 * </pre>
 */
@Component("mutuBaku")
public class MutuBaku {

  private final WorkingTimeCalendar calendar;
  private final String grace;

  MutuBaku(
      WorkingTimeCalendar calendar, @Value("${aptika.sla.escalation-grace:PT4H}") String grace) {
    this.calendar = calendar;
    this.grace = grace;
  }

  /** When the step that starts now is due. */
  public Date dueAt(DelegateExecution execution) {
    return Date.from(
        dueAt(OfficeTime.instant(), durationOf(execution.getBpmnModelElementInstance())));
  }

  /** When an overdue step escalates: the grace period after it was due, in office time. */
  public Date escalationAt(DelegateExecution execution) {
    return escalationAfter(dueAt(execution));
  }

  /**
   * When a step of the given element, started at {@code start}, is due; null when the element has
   * no Mutu Baku time.
   */
  public Date dueAt(Instant start, BaseElement element) {
    String duration = durationOf(element);
    return duration == null ? null : Date.from(dueAt(start, duration));
  }

  /** When a step due at {@code due} escalates. */
  public Date escalationAfter(Date due) {
    return Date.from(calendar.dueAt(due.toInstant(), grace));
  }

  Instant dueAt(Instant start, String duration) {
    return calendar.dueAt(start, duration);
  }

  long lateMinutes(Instant due, Instant done) {
    return calendar.workingDuration(due, done).toMinutes();
  }

  /** The element's Mutu Baku time, or null when it has none. */
  static String durationOf(BaseElement element) {
    return ElementProperties.of(element, ElementProperties.MUTU_BAKU);
  }
}
