package id.go.trenggalekkab.aptika.calendar;

import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** From 1 October the next year's missing list is a warning, before any due date falls in it. */
class HolidayListWarningsTest {

  private final AtomicReference<Holidays> holidays =
      new AtomicReference<>(HolidayFixtures.only2026());
  private final WorkingTimeCalendar calendar =
      new WorkingTimeCalendar(OfficeHours.standard(), holidays::get);
  private final HolidayListWarnings warnings =
      new HolidayListWarnings(calendar, new OfficeTemplates(), "10-01");

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void today(String date) {
    ClockUtil.setCurrentTime(Date.from(wib(date + "T09:00")));
  }

  @Test
  void untilTheEndOfSeptemberNothingIsMissing() {
    today("2026-09-30");
    assertThat(warnings.missingYears()).isEmpty();
    assertThat(warnings.messages()).isEmpty();
  }

  @Test
  void fromTheFirstOfOctoberTheNextYearsListIsMissing() {
    today("2026-10-01");
    assertThat(warnings.missingYears()).containsExactly(2027);
    assertThat(warnings.messages())
        .containsExactly(
            "Daftar hari libur tahun 2027 belum ada: mulai 1 Januari 2027 tenggat akan dihitung"
                + " tanpa libur nasional dan cuti bersama. Administrator perlu mengisi daftar dari"
                + " SKB tiga menteri (PUT /api/holidays/2027) sebelum akhir tahun.");
  }

  @Test
  void theWarningEndsWhenTheListIsEntered() {
    today("2026-10-05");
    holidays.set(new Holidays(Set.of(2026, 2027), HolidayFixtures.YEAR_2026));
    assertThat(warnings.missingYears()).isEmpty();
  }

  @Test
  void theDateIsASetting() {
    today("2026-09-15");
    assertThat(new HolidayListWarnings(calendar, new OfficeTemplates(), "09-01").missingYears())
        .containsExactly(2027);
    assertThatThrownBy(() -> new HolidayListWarnings(calendar, new OfficeTemplates(), "1 Oktober"))
        .hasMessageContaining("aptika.calendar.next-year-warning-from");
  }
}
