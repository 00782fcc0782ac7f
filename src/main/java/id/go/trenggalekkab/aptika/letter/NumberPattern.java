package id.go.trenggalekkab.aptika.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter number pattern: {@code {seq}} or {@code {seq:3}} (zero-padded to 3 digits) for the
 * year's sequence number and {@code {year}} for the year, e.g. the SOP documents' {@code 060/
 * {seq:3} /406.020/{year}} or the dotted classification style {@code 000.8.3.3/{seq}/OR/{year}}.
 */
record NumberPattern(String pattern) {

  private static final Pattern SEQUENCE = Pattern.compile("\\{seq(?::(\\d))?}");

  NumberPattern {
    if (pattern == null || !SEQUENCE.matcher(pattern).find()) {
      throw new IllegalArgumentException(
          "aptika.letter.number-pattern harus memuat {seq} (nomor urut), mis. 060/ {seq:3}"
              + " /406.020/{year}; sekarang: "
              + pattern);
    }
  }

  String format(int year, int sequence) {
    Matcher matcher = SEQUENCE.matcher(pattern);
    StringBuilder number = new StringBuilder();
    while (matcher.find()) {
      int width = matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
      matcher.appendReplacement(number, String.format("%0" + width + "d", sequence));
    }
    matcher.appendTail(number);
    return number.toString().replace("{year}", Integer.toString(year));
  }
}
