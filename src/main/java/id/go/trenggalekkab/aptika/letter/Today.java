package id.go.trenggalekkab.aptika.letter;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The office's date (WIB) on the engine's clock, which tests move. */
final class Today {

  private Today() {}

  static LocalDate inTrenggalek() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
  }
}
