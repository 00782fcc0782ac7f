package id.go.trenggalekkab.aptika.process;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every process test runs on one working morning of 2026 on the engine's clock, whatever day the
 * build runs: letter numbers end in the year, request letters may not be dated after today, and due
 * dates count working days, so a test that read the real date would fail from the first of January
 * (or on a holiday) for no fault of the code.
 */
public final class FixedOfficeClock implements BeforeEachCallback, AfterEachCallback {

  /** Wednesday 25 November 2026, 09:00 WIB: a working day, after the fixtures' letter dates. */
  public static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T09:00:00+07:00");

  @Override
  public void beforeEach(ExtensionContext context) {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
