package id.go.trenggalekkab.aptika.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The local signer's PKCS#12 file. When the configured file does not exist, a self-signed
 * development certificate is created there, named plainly as what it is: it proves a document is
 * intact, but no reader trusts it as an official signature.
 */
final class DevelopmentCertificate {

  static final String ALIAS = "penandatangan";
  static final String COMMON_NAME = "SERTIFIKAT PENGEMBANGAN - BUKAN BSrE";

  private DevelopmentCertificate() {}

  static KeyStore loadOrCreate(Path file, char[] password, String signerName) {
    try {
      if (!Files.exists(file)) {
        create(file, password, signerName);
      }
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        keyStore.load(in, password);
      }
      return keyStore;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Sertifikat penandatangan tidak dapat dibaca: " + file, e);
    }
  }

  private static void create(Path file, char[] password, String signerName)
      throws IOException, GeneralSecurityException, OperatorCreationException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    X500Name subject =
        new X500Name(
            "CN="
                + COMMON_NAME
                + ", OU="
                + signerName.replace(",", "")
                + ", O=Dinas Komunikasi dan Informatika Kabupaten Trenggalek, C=ID");
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(5 * 365))),
            subject,
            keys.getPublic());
    builder.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(null, null);
    keyStore.setKeyEntry(
        ALIAS, keys.getPrivate(), password, new java.security.cert.Certificate[] {certificate});
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      keyStore.store(out, password);
    }
  }
}
