package id.go.trenggalekkab.aptika.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends mail (prefix {@code aptika.mail}).
 *
 * @param from the sender's address
 * @param maxAttempts how many times a mail is tried before it is marked GAGAL
 * @param retryDelay the pause after the first failed attempt; it doubles after each further one
 */
@ConfigurationProperties("aptika.mail")
record MailSettings(
    @DefaultValue("noreply@kominfo.trenggalekkab.go.id") String from,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("PT1M") Duration retryDelay) {

  MailSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("aptika.mail.max-attempts must be at least 1");
    }
    if (retryDelay.isNegative()) {
      throw new IllegalArgumentException("aptika.mail.retry-delay must not be negative");
    }
  }

  /** The pause after the given number of failed attempts: retryDelay, 2×, 4×, ... */
  Duration pauseAfter(int failedAttempts) {
    return retryDelay.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
  }
}
