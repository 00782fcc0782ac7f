package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The holiday lists ({@code apt_holiday}) and the years whose list is known ({@code
 * apt_holiday_year}). The calendar reads them on every due date, so they are held in memory and
 * read again from the database after an administrator's change is committed.
 */
@Repository
public class HolidayRepository {

  /** updated_at is office time (WIB), as replaceYear writes it. */
  private record YearStamp(LocalDateTime updatedAt, String updatedBy) {}

  private final JdbcClient jdbc;
  private volatile Holidays cache;

  HolidayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every known year's list, from memory. */
  public Holidays holidays() {
    Holidays current = cache;
    if (current != null) {
      return current;
    }
    // Loading under the same lock as forget() keeps a load that raced a commit from sticking.
    synchronized (this) {
      if (cache == null) {
        List<Integer> years =
            jdbc.sql("select calendar_year from apt_holiday_year").query(Integer.class).list();
        List<Holiday> all =
            jdbc.sql("select holiday_date, kind, name from apt_holiday")
                .query(HolidayRepository::holiday)
                .list();
        cache = new Holidays(years, all);
      }
      return cache;
    }
  }

  /** One year's list, read from the database. */
  public HolidayYearList findYear(int year) {
    Optional<YearStamp> stamp =
        jdbc.sql("select updated_at, updated_by from apt_holiday_year where calendar_year = ?")
            .param(year)
            .query(YearStamp.class)
            .optional();
    List<Holiday> holidays =
        jdbc.sql(
                """
                select holiday_date, kind, name from apt_holiday
                where holiday_date between ? and ? order by holiday_date""")
            .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
            .query(HolidayRepository::holiday)
            .list();
    return new HolidayYearList(
        year,
        stamp.isPresent(),
        stamp
            .map(YearStamp::updatedAt)
            .map(wib -> wib.withNano(0).atZone(OfficeTime.ZONE).toOffsetDateTime())
            .orElse(null),
        stamp.map(YearStamp::updatedBy).orElse(null),
        holidays);
  }

  /**
   * Replaces the whole list of {@code year} and marks the year known, in one transaction. The
   * holidays must lie in that year (the API's rules have checked them).
   */
  @Transactional
  public HolidayYearList replaceYear(int year, List<Holiday> holidays, String changedBy) {
    jdbc.sql("delete from apt_holiday where holiday_date between ? and ?")
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .update();
    for (Holiday holiday : holidays) {
      jdbc.sql("insert into apt_holiday (holiday_date, kind, name) values (?, ?, ?)")
          .params(holiday.date(), holiday.kind().name(), holiday.name())
          .update();
    }
    LocalDateTime now = OfficeTime.databaseNow();
    int updated =
        jdbc.sql(
                "update apt_holiday_year set updated_at = ?, updated_by = ? where calendar_year = ?")
            .params(now, changedBy, year)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into apt_holiday_year (calendar_year, updated_at, updated_by) values (?, ?, ?)")
          .params(year, now, changedBy)
          .update();
    }
    forgetAfterCommit();
    return findYear(year);
  }

  /**
   * Removes the list of {@code year}, saved under the wrong year, so that the year counts as one
   * without a list again; whether there was one.
   */
  @Transactional
  public boolean removeYear(int year) {
    jdbc.sql("delete from apt_holiday where holiday_date between ? and ?")
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .update();
    int removed =
        jdbc.sql("delete from apt_holiday_year where calendar_year = ?").param(year).update();
    forgetAfterCommit();
    return removed > 0;
  }

  private void forgetAfterCommit() {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            forget();
          }
        });
  }

  private synchronized void forget() {
    cache = null;
  }

  private static Holiday holiday(ResultSet row, int rowNumber) throws SQLException {
    return new Holiday(
        row.getObject("holiday_date", LocalDate.class),
        HolidayKind.valueOf(row.getString("kind")),
        row.getString("name"));
  }
}
