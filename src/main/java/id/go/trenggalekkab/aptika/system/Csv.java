package id.go.trenggalekkab.aptika.system;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tables as RFC 4180 CSV for a spreadsheet: comma-separated, CRLF line ends, UTF-8 with a byte
 * order mark so that spreadsheets read the accents right, and no cell a spreadsheet would take for
 * a formula.
 */
public final class Csv {

  private Csv() {}

  /**
   * The rows as one CSV text; a cell is text, a number, or a time (written as ISO 8601 in WIB with
   * its offset, e.g. 2026-12-02T10:15:30+07:00); null is an empty cell.
   */
  public static String of(List<? extends List<?>> rows) {
    return rows.stream()
        .map(cells -> cells.stream().map(Csv::text).map(Csv::cell).collect(Collectors.joining(",")))
        .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
  }

  static String cell(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  private static String text(Object cell) {
    if (cell instanceof OffsetDateTime time) {
      return time.atZoneSameInstant(OfficeTime.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    return cell == null ? "" : cell.toString();
  }
}
