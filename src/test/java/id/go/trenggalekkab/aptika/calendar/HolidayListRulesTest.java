package id.go.trenggalekkab.aptika.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import id.go.trenggalekkab.aptika.system.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What an administrator's list for a year must satisfy; every problem names its entry. */
class HolidayListRulesTest {

  private static HolidayForm entry(String date, String kind, String name) {
    return new HolidayForm(date, kind, name);
  }

  private static List<FieldError> problems(int year, HolidayForm... entries) {
    return catchThrowableOfType(
            InvalidInputException.class,
            () -> HolidayListRules.accept(year, new ArrayList<>(Arrays.asList(entries))))
        .errors();
  }

  @Nested
  class AGoodList {

    @Test
    void becomesHolidays() {
      List<Holiday> holidays =
          HolidayListRules.accept(
              2027,
              List.of(
                  entry("2027-01-01", "LIBUR", " Tahun Baru 2027 Masehi "),
                  entry("2027-02-05", "CUTI_BERSAMA", "Tahun Baru Imlek")));
      assertThat(holidays)
          .containsExactly(
              new Holiday(LocalDate.of(2027, 1, 1), HolidayKind.LIBUR, "Tahun Baru 2027 Masehi"),
              new Holiday(LocalDate.of(2027, 2, 5), HolidayKind.CUTI_BERSAMA, "Tahun Baru Imlek"));
    }

    @Test
    void mayBeEmpty() {
      assertThat(HolidayListRules.accept(2027, List.of())).isEmpty();
    }
  }

  @Nested
  class ABadList {

    @Test
    void namesEveryProblemWithItsEntry() {
      assertThat(
              problems(
                  2027,
                  entry("2027-01-01", "LIBUR", "Tahun Baru 2027 Masehi"),
                  entry("2028-01-01", "LIBUR", "Tahun Baru 2028 Masehi"),
                  entry("2027-02-30", "LIBUR", "Tanggal yang tidak ada"),
                  entry("2027-03-10", "LIBURAN", "Hari Suci Nyepi"),
                  entry("2027-03-11", "CUTI_BERSAMA", "  "),
                  entry("2027-01-01", "LIBUR", "Tahun Baru lagi"),
                  null))
          .containsExactly(
              new FieldError("[1].date", "Entri ke-2 (2028-01-01): tanggal tidak di tahun 2027."),
              new FieldError(
                  "[2].date",
                  "Entri ke-3: tanggal '2027-02-30' tidak sah; tulis YYYY-MM-DD, misalnya"
                      + " 2027-01-01."),
              new FieldError(
                  "[3].kind",
                  "Entri ke-4 (2027-03-10): jenis 'LIBURAN' tidak dikenal; pilih LIBUR (libur"
                      + " nasional) atau CUTI_BERSAMA (cuti bersama)."),
              new FieldError("[4].name", "Entri ke-5 (2027-03-11): nama hari libur wajib diisi."),
              new FieldError(
                  "[5].date", "Entri ke-6 (2027-01-01): tanggal ini sudah ada di entri ke-1."),
              new FieldError("[6]", "Entri ke-7 kosong."));
    }

    @Test
    void missingFieldsAreNamed() {
      assertThat(problems(2027, entry(null, null, null)))
          .extracting(FieldError::field)
          .containsExactly("[0].date", "[0].kind", "[0].name");
    }

    @Test
    void aTooLongNameIsRefused() {
      assertThat(problems(2027, entry("2027-01-01", "LIBUR", "x".repeat(201))))
          .containsExactly(
              new FieldError(
                  "[0].name",
                  "Entri ke-1 (2027-01-01): nama hari libur paling panjang 200 karakter."));
    }

    @Test
    void aYearOutOfRangeIsRefused() {
      assertThat(problems(1999))
          .containsExactly(
              new FieldError("year", "Tahun 1999 di luar rentang yang diterima (2000-2100)."));
      assertThat(problems(2101)).extracting(FieldError::field).containsExactly("year");
    }
  }
}
