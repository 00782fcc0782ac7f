package id.go.trenggalekkab.aptika.splp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.system.NotFoundException;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.SecretBox;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps credentials of another system until the one person they belong to reads them, once.
 * Encrypted with AES-256-GCM; the row's id and owner are bound into the ciphertext, so a row cannot
 * be moved to someone else. Reading deletes; what is not read expires.
 */
@Service
public class CredentialVault {

  private static final TypeReference<Map<String, String>> SECRETS = new TypeReference<>() {};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcClient jdbc;
  private final SecretBox box;
  private final Duration lifetime;

  CredentialVault(JdbcClient jdbc, SecretBox box, VaultKey vaultKey) {
    this.jdbc = jdbc;
    this.box = box;
    this.lifetime = vaultKey.lifetime();
  }

  /**
   * @return the id a task form uses to retrieve the credentials, once
   */
  public String store(String processInstanceId, String owner, Map<String, String> secrets) {
    String id = UUID.randomUUID().toString();
    byte[] plain;
    try {
      plain = JSON.writeValueAsBytes(secrets);
    } catch (Exception e) {
      throw new IllegalArgumentException("Credentials cannot be written as JSON", e);
    }
    SecretBox.Sealed sealed = box.seal(boundTo(id, owner), plain);
    LocalDateTime now = OfficeTime.databaseNow();
    jdbc.sql(
            """
            insert into apt_secret (id, process_instance_id, owner, iv, ciphertext, created_at,
              expires_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id, processInstanceId, owner, sealed.iv(), sealed.ciphertext(), now, now.plus(lifetime))
        .update();
    return id;
  }

  /** The credentials, for their owner, exactly once; then they are gone. */
  @Transactional
  public Map<String, String> retrieveOnce(String id, String reader) {
    record Sealed(String owner, String iv, String ciphertext) {}
    Sealed sealed =
        jdbc.sql(
                "select owner, iv, ciphertext from apt_secret where id = ? and owner = ?"
                    + " and expires_at > ?")
            .params(id, reader, OfficeTime.databaseNow())
            .query(Sealed.class)
            .optional()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Kredensial tidak tersedia: sudah pernah diambil, sudah kedaluwarsa,"
                            + " atau bukan milik Anda."));
    if (jdbc.sql("delete from apt_secret where id = ?").param(id).update() != 1) {
      throw new NotFoundException("Kredensial sudah diambil.");
    }
    byte[] plain =
        box.open(
            boundTo(id, sealed.owner()), new SecretBox.Sealed(sealed.iv(), sealed.ciphertext()));
    try {
      return JSON.readValue(plain, SECRETS);
    } catch (Exception e) {
      throw new IllegalStateException("Stored credentials " + id + " are not readable", e);
    }
  }

  /** Whether the credentials still wait for their owner: neither read nor expired. */
  public boolean isWaiting(String id) {
    return jdbc.sql("select count(*) from apt_secret where id = ? and expires_at > ?")
            .params(id, OfficeTime.databaseNow())
            .query(Integer.class)
            .single()
        > 0;
  }

  @Scheduled(fixedDelayString = "PT10M")
  @SchedulerLock(name = "credentialVault.purgeExpired")
  public void purgeExpired() {
    jdbc.sql("delete from apt_secret where expires_at <= ?")
        .param(OfficeTime.databaseNow())
        .update();
  }

  /** The row's id and owner, bound into its ciphertext. */
  private static String boundTo(String id, String owner) {
    return id + "\n" + owner;
  }
}
