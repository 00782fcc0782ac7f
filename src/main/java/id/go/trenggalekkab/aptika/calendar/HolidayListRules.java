package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import id.go.trenggalekkab.aptika.system.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a year's holiday list must satisfy before it replaces the stored one. Every problem of every
 * entry is reported at once, each naming the entry, so the administrator fixes the list in one go;
 * a list with any problem is not stored at all.
 */
final class HolidayListRules {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final int NAME_LENGTH = 200;

  private HolidayListRules() {}

  static void checkYear(String field, int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  field,
                  "Tahun "
                      + year
                      + " di luar rentang yang diterima ("
                      + FIRST_YEAR
                      + "-"
                      + LAST_YEAR
                      + ").")));
    }
  }

  /** The entries as holidays, or an {@link InvalidInputException} listing every problem. */
  static List<Holiday> accept(int year, List<HolidayForm> entries) {
    checkYear("year", year);
    List<FieldError> errors = new ArrayList<>();
    List<Holiday> holidays = new ArrayList<>();
    Map<LocalDate, Integer> entryOfDate = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      HolidayForm entry = entries.get(i);
      String field = "[" + i + "]";
      String label = "Entri ke-" + (i + 1);
      if (entry == null) {
        errors.add(new FieldError(field, label + " kosong."));
        continue;
      }
      LocalDate date = date(entry.date());
      if (date == null) {
        errors.add(
            new FieldError(
                field + ".date",
                label
                    + ": tanggal '"
                    + (entry.date() == null ? "" : entry.date())
                    + "' tidak sah; tulis YYYY-MM-DD, misalnya "
                    + year
                    + "-01-01."));
      } else {
        label += " (" + date + ")";
        Integer earlier = entryOfDate.putIfAbsent(date, i + 1);
        if (date.getYear() != year) {
          errors.add(
              new FieldError(field + ".date", label + ": tanggal tidak di tahun " + year + "."));
        } else if (earlier != null) {
          errors.add(
              new FieldError(
                  field + ".date", label + ": tanggal ini sudah ada di entri ke-" + earlier + "."));
        }
      }
      HolidayKind kind = kind(entry.kind());
      if (kind == null) {
        errors.add(
            new FieldError(
                field + ".kind",
                label
                    + ": jenis '"
                    + (entry.kind() == null ? "" : entry.kind())
                    + "' tidak dikenal; pilih LIBUR (libur nasional) atau CUTI_BERSAMA (cuti"
                    + " bersama)."));
      }
      String name = entry.name() == null ? "" : entry.name().strip();
      if (name.isEmpty()) {
        errors.add(new FieldError(field + ".name", label + ": nama hari libur wajib diisi."));
      } else if (name.length() > NAME_LENGTH) {
        errors.add(
            new FieldError(
                field + ".name",
                label + ": nama hari libur paling panjang " + NAME_LENGTH + " karakter."));
      }
      if (date != null && kind != null) {
        holidays.add(new Holiday(date, kind, name));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return holidays;
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static HolidayKind kind(String text) {
    for (HolidayKind kind : HolidayKind.values()) {
      if (kind.name().equals(text == null ? null : text.strip())) {
        return kind;
      }
    }
    return null;
  }
}
