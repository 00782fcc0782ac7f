package id.go.trenggalekkab.aptika.calendar;

import java.time.Clock;
import java.time.Year;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Health component {@code holidayCalendar}: UNKNOWN, not UP, while the current year or a year the
 * calendar was asked about has no holiday list, because due dates in such a year silently count
 * holidays as working days. UNKNOWN does not pull the application's overall status down: the
 * application still works, on weekends only.
 */
class HolidayCalendarHealthIndicator implements HealthIndicator {

  private final WorkingTimeCalendar calendar;
  private final Clock clock;

  HolidayCalendarHealthIndicator(WorkingTimeCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public Health health() {
    calendar.hasListFor(currentYear());
    SortedSet<Integer> missing = calendar.yearsWithoutList();
    if (missing.isEmpty()) {
      return Health.up().withDetail("knownYears", calendar.knownYears()).build();
    }
    String years = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
    Status unknown =
        new Status(
            Status.UNKNOWN.getCode(),
            "Daftar hari libur tahun "
                + years
                + " belum ada: hanya Sabtu/Minggu yang dihitung libur.");
    return Health.status(unknown)
        .withDetail("missingYears", missing)
        .withDetail("knownYears", calendar.knownYears())
        .build();
  }

  /** Says at start-up, in the log, when the current year has no list. */
  @EventListener(ApplicationReadyEvent.class)
  void checkCurrentYear() {
    calendar.hasListFor(currentYear());
  }

  private int currentYear() {
    return Year.now(clock).getValue();
  }
}
