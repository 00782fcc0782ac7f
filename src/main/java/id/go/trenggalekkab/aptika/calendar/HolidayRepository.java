package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The holiday lists ({@code apt_holiday}) and the years whose list is known ({@code
 * apt_holiday_year}). The calendar reads them on every due date, so they are held in memory. The
 * node that changes them reads them again as the change commits; every other node compares the
 * lists' version ({@code apt_holiday_list_version}) with its own at most every {@code
 * aptika.calendar.holiday-check-interval} (30 s), so a change governs due dates on every node
 * within that time.
 */
@Repository
public class HolidayRepository {

  /** updated_at is office time (WIB), as replaceYear writes it. */
  private record YearStamp(LocalDateTime updatedAt, String updatedBy) {}

  private record Cached(Holidays holidays, long version, Instant checkedAt) {}

  private final JdbcClient jdbc;
  private final Duration checkInterval;
  private final Clock clock;
  private volatile Cached cache;

  @Autowired
  HolidayRepository(
      JdbcClient jdbc,
      @Value("${aptika.calendar.holiday-check-interval:PT30S}") Duration checkInterval) {
    this(jdbc, checkInterval, Clock.systemUTC());
  }

  HolidayRepository(JdbcClient jdbc, Duration checkInterval, Clock clock) {
    this.jdbc = jdbc;
    this.checkInterval = checkInterval;
    this.clock = clock;
  }

  /** Every known year's list, from memory, checked against the database's version now and then. */
  public Holidays holidays() {
    Cached current = cache;
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.checkedAt().plus(checkInterval))) {
      return current.holidays();
    }
    // Loading under the same lock as forget() keeps a load that raced a commit from sticking.
    synchronized (this) {
      long version = version();
      if (cache == null || cache.version() != version) {
        List<Integer> years =
            jdbc.sql("select calendar_year from apt_holiday_year").query(Integer.class).list();
        List<Holiday> all =
            jdbc.sql("select holiday_date, kind, name from apt_holiday")
                .query(HolidayRepository::holiday)
                .list();
        cache = new Cached(new Holidays(years, all), version, now);
      } else {
        cache = new Cached(cache.holidays(), version, now);
      }
      return cache.holidays();
    }
  }

  private long version() {
    return jdbc.sql("select version from apt_holiday_list_version where id = 1")
        .query(Long.class)
        .single();
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
    changed();
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
    changed();
    return removed > 0;
  }

  /** Counts the version up, for the other nodes, and forgets this node's lists after the commit. */
  private void changed() {
    jdbc.sql("update apt_holiday_list_version set version = version + 1 where id = 1").update();
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
