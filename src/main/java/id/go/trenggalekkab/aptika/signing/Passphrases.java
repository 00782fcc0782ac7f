package id.go.trenggalekkab.aptika.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The signer's passphrase between the approval and the signing job that follows it: in this JVM's
 * memory only, never in a database, for at most {@link #LIFETIME}. It stays through the job's
 * retries and is dropped when the letter is signed or refused. If it is gone (restart, expiry,
 * another node), the approval goes back to the Kadis to type it again.
 */
@Component
public class Passphrases {

  static final Duration LIFETIME = Duration.ofMinutes(30);

  private record Held(String passphrase, Instant until) {}

  private final Map<String, Held> held = new ConcurrentHashMap<>();
  private final Clock clock;

  Passphrases() {
    this(Clock.systemUTC());
  }

  Passphrases(Clock clock) {
    this.clock = clock;
  }

  public void hold(String processInstanceId, String passphrase) {
    held.values().removeIf(entry -> entry.until().isBefore(clock.instant()));
    held.put(processInstanceId, new Held(passphrase, clock.instant().plus(LIFETIME)));
  }

  public Optional<String> get(String processInstanceId) {
    Held entry = held.get(processInstanceId);
    if (entry == null || entry.until().isBefore(clock.instant())) {
      held.remove(processInstanceId);
      return Optional.empty();
    }
    return Optional.of(entry.passphrase());
  }

  public void drop(String processInstanceId) {
    held.remove(processInstanceId);
  }
}
