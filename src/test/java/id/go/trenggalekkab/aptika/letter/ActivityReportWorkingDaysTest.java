package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.trenggalekkab.aptika.calendar.Holiday;
import id.go.trenggalekkab.aptika.calendar.HolidayKind;
import id.go.trenggalekkab.aptika.calendar.Holidays;
import id.go.trenggalekkab.aptika.calendar.OfficeHours;
import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report's "hari kerja" per step: office time as a share of each day's office hours. */
class ActivityReportWorkingDaysTest {

  final Holidays idulfitri =
      new Holidays(
          Set.of(2026),
          List.of(
              new Holiday(LocalDate.of(2026, 3, 20), HolidayKind.CUTI_BERSAMA, "Idulfitri"),
              new Holiday(LocalDate.of(2026, 3, 23), HolidayKind.CUTI_BERSAMA, "Idulfitri"),
              new Holiday(LocalDate.of(2026, 3, 24), HolidayKind.CUTI_BERSAMA, "Idulfitri")));
  final ActivityReports reports =
      new ActivityReports(
          null,
          null,
          new WorkingTimeCalendar(OfficeHours.standard(), () -> idulfitri),
          OfficeHours.standard(),
          null,
          null,
          null,
          null);

  @Test
  void aWholeOfficeDayAndAHalfIsOneAndAHalfDays() {
    // Monday 07:30 to Tuesday 11:45: 8 h 30 + 4 h 15 of 8 h 30 a day
    assertThat(reports.workingDays(wib("2026-11-23T07:30"), wib("2026-11-24T11:45")))
        .isCloseTo(1.5, within(0.001));
  }

  @Test
  void theWeekendAndNightsDoNotCount() {
    // Friday 12:00 to Monday 12:00: 4 h + 4 h 30 = one office day
    assertThat(reports.workingDays(wib("2026-11-27T12:00"), wib("2026-11-30T12:00")))
        .isCloseTo(1.0, within(0.001));
  }

  @Test
  void cutiBersamaDoesNotCount() {
    // Thursday 19 March 16:00 to Wednesday 25 March 07:30: Friday 20 and 23-24 are cuti bersama
    assertThat(reports.workingDays(wib("2026-03-19T16:00"), wib("2026-03-25T07:30")))
        .isCloseTo(0.0, within(0.001));
  }

  private static Instant wib(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(OfficeTime.ZONE).toInstant();
  }
}
