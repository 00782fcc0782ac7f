package id.go.trenggalekkab.aptika.calendar;

import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.calendar2026;
import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Office time between two instants: how late a step is, in working time. */
class WorkingDurationTest {

  private final WorkingTimeCalendar calendar = calendar2026();

  private Duration between(String from, String to) {
    return calendar.workingDuration(wib(from), wib(to));
  }

  @Nested
  class AcrossDaysOff {

    @Test
    void aWeekendDoesNotCount() {
      // Friday 15:00-16:00 and Monday 07:30-08:30
      assertThat(between("2026-03-06T15:00", "2026-03-09T08:30")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theIdulfitriWeekDoesNotCount() {
      // Tuesday 17 March 15:00-16:00, then nothing until Wednesday 25 March 07:30-08:00
      assertThat(between("2026-03-17T15:00", "2026-03-25T08:00")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void christmasDoesNotCount() {
      assertThat(between("2026-12-23T10:00", "2026-12-28T10:00"))
          .isEqualTo(Duration.ofMinutes(8 * 60 + 30));
    }

    @Test
    void aFullWeekIsFiveOfficeDays() {
      assertThat(between("2026-03-09T00:00", "2026-03-16T00:00"))
          .isEqualTo(Duration.ofMinutes(5 * (8 * 60 + 30)));
    }

    @Test
    void timeOnlyOutsideOfficeHoursIsZero() {
      assertThat(between("2026-03-07T08:00", "2026-03-08T20:00")).isZero();
      assertThat(between("2026-03-09T16:00", "2026-03-10T07:30")).isZero();
      assertThat(between("2026-03-20T08:00", "2026-03-20T15:00")).isZero();
    }
  }

  @Nested
  class Edges {

    @Test
    void noTimeOrBackwardsIsZero() {
      assertThat(between("2026-03-09T10:00", "2026-03-09T10:00")).isZero();
      assertThat(between("2026-03-10T10:00", "2026-03-09T10:00")).isZero();
    }

    @Test
    void withinOneDayItIsTheClockDifference() {
      assertThat(between("2026-03-09T07:00", "2026-03-09T09:15"))
          .isEqualTo(Duration.ofMinutes(105));
    }
  }

  @Nested
  class AgreesWithDueDates {

    /** What dueAt adds is exactly what workingDuration measures back. */
    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
      "2026-03-09T10:00, PT10M",
      "2026-03-17T15:55, PT10M",
      "2026-03-17T10:00, PT8H",
      "2026-12-23T15:00, PT2H",
      "2026-05-13T15:00, PT20H",
      "2026-03-09T10:00, P1D",
      "2026-03-17T10:00, P1D",
      "2026-12-21T10:00, P5D",
    })
    void forStartsWithinOfficeHours(String start, String duration) {
      Instant from = wib(start);
      Instant due = calendar.dueAt(from, duration);
      MutuBakuDuration mutuBaku = MutuBakuDuration.parse(duration);
      Duration expected =
          mutuBaku.officeTime().plus(Duration.ofMinutes(mutuBaku.workingDays() * (8 * 60 + 30L)));
      assertThat(calendar.workingDuration(from, due)).isEqualTo(expected);
    }
  }
}
