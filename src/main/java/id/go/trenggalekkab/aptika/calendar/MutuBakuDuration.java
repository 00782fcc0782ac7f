package id.go.trenggalekkab.aptika.calendar;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mutu Baku time as the BPMN models carry it, an ISO-8601 duration: "2 hari" is {@code P2D}
 * (working days), "10 menit" is {@code PT10M} and "3 jam" {@code PT3H} (office time). Months, years
 * and weeks are refused: the SOPs never use them, and "1 bulan" has no agreed length in working
 * days.
 *
 * @param workingDays the whole working days, counted first
 * @param officeTime the office time added after the days
 */
public record MutuBakuDuration(int workingDays, Duration officeTime) {

  private static final Pattern ISO = Pattern.compile("P(?:(\\d{1,4})D)?(T.+)?");
  private static final Duration LONGEST_OFFICE_TIME = Duration.ofHours(9999);
  private static final Pattern CALENDAR_UNITS = Pattern.compile("P[^T]*[YMW].*");

  public MutuBakuDuration {
    if (workingDays < 0 || officeTime.isNegative()) {
      throw new IllegalArgumentException("Waktu Mutu Baku tidak boleh negatif.");
    }
  }

  public static MutuBakuDuration parse(String text) {
    String iso = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (CALENDAR_UNITS.matcher(iso).matches()) {
      throw refused(
          text,
          "bulan, tahun dan minggu tidak dipakai; tulis hari kerja (P5D) atau menit/jam (PT30M).");
    }
    Matcher matcher = ISO.matcher(iso);
    if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
      throw refused(text, "tulis P2D untuk 2 hari kerja, PT10M untuk 10 menit, PT3H untuk 3 jam.");
    }
    int days = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
    Duration time = Duration.ZERO;
    if (matcher.group(2) != null) {
      try {
        time = Duration.parse("P" + matcher.group(2));
      } catch (DateTimeParseException e) {
        throw refused(text, "bagian jam/menit setelah T tidak sah, misalnya PT10M atau PT1H30M.");
      }
      if (time.isNegative()) {
        throw refused(text, "waktu tidak boleh negatif.");
      }
      // A bound keeps a typo such as PT100000H from walking the calendar for centuries.
      if (time.compareTo(LONGEST_OFFICE_TIME) > 0) {
        throw refused(
            text, "paling lama PT9999H; tulis waktu yang lebih panjang dalam hari (PnD).");
      }
    }
    return new MutuBakuDuration(days, time);
  }

  /** The time in words, as the office reads it: "1 hari kerja", "1 hari kerja 2 jam 30 menit". */
  public String inWords() {
    if (officeTime.isZero()) {
      return workingDays + " hari kerja";
    }
    String time = officeTimeInWords(officeTime);
    return workingDays == 0 ? time : workingDays + " hari kerja " + time;
  }

  /** "3 jam 20 menit": office time in hours and minutes, not in days of uneven length. */
  public static String officeTimeInWords(Duration officeTime) {
    long hours = officeTime.toHours();
    long minutes = officeTime.toMinutesPart();
    if (hours == 0) {
      return minutes + " menit";
    }
    return minutes == 0 ? hours + " jam" : hours + " jam " + minutes + " menit";
  }

  private static IllegalArgumentException refused(String text, String problem) {
    return new IllegalArgumentException(
        "Waktu Mutu Baku '" + text + "' bukan durasi ISO-8601 yang dikenal: " + problem);
  }
}
