package id.go.trenggalekkab.aptika.splp;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Searches every table of the application's schema, every row and every column (text and binary,
 * history and byte arrays included) for given values. Works on H2 and PostgreSQL.
 */
public final class SecretsAudit {

  private SecretsAudit() {}

  /**
   * @return for each value, where it was found ("table.column"); empty lists when nowhere
   */
  public static Map<String, List<String>> find(DataSource dataSource, Collection<String> values)
      throws SQLException {
    Map<String, List<String>> found = new LinkedHashMap<>();
    values.forEach(value -> found.put(value, new ArrayList<>()));
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          metaData.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      if (tables.size() < 40) {
        throw new IllegalStateException("Only " + tables.size() + " tables found: " + tables);
      }
      for (String table : tables) {
        search(connection, table, found);
      }
    }
    return found;
  }

  /** How many tables the audit reads, to show it read the engine's and ours. */
  public static int tableCount(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rs =
            connection
                .getMetaData()
                .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      int count = 0;
      while (rs.next()) {
        count++;
      }
      return count;
    }
  }

  private static void search(Connection connection, String table, Map<String, List<String>> found)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
      ResultSetMetaData columns = rows.getMetaData();
      while (rows.next()) {
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          String content = text(rows, i, columns.getColumnType(i));
          if (content == null) {
            continue;
          }
          for (Map.Entry<String, List<String>> value : found.entrySet()) {
            String where = table + "." + columns.getColumnName(i);
            if (content.contains(value.getKey()) && !value.getValue().contains(where)) {
              value.getValue().add(where);
            }
          }
        }
      }
    }
  }

  /** Binary columns are read as bytes and searched as ISO-8859-1, which keeps every byte. */
  private static String text(ResultSet rows, int column, int type) throws SQLException {
    return switch (type) {
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] bytes = rows.getBytes(column);
        yield bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
      }
      default -> rows.getString(column);
    };
  }
}
