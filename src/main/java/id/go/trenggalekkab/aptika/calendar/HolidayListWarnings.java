package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The years whose holiday list is missing while it matters, and what to tell people about them: the
 * current year, any year a due date has fallen in, and, from {@code
 * aptika.calendar.next-year-warning-from} (1 October), the next year, so that its list is entered
 * before the first due date falls in it. The health component, the weekly mail to the
 * administrators, Cockpit's notice ({@code GET /api/calendar/warnings}) and the metric {@code
 * aptika_calendar_warnings} all say what this says.
 */
@Component
public class HolidayListWarnings {

  private final WorkingTimeCalendar calendar;
  private final OfficeTemplates templates;
  private final MonthDay nextYearFrom;

  HolidayListWarnings(
      WorkingTimeCalendar calendar,
      OfficeTemplates templates,
      @Value("${aptika.calendar.next-year-warning-from:10-01}") String nextYearFrom) {
    this.calendar = calendar;
    this.templates = templates;
    try {
      this.nextYearFrom = MonthDay.parse("--" + nextYearFrom);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "aptika.calendar.next-year-warning-from must be a month and day, MM-dd (e.g. 10-01)", e);
    }
  }

  /** The years missing a list on the office's date today (the engine's clock). */
  public SortedSet<Integer> missingYears() {
    return missingYears(OfficeTime.today());
  }

  SortedSet<Integer> missingYears(LocalDate today) {
    calendar.hasListFor(today.getYear());
    SortedSet<Integer> missing = new TreeSet<>(calendar.yearsWithoutList());
    int next = today.getYear() + 1;
    if (!today.isBefore(nextYearFrom.atYear(today.getYear()))
        && !calendar.knownYears().contains(next)) {
      missing.add(next);
    }
    return missing;
  }

  /** One message per missing year, in Bahasa Indonesia; empty when all is well. */
  public List<String> messages() {
    LocalDate today = OfficeTime.today();
    return missingYears(today).stream()
        .map(
            year ->
                templates
                    .render(
                        "calendar/holiday-list-warning.txt",
                        Map.of("year", year, "begun", year <= today.getYear()))
                    .strip())
        .toList();
  }
}
