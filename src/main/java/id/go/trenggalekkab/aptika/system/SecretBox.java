package id.go.trenggalekkab.aptika.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets for a table row with AES-256-GCM under the one key from {@code APTIKA_SECRETS_KEY}
 * (every node must have the same). What the row stands for (its id, its owner) is bound into the
 * ciphertext as associated data, so a sealed value copied to another row does not open.
 */
public final class SecretBox {

  /** A sealed value as a row stores it: base64 of the nonce and of the ciphertext with its tag. */
  public record Sealed(String iv, String ciphertext) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  public SecretBox(SecretKey key) {
    this.key = key;
  }

  public Sealed seal(String boundTo, byte[] plain) {
    byte[] iv = new byte[12];
    RANDOM.nextBytes(iv);
    return new Sealed(encode(iv), encode(crypt(Cipher.ENCRYPT_MODE, iv, boundTo, plain)));
  }

  /**
   * @throws IllegalStateException when the value was sealed for something else or under another
   *     key; the message never shows the value
   */
  public byte[] open(String boundTo, Sealed sealed) {
    return crypt(
        Cipher.DECRYPT_MODE,
        Base64.getDecoder().decode(sealed.iv()),
        boundTo,
        Base64.getDecoder().decode(sealed.ciphertext()));
  }

  private byte[] crypt(int mode, byte[] iv, String boundTo, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(128, iv));
      cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A secret of " + boundTo + " cannot be (de)crypted", e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
