package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a frozen engine clock: 10 per account, 30 per address, 15 min. */
class LoginThrottleTest {

  private final LoginThrottle throttle =
      new LoginThrottle(new LoginThrottleProperties(Duration.ofMinutes(15), 10, 30, 1000));

  @BeforeEach
  void freezeTheClock() {
    ClockUtil.setCurrentTime(ClockUtil.getCurrentTime());
  }

  @AfterEach
  void releaseIt() {
    ClockUtil.reset();
  }

  @Test
  void anAccountMayFailTenTimesThenWaitsNinetySecondsForOneMoreAttempt() {
    for (int i = 0; i < 10; i++) {
      assertThat(throttle.waitBeforeAttempt("budi", "10.0.0." + i)).isZero();
      throttle.recordFailure("budi", "10.0.0." + i);
    }
    assertThat(throttle.waitBeforeAttempt("budi", "10.0.0.99")).isEqualTo(Duration.ofSeconds(90));
    assertThat(throttle.waitBeforeAttempt("siti", "10.0.0.99")).isZero();

    advance(Duration.ofSeconds(90));
    assertThat(throttle.waitBeforeAttempt("budi", "10.0.0.99")).isZero();
    throttle.recordFailure("budi", "10.0.0.99");
    assertThat(throttle.waitBeforeAttempt("budi", "10.0.0.99")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void anAddressMayFailThirtyTimesWhateverTheAccounts() {
    for (int i = 0; i < 30; i++) {
      throttle.recordFailure("nama" + i, "192.0.2.7");
    }
    assertThat(throttle.waitBeforeAttempt("budi", "192.0.2.7")).isEqualTo(Duration.ofSeconds(30));
    assertThat(throttle.waitBeforeAttempt("budi", "192.0.2.8")).isZero();
  }

  @Test
  void noFailureKeepsAnAccountThrottledLongerThanTheWindowAfterTheLast() {
    for (int i = 0; i < 1000; i++) {
      throttle.recordFailure("admin", "192.0.2." + (i % 250));
    }
    assertThat(throttle.waitBeforeAttempt("admin", "198.51.100.1"))
        .isLessThanOrEqualTo(Duration.ofMinutes(15));
    advance(Duration.ofMinutes(15));
    for (int i = 0; i < 10; i++) {
      assertThat(throttle.waitBeforeAttempt("admin", "198.51.100.1")).isZero();
      throttle.recordFailure("admin", "198.51.100.1");
    }
  }

  @Nested
  class SourceAddress {

    @Test
    void anIpv4AddressIsItself() {
      assertThat(LoginThrottleFilter.sourceAddress("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void anIpv6AddressCountsForItsWholeSlash64() {
      assertThat(LoginThrottleFilter.sourceAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
          .isEqualTo(LoginThrottleFilter.sourceAddress("2001:db8:1:2::1"))
          .isEqualTo("2001:db8:1:2:0:0:0:0/64");
      assertThat(LoginThrottleFilter.sourceAddress("2001:db8:1:3::1"))
          .isNotEqualTo(LoginThrottleFilter.sourceAddress("2001:db8:1:2::1"));
    }
  }

  private static void advance(Duration by) {
    ClockUtil.setCurrentTime(
        new java.util.Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }
}
