package id.go.trenggalekkab.aptika.calendar;

import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * 2027's list is not published yet: the calendar counts weekends only there, says so once in the
 * log, and the health component warns until an administrator enters the list.
 */
class YearWithoutListTest {

  private final AtomicReference<Holidays> holidays =
      new AtomicReference<>(HolidayFixtures.only2026());
  private final WorkingTimeCalendar calendar =
      new WorkingTimeCalendar(OfficeHours.standard(), holidays::get);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(WorkingTimeCalendar.class);

  @BeforeEach
  void listenToTheLog() {
    log.start();
    logger.addAppender(log);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(log);
    ClockUtil.reset();
  }

  private List<String> warnings() {
    return log.list.stream()
        .filter(event -> event.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  /** The health component on the engine's clock at 09:00 WIB on {@code date}. */
  private HolidayCalendarHealthIndicator healthOn(String date) {
    ClockUtil.setCurrentTime(Date.from(wib(date + "T09:00")));
    return new HolidayCalendarHealthIndicator(
        calendar, new HolidayListWarnings(calendar, new OfficeTemplates(), "10-01"));
  }

  @Nested
  class Counting {

    @Test
    void onlyWeekendsAreDaysOff() {
      // 1 January 2027 (Friday) will surely be Tahun Baru, but nobody has entered it yet.
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).isFalse();
      assertThat(calendar.dueAt(wib("2027-01-08T10:00"), "P1D")).isEqualTo(wib("2027-01-11T10:00"));
    }

    @Test
    void aDueDateRunningIntoTheYearNoticesIt() {
      assertThat(calendar.dueAt(wib("2026-12-30T10:00"), "P2D")).isEqualTo(wib("2027-01-01T10:00"));
      assertThat(calendar.yearsWithoutList()).containsExactly(2027);
    }
  }

  @Nested
  class Warning {

    @Test
    void isLoggedOncePerYear() {
      calendar.isWorkingDay(LocalDate.parse("2027-01-04"));
      calendar.dueAt(wib("2027-03-01T10:00"), "P10D");
      calendar.workingDuration(wib("2027-01-01T00:00"), wib("2027-12-31T00:00"));

      assertThat(warnings())
          .containsExactly(
              "Daftar hari libur tahun 2027 belum ada: tenggat di tahun itu dihitung tanpa libur"
                  + " nasional dan cuti bersama, hanya Sabtu/Minggu yang dihitung libur."
                  + " Administrator dapat mengisinya lewat PUT /api/holidays/2027.");
    }

    @Test
    void aKnownYearIsQuiet() {
      calendar.dueAt(wib("2026-03-17T10:00"), "P1D");
      assertThat(warnings()).isEmpty();
      assertThat(calendar.yearsWithoutList()).isEmpty();
    }
  }

  @Nested
  class HealthComponent {

    @Test
    void isUpWhileEveryYearAskedAboutHasAList() {
      calendar.dueAt(wib("2026-12-23T10:00"), "P1D");
      // before October, when the next year's missing list is not yet a warning
      Health health = healthOn("2026-09-15").health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("knownYears", Set.of(2026));
    }

    @Test
    void warnsOnceAYearWithoutListIsAskedAbout() {
      calendar.isWorkingDay(LocalDate.parse("2027-01-04"));
      Health health = healthOn("2026-06-01").health();
      assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
      assertThat(health.getStatus().getDescription())
          .startsWith("Daftar hari libur tahun 2027 belum ada: mulai 1 Januari 2027 tenggat");
      assertThat(health.getDetails()).containsEntry("missingYears", Set.of(2027));
    }

    @Test
    void warnsWhenTheCurrentYearHasNoList() {
      holidays.set(new Holidays(Set.of(2027), List.of()));
      Health health = healthOn("2026-06-01").health();
      assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
      assertThat(health.getStatus().getDescription())
          .startsWith(
              "Daftar hari libur tahun 2026 belum ada: tenggat di tahun itu dihitung tanpa libur"
                  + " nasional dan cuti bersama");
      assertThat(warnings()).hasSize(1).allMatch(warning -> warning.contains("tahun 2026"));
    }

    @Test
    void turnsUpWhenTheListArrives() {
      calendar.isWorkingDay(LocalDate.parse("2027-01-04"));
      holidays.set(new Holidays(Set.of(2026, 2027), HolidayFixtures.YEAR_2026));
      assertThat(healthOn("2026-11-26").health().getStatus()).isEqualTo(Status.UP);
      assertThat(calendar.yearsWithoutList()).isEmpty();
    }
  }
}
