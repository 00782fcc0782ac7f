package id.go.trenggalekkab.aptika.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office hours of one weekday, from opening to closing, in WIB. Closing is the first moment
 * outside office time: a step started at 16:00 with the default hours starts counting the next
 * working day.
 */
public record DailyHours(LocalTime opens, LocalTime closes) {

  private static final Pattern HOURS = Pattern.compile("(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})");

  public DailyHours {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException(
          "jam buka " + opens + " harus sebelum jam tutup " + closes + ".");
    }
  }

  /**
   * Reads "HH:mm-HH:mm", e.g. {@code 07:30-16:00}.
   *
   * @param setting the property the text comes from, named in the message of a refusal
   */
  static DailyHours parse(String setting, String text) {
    String problem;
    Matcher matcher = HOURS.matcher(text == null ? "" : text.strip());
    if (matcher.matches()) {
      try {
        return new DailyHours(LocalTime.parse(matcher.group(1)), LocalTime.parse(matcher.group(2)));
      } catch (DateTimeParseException e) {
        problem = "jam tidak sah.";
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    } else {
      problem = "tulis dengan format HH:mm-HH:mm, misalnya 07:30-16:00.";
    }
    throw new IllegalArgumentException(
        "Jam kerja " + setting + " = '" + text + "' tidak sah: " + problem);
  }

  @Override
  public String toString() {
    return opens + "-" + closes;
  }
}
