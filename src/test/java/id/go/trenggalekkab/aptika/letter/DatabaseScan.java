package id.go.trenggalekkab.aptika.letter;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Looks for a text in every column of every table: the engine's (act_*) and ours (apt_*). */
public final class DatabaseScan {

  private DatabaseScan() {}

  /** Where the text occurs, as "table.column"; empty when nowhere. */
  public static List<String> find(JdbcTemplate jdbc, String text) throws SQLException {
    List<String> tables =
        jdbc.queryForList(
            "select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
            String.class);
    List<String> hits = new ArrayList<>();
    for (String table : tables) {
      for (Map<String, Object> row : jdbc.queryForList("select * from \"" + table + "\"")) {
        for (Map.Entry<String, Object> column : row.entrySet()) {
          if (asText(column.getValue()).contains(text)) {
            hits.add(table + "." + column.getKey());
          }
        }
      }
    }
    return hits;
  }

  /** Every table scanned, so that a test can show it looked at the engine's too. */
  public static List<String> tables(JdbcTemplate jdbc) {
    return jdbc.queryForList(
        "select lower(table_name) from information_schema.tables"
            + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
        String.class);
  }

  private static String asText(Object value) throws SQLException {
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof Blob blob) {
      return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return String.valueOf(value);
  }
}
