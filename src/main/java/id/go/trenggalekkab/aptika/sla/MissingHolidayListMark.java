package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Marks a new task whose due date falls in a year without a holiday list: the task-local variable
 * {@value #VARIABLE} holds that year, and the task's description, which Tasklist shows in the
 * task's "Deskripsi" tab, says that the due date ignores that year's holidays.
 */
@Component
class MissingHolidayListMark {

  static final String VARIABLE = "holidayListMissingYear";

  private final WorkingTimeCalendar calendar;
  private final OfficeTemplates templates;

  MissingHolidayListMark(WorkingTimeCalendar calendar, OfficeTemplates templates) {
    this.calendar = calendar;
    this.templates = templates;
  }

  void taskCreated(DelegateTask task) {
    if (task.getDueDate() == null) {
      return;
    }
    int year = OfficeTime.of(task.getDueDate().toInstant()).getYear();
    if (calendar.hasListFor(year)) {
      return;
    }
    task.setVariableLocal(VARIABLE, year);
    String notice =
        templates.render("tasks/holiday-list-missing.txt", Map.of("year", year)).strip();
    String description = task.getDescription();
    task.setDescription(
        description == null || description.isBlank() ? notice : notice + "\n\n" + description);
  }
}
