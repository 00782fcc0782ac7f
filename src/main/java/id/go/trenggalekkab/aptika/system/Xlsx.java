package id.go.trenggalekkab.aptika.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;

/**
 * Tables as an XLSX workbook (fastexcel), one sheet per table, its first row the header in bold and
 * frozen: times as date cells in WIB, numbers as numbers, everything else as text.
 */
public final class Xlsx {

  public static final MediaType MEDIA_TYPE =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Xlsx() {}

  public static byte[] of(String sheetName, List<? extends List<?>> rows) {
    Map<String, List<? extends List<?>>> sheets = new LinkedHashMap<>();
    sheets.put(sheetName, rows);
    return of(sheets);
  }

  /** The sheets in the map's order, each named by its key. */
  public static byte[] of(Map<String, List<? extends List<?>>> sheets) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Workbook workbook = new Workbook(out, "Layanan Aptika", "1.0");
      sheets.forEach((name, rows) -> write(workbook.newWorksheet(name), rows));
      workbook.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Worksheet sheet, List<? extends List<?>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      List<?> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Object cell = row.get(c);
        if (cell instanceof OffsetDateTime time) {
          sheet.value(r, c, time.atZoneSameInstant(OfficeTime.ZONE).toLocalDateTime());
          sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
        } else if (cell instanceof Number number) {
          sheet.value(r, c, number);
        } else if (cell != null) {
          sheet.value(r, c, cell.toString());
        }
      }
    }
    if (!rows.isEmpty() && !rows.get(0).isEmpty()) {
      sheet.range(0, 0, 0, rows.get(0).size() - 1).style().bold().set();
      sheet.freezePane(0, 1);
    }
  }
}
