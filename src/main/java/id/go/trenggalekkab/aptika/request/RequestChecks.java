package id.go.trenggalekkab.aptika.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link CompletenessCheck} of the application: the intake runs it at submission and step 4
 * runs it again, so that a request is judged by the same rules in both places.
 */
@Configuration(proxyBeanMethods = false)
class RequestChecks {

  @Bean
  CompletenessCheck completenessCheck(SubdomainRegistry registry) {
    return new CompletenessCheck(
        registry, CompletenessCheck.DEFAULT_RESERVED_NAMES, new EngineClock(ZoneOffset.UTC));
  }

  /** The engine's clock, so that a test moving the engine's time moves "today" too. */
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
