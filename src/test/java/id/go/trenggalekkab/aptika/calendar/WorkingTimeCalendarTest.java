package id.go.trenggalekkab.aptika.calendar;

import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.calendar2026;
import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Due dates of Mutu Baku times on the real 2026 calendar, default office hours 07:30-16:00. Each
 * case reads: the step starts at (WIB), its Mutu Baku time, it is due at (WIB).
 */
class WorkingTimeCalendarTest {

  private final WorkingTimeCalendar calendar = calendar2026();

  private void assertDue(String start, String duration, String due) {
    assertThat(calendar.dueAt(wib(start), duration))
        .as("%s + %s", start, duration)
        .isEqualTo(wib(due));
  }

  @Nested
  class OrdinaryWeeks {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
      "2026-03-09T10:00, P1D, 2026-03-10T10:00", // Monday to Tuesday
      "2026-03-06T10:00, P1D, 2026-03-09T10:00", // Friday over the weekend to Monday
      "2026-03-09T10:00, P5D, 2026-03-16T10:00",
      "2026-03-09T10:00:30, P2D, 2026-03-11T10:00:30",
      "2026-03-09T10:00, PT10M, 2026-03-09T10:10",
      "2026-03-09T10:00, PT3H, 2026-03-09T13:00",
      "2026-03-09T10:00, PT8H30M, 2026-03-10T10:00", // one whole office day
      "2026-03-09T10:00, P1DT2H, 2026-03-10T12:00",
      "2026-03-10T15:00, P1DT2H, 2026-03-12T08:30", // an hour on Wednesday, an hour on Thursday
      "2026-03-09T10:00, P0D, 2026-03-09T10:00",
    })
    void countOfficeTime(String start, String duration, String due) {
      assertDue(start, duration, due);
    }
  }

  @Nested
  class OfficeHourBoundaries {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
      "2026-03-09T07:29, PT10M, 2026-03-09T07:40", // counting starts at opening
      "2026-03-09T07:30, PT10M, 2026-03-09T07:40",
      "2026-03-09T15:50, PT10M, 2026-03-09T16:00", // exactly used up at closing
      "2026-03-09T15:55, PT10M, 2026-03-10T07:35", // five minutes today, five tomorrow
      "2026-03-09T15:59, PT10M, 2026-03-10T07:39",
      "2026-03-09T16:00, PT10M, 2026-03-10T07:40", // closing is already outside office hours
      "2026-03-09T16:01, PT10M, 2026-03-10T07:40",
      "2026-03-06T15:55, PT10M, 2026-03-09T07:35", // Friday afternoon to Monday morning
    })
    void minutesCountOnlyWithinOfficeHours(String start, String duration, String due) {
      assertDue(start, duration, due);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
      "2026-03-09T07:29, P1D, 2026-03-09T16:00", // before opening: the close of that day
      "2026-03-09T07:30, P1D, 2026-03-10T07:30",
      "2026-03-09T15:59, P1D, 2026-03-10T15:59",
      "2026-03-09T16:00, P1D, 2026-03-10T16:00", // after closing: the close of the next day
      "2026-03-09T16:01, P1D, 2026-03-10T16:00",
      "2026-03-09T16:01, P2D, 2026-03-11T16:00",
    })
    void daysKeepTheClockTimeOrEndAtClosing(String start, String duration, String due) {
      assertDue(start, duration, due);
    }
  }

  @Nested
  class SubmittedOutsideOfficeHours {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
      "2026-03-07T22:00, P1D, 2026-03-09T16:00", // Saturday night: Monday's closing
      "2026-03-07T22:00, P2D, 2026-03-10T16:00",
      "2026-03-07T22:00, PT10M, 2026-03-09T07:40",
      "2026-03-07T22:00, P1DT2H, 2026-03-10T09:30",
      "2026-03-08T06:00, P1D, 2026-03-09T16:00", // Sunday morning
      "2026-03-09T20:00, P1D, 2026-03-10T16:00", // Monday evening
      "2026-03-21T22:00, P1D, 2026-03-25T16:00", // Saturday night in the Idulfitri week
    })
    void countingStartsAtTheNextOpening(String start, String duration, String due) {
      assertDue(start, duration, due);
    }
  }

  @Nested
  class NyepiAndIdulfitri {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
      // Nyepi 18-19, cuti bersama 20, Idulfitri 21-22, cuti bersama 23-24 March
      "2026-03-17T10:00, P1D, 2026-03-25T10:00",
      "2026-03-16T10:00, P2D, 2026-03-25T10:00",
      "2026-03-17T15:55, PT10M, 2026-03-25T07:35",
      "2026-03-17T10:00, PT8H, 2026-03-25T09:30",
      "2026-03-20T09:00, P1D, 2026-03-25T16:00", // submitted on cuti bersama
      "2026-03-23T10:00, PT30M, 2026-03-25T08:00",
      "2026-03-13T10:00, P3D, 2026-03-25T10:00", // Friday: Monday 16, Tuesday 17, Wednesday 25
    })
    void theWholeWeekIsSkipped(String start, String duration, String due) {
      assertDue(start, duration, due);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24"})
    void holidaysAndCutiBersamaAreNotWorkingDays(String date) {
      assertThat(calendar.isWorkingDay(LocalDate.parse(date))).isFalse();
    }

    @Test
    void theDaysAroundAreWorkingDays() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-17"))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-25"))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-21"))).isFalse();
    }
  }

  @Nested
  class MayHolidays {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
      // Kenaikan: libur Thursday 14, cuti bersama Friday 15 May
      "2026-05-13T10:00, P1D, 2026-05-18T10:00",
      "2026-05-13T15:00, PT2H, 2026-05-18T08:30",
      // Iduladha: libur Wednesday 27, cuti bersama Thursday 28 May; Pancasila Monday 1 June
      "2026-05-26T10:00, P1D, 2026-05-29T10:00",
      "2026-05-26T10:00, P2D, 2026-06-02T10:00",
      "2026-05-27T08:00, P1D, 2026-05-29T16:00",
      // Wafat Yesus Kristus on Friday 3 April: two days from Thursday 13:00
      "2026-04-02T13:00, P2D, 2026-04-07T13:00",
    })
    void longWeekendsAreSkipped(String start, String duration, String due) {
      assertDue(start, duration, due);
    }
  }

  @Nested
  class Christmas {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
      // cuti bersama Thursday 24, libur Friday 25 December
      "2026-12-23T10:00, P1D, 2026-12-28T10:00",
      "2026-12-23T15:00, PT2H, 2026-12-28T08:30",
      "2026-12-24T09:00, P1D, 2026-12-28T16:00",
      "2026-12-21T10:00, P5D, 2026-12-30T10:00",
    })
    void christmasIsSkipped(String start, String duration, String due) {
      assertDue(start, duration, due);
    }
  }

  @Nested
  class Durations {

    @ParameterizedTest
    @ValueSource(strings = {"P1M", "P1Y", "P2W", "P1Y2M3D", "p1m"})
    void monthsYearsAndWeeksAreRefused(String duration) {
      assertThatThrownBy(() -> calendar.dueAt(wib("2026-03-09T10:00"), duration))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + duration + "'")
          .hasMessageContaining("bulan, tahun dan minggu tidak dipakai");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"", "2 hari", "P", "PT", "P1DT", "PT-5M", "P-1D", "1D", "PT10000H", "P10000D"})
    void otherTextIsRefused(String duration) {
      assertThatThrownBy(() -> calendar.dueAt(wib("2026-03-09T10:00"), duration))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Waktu Mutu Baku '" + duration + "'");
    }

    @Test
    void theModelsSpellingsAreRead() {
      assertThat(MutuBakuDuration.parse("P2D")).isEqualTo(new MutuBakuDuration(2, Duration.ZERO));
      assertThat(MutuBakuDuration.parse(" pt10m "))
          .isEqualTo(new MutuBakuDuration(0, Duration.ofMinutes(10)));
      assertThat(MutuBakuDuration.parse("P1DT1H30M"))
          .isEqualTo(new MutuBakuDuration(1, Duration.ofMinutes(90)));
    }

    private java.time.Duration zero() {
      return Duration.ZERO;
    }
  }
}
