package id.go.trenggalekkab.aptika.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.DataClassRowMapper;

/**
 * Maps rows to records as Spring's {@link DataClassRowMapper} does, reading each {@code
 * OffsetDateTime} component as {@link OfficeTime}: the columns hold times the application wrote as
 * the JVM's local time, which JDBC drivers would otherwise guess the zone of (PostgreSQL's reads
 * them as UTC).
 */
public final class OfficeTimeRows<T> extends DataClassRowMapper<T> {

  private OfficeTimeRows(Class<T> type) {
    super(type);
  }

  public static <T> OfficeTimeRows<T> of(Class<T> type) {
    return new OfficeTimeRows<>(type);
  }

  @Override
  protected Object getColumnValue(ResultSet row, int index, Class<?> type) throws SQLException {
    return type == OffsetDateTime.class
        ? OfficeTime.of(row.getTimestamp(index))
        : super.getColumnValue(row, index, type);
  }
}
