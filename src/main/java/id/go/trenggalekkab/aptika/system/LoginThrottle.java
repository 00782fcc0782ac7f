package id.go.trenggalekkab.aptika.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed password attempts of this node, per account and per source address: each key has a token
 * bucket of its limit that one failure empties by one token and that refills evenly over the
 * window. While either bucket of an attempt is empty, the attempt is refused before any password is
 * checked.
 *
 * <p>Buckets live in bounded caches: a key that failed nothing for a whole window has a full bucket
 * again and may be forgotten, and invented user names cannot exhaust memory. The caches keep keys
 * that are used often, so flooding them with new names does not reset the bucket of an account
 * under attack.
 *
 * <p>Time is the engine's clock, on which the engine's own login delay also runs (and tests move).
 */
@Component
class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private static final TimeMeter ENGINE_CLOCK =
      new TimeMeter() {
        @Override
        public long currentTimeNanos() {
          return TimeUnit.MILLISECONDS.toNanos(ClockUtil.getCurrentTime().getTime());
        }

        @Override
        public boolean isWallClockBased() {
          return true;
        }
      };

  private final LoginThrottleProperties limits;
  private final Cache<String, Bucket> accounts;
  private final Cache<String, Bucket> addresses;

  LoginThrottle(LoginThrottleProperties limits) {
    this.limits = limits;
    this.accounts = cache(limits);
    this.addresses = cache(limits);
  }

  /** How long before this account may be tried from this address; zero if it may be now. */
  Duration waitBeforeAttempt(String account, String address) {
    return max(wait(accounts, account), wait(addresses, address));
  }

  void recordFailure(String account, String address) {
    if (spend(accounts, account, limits.failuresPerAccount())) {
      LOG.warn(
          "Akun '{}': {} kali gagal masuk dalam {}; percobaan berikutnya dibatasi.",
          account.replaceAll("\\p{Cntrl}", "?"),
          limits.failuresPerAccount(),
          limits.window());
    }
    if (spend(addresses, address, limits.failuresPerAddress())) {
      LOG.warn(
          "Alamat {}: {} kali gagal masuk dalam {}; percobaan berikutnya dibatasi.",
          address,
          limits.failuresPerAddress(),
          limits.window());
    }
  }

  /** Takes one token; true if that emptied the bucket. */
  private boolean spend(Cache<String, Bucket> buckets, String key, int limit) {
    Bucket bucket = buckets.get(key, unused -> bucket(limit));
    return bucket.tryConsume(1) && bucket.getAvailableTokens() == 0;
  }

  private Bucket bucket(int limit) {
    return Bucket.builder()
        .addLimit(bandwidth -> bandwidth.capacity(limit).refillGreedy(limit, limits.window()))
        .withCustomTimePrecision(ENGINE_CLOCK)
        .build();
  }

  private static Duration wait(Cache<String, Bucket> buckets, String key) {
    Bucket bucket = buckets.getIfPresent(key);
    return bucket == null
        ? Duration.ZERO
        : Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Cache<String, Bucket> cache(LoginThrottleProperties limits) {
    return Caffeine.newBuilder()
        .maximumSize(limits.trackedKeys())
        .expireAfterAccess(limits.window())
        .build();
  }
}
