package id.go.trenggalekkab.aptika.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The office clock (WIB) for times that leave the application: in JSON and exports each carries its
 * offset ({@code 2026-12-02T10:15:30+07:00}), so nobody reads UTC as office time.
 */
public final class OfficeTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private OfficeTime() {}

  /** Now on the engine's clock (which tests move), in WIB. */
  public static OffsetDateTime now() {
    return of(ClockUtil.getCurrentTime().toInstant());
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

  /** A database time the application wrote as {@code LocalDateTime.now()} (the JVM's zone). */
  public static OffsetDateTime of(Timestamp written) {
    return written == null ? null : of(written.toInstant());
  }
}
