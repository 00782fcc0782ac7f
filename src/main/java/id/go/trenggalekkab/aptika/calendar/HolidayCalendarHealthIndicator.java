package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.util.List;
import java.util.SortedSet;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Health component {@code holidayCalendar}: {@code WARNING} while a holiday list is missing that
 * matters (see {@link HolidayListWarnings}), with the message as its description. WARNING is not
 * one of the statuses Spring Boot aggregates (DOWN, OUT_OF_SERVICE, UP, UNKNOWN), so the
 * application's own status stays UP and answers 200: the application still works, on weekends only,
 * and a health check waiting for UP is not fooled into a restart. Lists that cannot be read (the
 * database is gone) make it DOWN, like the database's own component, rather than failing the whole
 * health answer with a 500.
 */
class HolidayCalendarHealthIndicator extends AbstractHealthIndicator {

  static final String WARNING = "WARNING";

  private final WorkingTimeCalendar calendar;
  private final HolidayListWarnings warnings;

  HolidayCalendarHealthIndicator(WorkingTimeCalendar calendar, HolidayListWarnings warnings) {
    super("Daftar hari libur tidak dapat dibaca");
    this.calendar = calendar;
    this.warnings = warnings;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    SortedSet<Integer> missing = warnings.missingYears();
    if (missing.isEmpty()) {
      builder.up().withDetail("knownYears", calendar.knownYears());
      return;
    }
    List<String> messages = warnings.messages();
    builder
        .status(new Status(WARNING, String.join(" ", messages)))
        .withDetail("missingYears", missing)
        .withDetail("knownYears", calendar.knownYears());
  }

  /** Says at start-up, in the log, when the current year has no list. */
  @EventListener(ApplicationReadyEvent.class)
  void checkCurrentYear() {
    calendar.hasListFor(OfficeTime.today().getYear());
  }
}
