package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.util.List;
import java.util.SortedSet;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Health component {@code holidayCalendar}: {@code WARNING} while a holiday list is missing that
 * matters (see {@link HolidayListWarnings}), with the message as its description. WARNING is not
 * one of the statuses Spring Boot aggregates (DOWN, OUT_OF_SERVICE, UP, UNKNOWN), so the
 * application's own status stays UP and answers 200: the application still works, on weekends only,
 * and a health check waiting for UP is not fooled into a restart.
 */
class HolidayCalendarHealthIndicator implements HealthIndicator {

  static final String WARNING = "WARNING";

  private final WorkingTimeCalendar calendar;
  private final HolidayListWarnings warnings;

  HolidayCalendarHealthIndicator(WorkingTimeCalendar calendar, HolidayListWarnings warnings) {
    this.calendar = calendar;
    this.warnings = warnings;
  }

  @Override
  public Health health() {
    SortedSet<Integer> missing = warnings.missingYears();
    if (missing.isEmpty()) {
      return Health.up().withDetail("knownYears", calendar.knownYears()).build();
    }
    List<String> messages = warnings.messages();
    return Health.status(new Status(WARNING, String.join(" ", messages)))
        .withDetail("missingYears", missing)
        .withDetail("knownYears", calendar.knownYears())
        .build();
  }

  /** Says at start-up, in the log, when the current year has no list. */
  @EventListener(ApplicationReadyEvent.class)
  void checkCurrentYear() {
    calendar.hasListFor(OfficeTime.today().getYear());
  }
}
