package id.go.trenggalekkab.aptika.signing;

import id.go.trenggalekkab.aptika.system.UnsafeConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses a production start that would issue letters with what is meant for development: the demo
 * Kadis in the signature block, the development certificate (a missing key store would create one),
 * or the development key store's password. Like the other prod checks it runs before any bean
 * exists, so no development certificate is ever created in production.
 */
class ProductionSigningCheck implements EnvironmentPostProcessor, Ordered {

  static final String SIGNER = "APTIKA_LETTER_SIGNER_NAMA, APTIKA_LETTER_SIGNER_NIP";
  static final String KEYSTORE = "APTIKA_SIGNING_LOCAL_KEYSTORE (aptika.signing.local.keystore)";
  static final String PASSWORD = "APTIKA_SIGNING_LOCAL_PASSWORD (aptika.signing.local.password)";

  private static final String REAL_CERTIFICATE =
      "Letakkan berkas PKCS#12 sertifikat penanda tangan yang sebenarnya di sana (atau arahkan"
          + " APTIKA_SIGNING_LOCAL_KEYSTORE ke berkas itu), atau tanda tangani lewat BSrE:"
          + " APTIKA_SIGNING_METHOD=bsre (lihat README).";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    Signatory signatory = Binder.get(env).bindOrCreate("aptika.letter.signer", Signatory.class);
    if (signatory.isDemo()) {
      throw new UnsafeConfigurationException(
          SIGNER + " (aptika.letter.signer.*)",
          "penanda tangan surat masih Kadis demo (nama "
              + signatory.nama()
              + ", NIP "
              + signatory.nip()
              + ").",
          "Isi APTIKA_LETTER_SIGNER_NAMA, APTIKA_LETTER_SIGNER_NIP, APTIKA_LETTER_SIGNER_PANGKAT"
              + " dan APTIKA_LETTER_SIGNER_JABATAN dengan data Kepala Dinas yang sebenarnya.");
    }
    if ("local".equals(env.getProperty("aptika.signing.method", "local"))) {
      checkLocalKeyStore(
          Path.of(
              env.getProperty(
                  "aptika.signing.local.keystore", SigningConfiguration.DEFAULT_KEYSTORE)),
          env.getProperty("aptika.signing.local.password", DevelopmentCertificate.PASSWORD));
    }
  }

  private static void checkLocalKeyStore(Path file, String password) {
    if (password.isBlank() || password.equals(DevelopmentCertificate.PASSWORD)) {
      throw new UnsafeConfigurationException(
          PASSWORD,
          "tidak diisi atau memakai kata sandi bawaan sertifikat pengembangan.",
          "Isi APTIKA_SIGNING_LOCAL_PASSWORD dengan kata sandi berkas PKCS#12 penanda tangan.");
    }
    if (!Files.exists(file)) {
      throw new UnsafeConfigurationException(
          KEYSTORE,
          "berkas " + file + " tidak ada: aplikasi akan membuat SERTIFIKAT PENGEMBANGAN di sana.",
          REAL_CERTIFICATE);
    }
    if (DevelopmentCertificate.isOne(certificateIn(file, password))) {
      throw new UnsafeConfigurationException(
          KEYSTORE,
          "berkas " + file + " berisi " + DevelopmentCertificate.COMMON_NAME + ".",
          REAL_CERTIFICATE);
    }
  }

  private static X509Certificate certificateIn(Path file, String password) {
    try {
      KeyStore keyStore = DevelopmentCertificate.load(file, password.toCharArray());
      return (X509Certificate) keyStore.getCertificate(keyStore.aliases().nextElement());
    } catch (IOException | GeneralSecurityException e) {
      throw new UnsafeConfigurationException(
          KEYSTORE,
          "berkas "
              + file
              + " tidak dapat dibuka dengan APTIKA_SIGNING_LOCAL_PASSWORD ("
              + e
              + ").",
          "Periksa berkas PKCS#12 dan kata sandinya.");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
