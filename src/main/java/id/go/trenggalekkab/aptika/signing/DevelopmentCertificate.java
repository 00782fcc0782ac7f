package id.go.trenggalekkab.aptika.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The local signer's PKCS#12 file. When the configured file does not exist, a self-signed
 * development certificate is created there, named plainly as what it is: it proves a document is
 * intact, but no reader trusts it as an official signature. The file holds a private key, so only
 * its owner may read it, and a directory created for it is its owner's alone.
 */
final class DevelopmentCertificate {

  static final String ALIAS = "penandatangan";
  static final String COMMON_NAME = "SERTIFIKAT PENGEMBANGAN - BUKAN BSrE";

  /** The development keystore's password (application.yaml); the prod profile refuses it. */
  static final String PASSWORD = "pengembangan";

  private DevelopmentCertificate() {}

  static KeyStore loadOrCreate(Path file, char[] password, String signerName) {
    try {
      if (!Files.exists(file)) {
        write(file, selfSigned(subject(signerName), password), password);
      }
      return load(file, password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Sertifikat penandatangan tidak dapat dibaca: " + file, e);
    }
  }

  static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      keyStore.load(in, password);
    }
    return keyStore;
  }

  /** Whether a certificate is a development certificate, by the name every one of them bears. */
  static boolean isOne(X509Certificate certificate) {
    RDN[] names =
        X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
            .getRDNs(BCStyle.CN);
    return names.length > 0
        && IETFUtils.valueToString(names[0].getFirst().getValue()).contains(COMMON_NAME);
  }

  private static X500Name subject(String signerName) {
    return new X500Name(
        "CN="
            + COMMON_NAME
            + ", OU="
            + signerName.replace(",", "")
            + ", O=Dinas Komunikasi dan Informatika Kabupaten Trenggalek, C=ID");
  }

  /** A key pair and a self-signed signing certificate for it, as a PKCS#12 key store. */
  static KeyStore selfSigned(X500Name subject, char[] password)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    KeyPair keys = rsaKeys();
    X509Certificate certificate =
        certificate(subject, keys.getPublic(), subject, keys.getPrivate());
    return keyStore(keys.getPrivate(), password, certificate);
  }

  /** A PKCS#12 key store holding {@code key} under {@link #ALIAS}, with its certificate chain. */
  static KeyStore keyStore(PrivateKey key, char[] password, Certificate... chain)
      throws GeneralSecurityException, IOException {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(null, null);
    keyStore.setKeyEntry(ALIAS, key, password, chain);
    return keyStore;
  }

  /** A new 2,048-bit RSA key pair. */
  static KeyPair rsaKeys() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  /**
   * A signing certificate for {@code key}, valid from yesterday for five years, issued by {@code
   * issuer} with {@code issuerKey} (the same name and key for a self-signed one).
   */
  static X509Certificate certificate(
      X500Name subject, PublicKey key, X500Name issuer, PrivateKey issuerKey)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(5 * 365))),
            subject,
            key);
    builder.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
  }

  /** Writes a new key store readable by its owner only (where the file system knows owners). */
  static void write(Path file, KeyStore keyStore, char[] password)
      throws IOException, GeneralSecurityException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Path directory = file.toAbsolutePath().getParent();
    if (posix) {
      Files.createDirectories(directory, ownerOnly("rwx------"));
      Files.createFile(file, ownerOnly("rw-------"));
    } else {
      Files.createDirectories(directory);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      keyStore.store(out, password);
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> ownerOnly(String permissions) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
  }
}
