package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.calendar.MutuBakuDuration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

/** Times as the office reads them: "1 hari kerja", "10 menit", "5,25 jam kerja". */
final class MutuBakuText {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private MutuBakuText() {}

  /** A Mutu Baku time of the models ({@code P1D}, {@code PT10M}) in words. */
  static String of(String isoDuration) {
    return isoDuration == null ? null : MutuBakuDuration.parse(isoDuration).inWords();
  }

  /** Office time as decimal hours, rounded to hundredths (the figures' unit). */
  static double hours(Duration officeTime) {
    return round(officeTime.toSeconds() / 3600.0);
  }

  static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** A figure with a decimal comma: "5,25". */
  static String decimal(Double value) {
    if (value == null) {
      return "-";
    }
    NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  /** A part of a whole as a percentage from the exact counts: "66,7%"; "-" of nothing. */
  static String percent(long part, long whole) {
    return whole == 0 ? "-" : percent((double) part / whole);
  }

  /** A share as a percentage: "83,3%". */
  static String percent(Double share) {
    if (share == null) {
      return "-";
    }
    NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
    format.setMaximumFractionDigits(1);
    return format.format(share * 100) + "%";
  }
}
