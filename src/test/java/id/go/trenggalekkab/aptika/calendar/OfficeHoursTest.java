package id.go.trenggalekkab.aptika.calendar;

import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.only2026;
import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Office hours per weekday, bound from {@code aptika.calendar.office-hours.*}. */
class OfficeHoursTest {

  @EnableConfigurationProperties(OfficeHours.class)
  static class Binding {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Binding.class);

  @Nested
  class AtStartUp {

    @Test
    void everyWeekdayDefaultsTo0730Until1600() {
      context.run(
          started ->
              assertThat(started.getBean(OfficeHours.class).byDay())
                  .hasSize(5)
                  .allSatisfy(
                      (day, hours) ->
                          assertThat(hours)
                              .isEqualTo(
                                  new DailyHours(LocalTime.of(7, 30), LocalTime.of(16, 0)))));
    }

    @Test
    void aDayCanBeShorter() {
      context
          .withPropertyValues("aptika.calendar.office-hours.friday=07:30-11:00")
          .run(
              started -> {
                OfficeHours hours = started.getBean(OfficeHours.class);
                assertThat(hours.on(DayOfWeek.FRIDAY).orElseThrow().closes())
                    .isEqualTo(LocalTime.of(11, 0));
                assertThat(hours.on(DayOfWeek.THURSDAY).orElseThrow().closes())
                    .isEqualTo(LocalTime.of(16, 0));
                assertThat(hours.on(DayOfWeek.SATURDAY)).isEmpty();
              });
    }

    @Test
    void aBadValueStopsTheStartNamingTheProperty() {
      context
          .withPropertyValues("aptika.calendar.office-hours.wednesday=16:00-07:30")
          .run(
              started ->
                  assertThat(started)
                      .getFailure()
                      .rootCause()
                      .hasMessage(
                          "Jam kerja aptika.calendar.office-hours.wednesday = '16:00-07:30' tidak"
                              + " sah: jam buka 16:00 harus sebelum jam tutup 07:30."));
    }
  }

  @Nested
  class Values {

    @ParameterizedTest
    @ValueSource(strings = {"", "07.30-16.00", "7:30-16:00", "07:30", "25:00-26:00", "08:00-08:00"})
    void areRefused(String value) {
      assertThatThrownBy(() -> new OfficeHours(value, "07:30-16:00", null, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "Jam kerja aptika.calendar.office-hours.monday = '" + value + "'");
    }

    @Test
    void aShortFridayEndsADueDateAtItsClosing() {
      OfficeHours shortFriday =
          new OfficeHours(
              "07:30-16:00", "07:30-16:00", "07:30-16:00", "07:30-16:00", "07:30-11:00");
      var holidays = only2026();
      WorkingTimeCalendar calendar = new WorkingTimeCalendar(shortFriday, () -> holidays);
      // Thursday 14:00 + 1 hari would be Friday 14:00, after that day's closing.
      assertThat(calendar.dueAt(wib("2026-03-12T14:00"), "P1D")).isEqualTo(wib("2026-03-13T11:00"));
      assertThat(calendar.dueAt(wib("2026-03-13T10:55"), "PT10M"))
          .isEqualTo(wib("2026-03-16T07:35"));
    }
  }
}
