package id.go.trenggalekkab.aptika.calendar;

import static id.go.trenggalekkab.aptika.calendar.HolidayKind.CUTI_BERSAMA;
import static id.go.trenggalekkab.aptika.calendar.HolidayKind.LIBUR;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The 2026 list of the SKB (see docs/calendar.md), and instants in WIB. */
final class HolidayFixtures {

  static final List<Holiday> YEAR_2026 =
      List.of(
          holiday("2026-01-01", LIBUR, "Tahun Baru 2026 Masehi"),
          holiday("2026-01-16", LIBUR, "Isra Mikraj Nabi Muhammad SAW"),
          holiday("2026-02-16", CUTI_BERSAMA, "Tahun Baru Imlek"),
          holiday("2026-02-17", LIBUR, "Tahun Baru Imlek 2577 Kongzili"),
          holiday("2026-03-18", CUTI_BERSAMA, "Hari Suci Nyepi"),
          holiday("2026-03-19", LIBUR, "Hari Suci Nyepi (Tahun Baru Saka 1948)"),
          holiday("2026-03-20", CUTI_BERSAMA, "Idulfitri"),
          holiday("2026-03-21", LIBUR, "Idulfitri 1447 H"),
          holiday("2026-03-22", LIBUR, "Idulfitri 1447 H"),
          holiday("2026-03-23", CUTI_BERSAMA, "Idulfitri"),
          holiday("2026-03-24", CUTI_BERSAMA, "Idulfitri"),
          holiday("2026-04-03", LIBUR, "Wafat Yesus Kristus"),
          holiday("2026-04-05", LIBUR, "Kebangkitan Yesus Kristus (Paskah)"),
          holiday("2026-05-01", LIBUR, "Hari Buruh Internasional"),
          holiday("2026-05-14", LIBUR, "Kenaikan Yesus Kristus"),
          holiday("2026-05-15", CUTI_BERSAMA, "Kenaikan Yesus Kristus"),
          holiday("2026-05-27", LIBUR, "Iduladha 1447 H"),
          holiday("2026-05-28", CUTI_BERSAMA, "Iduladha"),
          holiday("2026-05-31", LIBUR, "Hari Raya Waisak 2570 BE"),
          holiday("2026-06-01", LIBUR, "Hari Lahir Pancasila"),
          holiday("2026-06-16", LIBUR, "1 Muharam Tahun Baru Islam 1448 H"),
          holiday("2026-08-17", LIBUR, "Proklamasi Kemerdekaan"),
          holiday("2026-08-25", LIBUR, "Maulid Nabi Muhammad SAW"),
          holiday("2026-12-24", CUTI_BERSAMA, "Kelahiran Yesus Kristus"),
          holiday("2026-12-25", LIBUR, "Kelahiran Yesus Kristus"));

  private HolidayFixtures() {}

  /** Only 2026 is known: 2027 has no list yet. */
  static Holidays only2026() {
    return new Holidays(Set.of(2026), YEAR_2026);
  }

  /** A calendar on the default office hours (07:30-16:00) and the 2026 list. */
  static WorkingTimeCalendar calendar2026() {
    Holidays holidays = only2026();
    return new WorkingTimeCalendar(OfficeHours.standard(), () -> holidays);
  }

  /** An instant given as WIB wall-clock time, e.g. {@code wib("2026-03-17T10:00")}. */
  static Instant wib(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(OfficeTime.ZONE).toInstant();
  }

  private static Holiday holiday(String date, HolidayKind kind, String name) {
    return new Holiday(LocalDate.parse(date), kind, name);
  }
}
