package id.go.trenggalekkab.aptika.splp;

import id.go.trenggalekkab.aptika.system.SecretBox;
import id.go.trenggalekkab.aptika.system.UnsafeConfigurationException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The vault's key: 32 bytes, base64, from {@code APTIKA_SECRETS_KEY} in the environment. Without
 * one (development), a key is made for this run only: what is stored cannot be read after a
 * restart, which is said in the log. Every store of secrets at rest seals them with this key
 * ({@link SecretBox}): all nodes of one database must be given the same.
 */
@Component
class VaultKey {

  static final String SETTING = "APTIKA_SECRETS_KEY (aptika.secrets.key)";
  private static final int KEY_BYTES = 32;
  private static final Logger LOG = LoggerFactory.getLogger(VaultKey.class);

  private final SecretKey key;
  private final Duration lifetime;

  VaultKey(
      @Value("${aptika.secrets.key:}") String encoded,
      @Value("${aptika.secrets.lifetime:PT24H}") Duration lifetime) {
    this.lifetime = lifetime;
    if (encoded.isBlank()) {
      LOG.warn(
          "APTIKA_SECRETS_KEY tidak diisi: kunci enkripsi sementara dibuat untuk sekali jalan;"
              + " kredensial yang tersimpan tidak dapat dibaca setelah aplikasi dijalankan ulang.");
      this.key = generated();
      return;
    }
    this.key = decode(encoded);
  }

  /**
   * The key from its setting; a malformed one stops start-up (see {@link VaultKeyCheck}), naming
   * the setting but never showing its value.
   */
  static SecretKey decode(String encoded) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException e) {
      throw malformed("bukan base64.");
    }
    if (bytes.length != KEY_BYTES) {
      throw malformed(
          "harus " + KEY_BYTES + " byte (256 bit) dalam base64, bukan " + bytes.length + " byte.");
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private static UnsafeConfigurationException malformed(String problem) {
    return new UnsafeConfigurationException(
        SETTING,
        problem,
        "Buat kunci dengan: openssl rand -base64 32, lalu isi APTIKA_SECRETS_KEY dengannya."
            + " Kunci yang sudah dipakai jangan diganti: kredensial yang tersimpan hanya terbaca"
            + " dengan kunci yang sama.");
  }

  SecretKey key() {
    return key;
  }

  @Bean
  SecretBox secretBox() {
    return new SecretBox(key);
  }

  Duration lifetime() {
    return lifetime;
  }

  private static SecretKey generated() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("AES is part of every Java runtime", e);
    }
  }
}
