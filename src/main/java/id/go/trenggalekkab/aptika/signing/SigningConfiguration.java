package id.go.trenggalekkab.aptika.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the signer: {@code aptika.signing.method=local} (default; a PKCS#12 file, generated as a
 * development certificate when missing) or {@code bsre} (the BSrE esign-client appliance, which
 * needs the Kadis's certificate to check what it returns).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BsreProperties.class)
class SigningConfiguration {

  static final String DEFAULT_KEYSTORE = "./data/signing/sertifikat-pengembangan.p12";

  static final String BSRE_CERTIFICATE =
      "aptika.signing.bsre.certificate (APTIKA_SIGNING_BSRE_CERTIFICATE)";

  @Bean
  @ConditionalOnProperty(
      name = "aptika.signing.method",
      havingValue = "local",
      matchIfMissing = true)
  LetterSigner localSigner(
      @Value("${aptika.signing.local.keystore:" + DEFAULT_KEYSTORE + "}") Path keyStore,
      @Value("${aptika.signing.local.password:" + DevelopmentCertificate.PASSWORD + "}")
          String password,
      @Value("${aptika.letter.signer.nama:" + Signatory.DEMO_NAMA + "}") String signatory) {
    return new LocalPkcs12Signer(keyStore, password.toCharArray(), signatory);
  }

  @Bean
  @ConditionalOnProperty(name = "aptika.signing.method", havingValue = "bsre")
  LetterSigner bsreSigner(BsreProperties properties) {
    return new BsreSigner(properties, certificate(properties.certificate()));
  }

  /** The Kadis's BSrE certificate, as a PEM or DER file. */
  static X509Certificate certificate(Path file) {
    if (file == null || file.toString().isBlank()) {
      throw new IllegalStateException(
          BSRE_CERTIFICATE
              + " wajib diisi untuk aptika.signing.method=bsre: berkas sertifikat BSrE Kadis"
              + " (PEM), agar surat yang dikembalikan BSrE dapat diperiksa penanda tangannya.");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | CertificateException e) {
      throw new IllegalStateException(
          BSRE_CERTIFICATE + " tidak dapat dibaca sebagai sertifikat X.509: " + file, e);
    }
  }
}
