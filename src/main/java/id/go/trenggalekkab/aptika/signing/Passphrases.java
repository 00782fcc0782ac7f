package id.go.trenggalekkab.aptika.signing;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.SecretBox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The signer's passphrase between the approval and the signing job that follows it, which may run
 * on another node: sealed in {@code apt_passphrase} (see {@link SecretBox}), for at most {@link
 * #LIFETIME}. Both ends work in the caller's transaction: the approval's rollback takes the
 * passphrase back, and {@link #take} deletes it only if the signing job commits (signed, or refused
 * and back to the Kadis), so it stays through the job's retries after an outage. If it is gone
 * (expired), the approval goes back to the Kadis to type it again; one that does not open (nodes
 * given different keys) fails the job, an incident for the operator.
 */
@Component
public class Passphrases {

  static final Duration LIFETIME = Duration.ofMinutes(30);

  private final JdbcClient jdbc;
  private final SecretBox box;

  Passphrases(JdbcClient jdbc, SecretBox box) {
    this.jdbc = jdbc;
    this.box = box;
  }

  public void hold(String processInstanceId, String passphrase) {
    SecretBox.Sealed sealed =
        box.seal(boundTo(processInstanceId), passphrase.getBytes(StandardCharsets.UTF_8));
    jdbc.sql("delete from apt_passphrase where process_instance_id = ?")
        .param(processInstanceId)
        .update();
    jdbc.sql(
            """
            insert into apt_passphrase (process_instance_id, iv, ciphertext, expires_at)
            values (?, ?, ?, ?)""")
        .params(
            processInstanceId,
            sealed.iv(),
            sealed.ciphertext(),
            OfficeTime.databaseNow().plus(LIFETIME))
        .update();
  }

  /** The passphrase, deleted as the caller's transaction commits; empty when gone or expired. */
  public Optional<String> take(String processInstanceId) {
    Optional<SecretBox.Sealed> sealed =
        jdbc.sql(
                "select iv, ciphertext from apt_passphrase where process_instance_id = ?"
                    + " and expires_at > ?")
            .params(processInstanceId, OfficeTime.databaseNow())
            .query(SecretBox.Sealed.class)
            .optional();
    jdbc.sql("delete from apt_passphrase where process_instance_id = ?")
        .param(processInstanceId)
        .update();
    return sealed.map(
        value -> new String(box.open(boundTo(processInstanceId), value), StandardCharsets.UTF_8));
  }

  @Scheduled(fixedDelayString = "PT5M")
  @SchedulerLock(name = "passphrases.purgeExpired")
  void purgeExpired() {
    jdbc.sql("delete from apt_passphrase where expires_at <= ?")
        .param(OfficeTime.databaseNow())
        .update();
  }

  private static String boundTo(String processInstanceId) {
    return "passphrase\n" + processInstanceId;
  }
}
