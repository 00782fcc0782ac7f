package id.go.trenggalekkab.aptika.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The office clock: the engine's clock (which tests move) in WIB, the one zone of the office. Every
 * "now" and "today" of the application comes from here, and no other file names the zone.
 *
 * <ul>
 *   <li>Times that leave the application carry their offset ({@code 2026-12-02T10:15:30+07:00}), so
 *       nobody reads UTC as office time.
 *   <li>The application's own tables ({@code apt_*}) hold office wall-clock times, WIB, whatever
 *       the JVM's zone ({@link #databaseNow()}, {@link #forDatabase(Instant)}); {@link
 *       #of(Timestamp)} reads them back. The engine's tables keep the JVM's zone, as Camunda writes
 *       them.
 *   <li>Only what an outside party judges by the real time stays on the system clock: certificate
 *       validity and signing time, the portal's token lifetime, and the mail's retry pauses.
 * </ul>
 */
public final class OfficeTime {

  /** The office's zone, WIB, by name (for annotations, which take a constant). */
  public static final String ZONE_ID = "Asia/Jakarta";

  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  private static final Clock CLOCK = new EngineClock(ZONE);

  private OfficeTime() {}

  /** The engine's clock in WIB, for code that takes a {@link Clock}. */
  public static Clock clock() {
    return CLOCK;
  }

  /** Now on the engine's clock, as the application's tables store it: WIB wall-clock time. */
  public static LocalDateTime databaseNow() {
    return LocalDateTime.now(CLOCK);
  }

  /** An instant as the application's tables store it: WIB wall-clock time. */
  public static LocalDateTime forDatabase(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZONE);
  }

  /** Now on the engine's clock (which tests move), to the millisecond. */
  public static Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Now on the engine's clock (which tests move), in WIB. */
  public static OffsetDateTime now() {
    return of(instant());
  }

  /** The office's date (WIB) on the engine's clock. */
  public static LocalDate today() {
    return now().toLocalDate();
  }

  public static OffsetDateTime of(Instant instant) {
    return instant == null
        ? null
        : instant.atZone(ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
  }

  /** A time read from the application's tables, which hold WIB wall-clock times. */
  public static OffsetDateTime of(Timestamp written) {
    return written == null ? null : of(written.toLocalDateTime().atZone(ZONE).toInstant());
  }

  private static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
