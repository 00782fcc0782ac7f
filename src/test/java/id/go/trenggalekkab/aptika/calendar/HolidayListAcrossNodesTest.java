package id.go.trenggalekkab.aptika.calendar;

import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A holiday list saved on one node governs due dates on another within the check interval: two
 * repositories (two nodes' caches) on one database, each with its own calendar.
 */
@AptikaSpringBootTest
class HolidayListAcrossNodesTest {

  static final int YEAR = 2035;
  static final Duration INTERVAL = Duration.ofSeconds(30);

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired HolidayRepository application;

  final MovableClock clock = new MovableClock();

  @AfterEach
  void removeTheYear() {
    application.removeYear(YEAR);
  }

  @Test
  void aListSavedOnOneNodeGovernsDueDatesOnTheOtherWithinTheInterval() {
    HolidayRepository nodeA = new HolidayRepository(jdbc, INTERVAL, clock);
    HolidayRepository nodeB = new HolidayRepository(jdbc, INTERVAL, clock);
    WorkingTimeCalendar calendarB =
        new WorkingTimeCalendar(OfficeHours.standard(), nodeB::holidays);
    Instant monday = wib("2035-01-01T10:00");
    Instant nextDay = calendarB.dueAt(monday, "P1D");
    assertThat(calendarB.isWorkingDay(LocalDate.of(2035, 1, 2))).isTrue();

    // when: node A saves 2 January 2035 as a holiday
    transaction.executeWithoutResult(
        status ->
            nodeA.replaceYear(
                YEAR,
                List.of(new Holiday(LocalDate.of(2035, 1, 2), HolidayKind.LIBUR, "Uji")),
                "admin"));

    // then: node B still counts it as a working day until its interval has passed, then not
    clock.forward(INTERVAL.minusSeconds(1));
    assertThat(calendarB.isWorkingDay(LocalDate.of(2035, 1, 2))).isTrue();
    clock.forward(Duration.ofSeconds(1));
    assertThat(calendarB.isWorkingDay(LocalDate.of(2035, 1, 2))).isFalse();
    assertThat(calendarB.dueAt(monday, "P1D")).isAfter(nextDay);
    assertThat(nodeA.holidays().knowsYear(YEAR)).as("the saving node at once").isTrue();

    // and a removal travels the same way
    transaction.executeWithoutResult(status -> nodeA.removeYear(YEAR));
    clock.forward(INTERVAL);
    assertThat(calendarB.isWorkingDay(LocalDate.of(2035, 1, 2))).isTrue();
    assertThat(nodeB.holidays().knowsYear(YEAR)).isFalse();
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-01-05T03:00:00Z");

    void forward(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
