package id.go.trenggalekkab.aptika.splp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.system.NotFoundException;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
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
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final SecretKey key;
  private final Duration lifetime;

  CredentialVault(JdbcClient jdbc, VaultKey vaultKey) {
    this.jdbc = jdbc;
    this.key = vaultKey.key();
    this.lifetime = vaultKey.lifetime();
  }

  /**
   * @return the id a task form uses to retrieve the credentials, once
   */
  public String store(String processInstanceId, String owner, Map<String, String> secrets) {
    String id = UUID.randomUUID().toString();
    byte[] iv = new byte[12];
    RANDOM.nextBytes(iv);
    byte[] plain;
    try {
      plain = JSON.writeValueAsBytes(secrets);
    } catch (Exception e) {
      throw new IllegalArgumentException("Credentials cannot be written as JSON", e);
    }
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, id, owner, plain);
    LocalDateTime now = OfficeTime.databaseNow();
    jdbc.sql(
            """
            insert into apt_secret (id, process_instance_id, owner, iv, ciphertext, created_at,
              expires_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, processInstanceId, owner, encode(iv), encode(sealed), now, now.plus(lifetime))
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
        crypt(
            Cipher.DECRYPT_MODE,
            decode(sealed.iv()),
            id,
            sealed.owner(),
            decode(sealed.ciphertext()));
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
  public int purgeExpired() {
    return jdbc.sql("delete from apt_secret where expires_at <= ?")
        .param(OfficeTime.databaseNow())
        .update();
  }

  private byte[] crypt(int mode, byte[] iv, String id, String owner, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(128, iv));
      cipher.updateAAD((id + "\n" + owner).getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Credentials " + id + " cannot be (de)crypted", e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] decode(String text) {
    return Base64.getDecoder().decode(text);
  }
}
