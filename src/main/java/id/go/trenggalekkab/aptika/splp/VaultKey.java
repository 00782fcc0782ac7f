package id.go.trenggalekkab.aptika.splp;

import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The vault's key: 32 bytes, base64, from {@code APTIKA_SECRETS_KEY} in the environment. Without
 * one (development), a key is made for this run only: what is stored cannot be read after a
 * restart, which is said in the log.
 */
@Component
class VaultKey {

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
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("APTIKA_SECRETS_KEY (aptika.secrets.key) bukan base64.", e);
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "APTIKA_SECRETS_KEY (aptika.secrets.key) harus 32 byte (256 bit) dalam base64, bukan "
              + bytes.length
              + " byte. Buat dengan: openssl rand -base64 32");
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  SecretKey key() {
    return key;
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
