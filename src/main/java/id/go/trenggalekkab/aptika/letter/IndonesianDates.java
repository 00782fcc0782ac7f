package id.go.trenggalekkab.aptika.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as official letters write them: "25 November 2026". */
public final class IndonesianDates {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private IndonesianDates() {}

  public static String format(LocalDate date) {
    return LONG.format(date);
  }
}
