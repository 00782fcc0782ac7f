package id.go.trenggalekkab.aptika;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Looks for values in every table of the application's schema, the engine's (act_*) and ours
 * (apt_*): every row and every column, text and binary, history and byte arrays included. Works on
 * H2 and PostgreSQL. The tests that keep secrets out of the database use it.
 */
public final class DatabaseScan {

  /** Fewer tables than this means the scan is not reading the engine's schema. */
  private static final int ENGINE_TABLES_AT_LEAST = 40;

  private DatabaseScan() {}

  /**
   * @return for each value, where it was found ("table.column"); an empty list when nowhere
   */
  public static Map<String, List<String>> find(DataSource dataSource, String... values)
      throws SQLException {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String value : values) {
      found.put(value, new ArrayList<>());
    }
    List<String> tables = tables(dataSource);
    if (tables.size() < ENGINE_TABLES_AT_LEAST) {
      throw new IllegalStateException("Only " + tables.size() + " tables found: " + tables);
    }
    try (Connection connection = dataSource.getConnection()) {
      for (String table : tables(connection)) {
        search(connection, table, found);
      }
    }
    return found;
  }

  /** Every table scanned, in lower case, so that a test can show it looked at the engine's too. */
  public static List<String> tables(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return tables(connection).stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        connection
            .getMetaData()
            .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  private static void search(Connection connection, String table, Map<String, List<String>> found)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
      ResultSetMetaData columns = rows.getMetaData();
      while (rows.next()) {
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          boolean binary = isBinary(columns.getColumnType(i));
          String content = binary ? bytes(rows, i) : rows.getString(i);
          if (content == null) {
            continue;
          }
          String where = table + "." + columns.getColumnName(i);
          for (Map.Entry<String, List<String>> value : found.entrySet()) {
            if (content.contains(binary ? asBytes(value.getKey()) : value.getKey())
                && !value.getValue().contains(where)) {
              value.getValue().add(where);
            }
          }
        }
      }
    }
  }

  private static boolean isBinary(int type) {
    return type == Types.BINARY
        || type == Types.VARBINARY
        || type == Types.LONGVARBINARY
        || type == Types.BLOB;
  }

  /** Binary columns are read as ISO-8859-1, which keeps every byte. */
  private static String bytes(ResultSet rows, int column) throws SQLException {
    byte[] bytes = rows.getBytes(column);
    return bytes == null ? null : new String(bytes, ISO_8859_1);
  }

  /** A value as its UTF-8 bytes would read in a binary column (serialized strings included). */
  private static String asBytes(String value) {
    return new String(value.getBytes(UTF_8), ISO_8859_1);
  }
}
