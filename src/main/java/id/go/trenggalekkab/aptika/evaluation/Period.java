package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import id.go.trenggalekkab.aptika.system.InvalidInputException;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a manager asks about, both included, as office (WIB) dates: from 00:00 WIB of {@code
 * from} up to, not including, 00:00 WIB of the day after {@code to}.
 */
record Period(LocalDate from, LocalDate to) {

  private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-([12])");

  Period {
    if (to.isBefore(from)) {
      throw new InvalidInputException(
          List.of(new FieldError("to", "Tanggal akhir (to) tidak boleh sebelum tanggal awal.")));
    }
  }

  /** Semester 1 is January to June, semester 2 July to December: "2026-2". */
  static Period semester(String text) {
    Matcher matcher = SEMESTER.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "semester",
                  "Semester ditulis TAHUN-1 (Januari-Juni) atau TAHUN-2 (Juli-Desember),"
                      + " misalnya 2026-2.")));
    }
    int year = Integer.parseInt(matcher.group(1));
    boolean first = matcher.group(2).equals("1");
    return new Period(
        LocalDate.of(year, first ? 1 : 7, 1), LocalDate.of(year, first ? 6 : 12, first ? 30 : 31));
  }

  Instant start() {
    return from.atStartOfDay(OfficeTime.ZONE).toInstant();
  }

  /** The first instant after the period. */
  Instant end() {
    return to.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant();
  }

  /** The last instant in it, for the engine's queries, whose bounds include their ends. */
  Date lastMoment() {
    return Date.from(end().minusMillis(1));
  }

  LocalDateTime localStart() {
    return from.atStartOfDay();
  }

  LocalDateTime localEnd() {
    return to.plusDays(1).atStartOfDay();
  }

  boolean contains(LocalDateTime officeTime) {
    return officeTime != null
        && !officeTime.isBefore(localStart())
        && officeTime.isBefore(localEnd());
  }
}
