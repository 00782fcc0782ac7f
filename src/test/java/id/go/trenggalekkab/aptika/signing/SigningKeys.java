package id.go.trenggalekkab.aptika.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Signers' key stores for tests: a certificate like a real signer's (not the development one),
 * self-signed or issued by an authority, the development certificate as the application creates it,
 * and a certificate as a PEM file.
 */
public final class SigningKeys {

  private SigningKeys() {}

  /** A PKCS#12 file with a new key and a self-signed certificate for {@code commonName}. */
  public static Path keyStore(Path file, String commonName, String password) {
    return written(
        file,
        password,
        () ->
            DevelopmentCertificate.selfSigned(
                new X500NameBuilder()
                    .addRDN(BCStyle.C, "ID")
                    .addRDN(BCStyle.O, "Pemerintah Kabupaten Trenggalek")
                    .addRDN(BCStyle.CN, commonName)
                    .build(),
                password.toCharArray()));
  }

  /**
   * A PKCS#12 file whose signer's certificate was issued by a certificate authority, the
   * authority's certificate next in the chain, as an office's certificate from an authority comes.
   */
  public static Path keyStoreIssuedByAnAuthority(Path file, String commonName, String password) {
    return written(
        file,
        password,
        () -> {
          KeyPair authority = DevelopmentCertificate.rsaKeys();
          KeyPair signer = DevelopmentCertificate.rsaKeys();
          X500Name authorityName = new X500Name("CN=OTORITAS SERTIFIKAT UJI, O=Uji, C=ID");
          X509Certificate authorityCertificate =
              DevelopmentCertificate.certificate(
                  authorityName, authority.getPublic(), authorityName, authority.getPrivate());
          X509Certificate signerCertificate =
              DevelopmentCertificate.certificate(
                  new X500Name("CN=" + commonName + ", O=Pemerintah Kabupaten Trenggalek, C=ID"),
                  signer.getPublic(),
                  authorityName,
                  authority.getPrivate());
          return DevelopmentCertificate.keyStore(
              signer.getPrivate(), password.toCharArray(), signerCertificate, authorityCertificate);
        });
  }

  /** How a test's key store is made. */
  private interface KeyStoreMaker {
    KeyStore make() throws IOException, GeneralSecurityException, OperatorCreationException;
  }

  private static Path written(Path file, String password, KeyStoreMaker maker) {
    try {
      DevelopmentCertificate.write(file, maker.make(), password.toCharArray());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The development certificate, created where the application would create it. */
  public static Path developmentKeyStore(Path file, String password) {
    DevelopmentCertificate.loadOrCreate(file, password.toCharArray(), "BUDI SANTOSO");
    return file;
  }

  /** The certificate of a key store's signer, as a PEM file (what a BSrE certificate comes as). */
  public static Path pem(Path keyStore, String password, Path file) {
    X509Certificate certificate = signer(keyStore, password).certificate();
    try {
      String pem =
          "-----BEGIN CERTIFICATE-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                  .encodeToString(certificate.getEncoded())
              + "\n-----END CERTIFICATE-----\n";
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, pem, StandardCharsets.US_ASCII);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static LocalPkcs12Signer signer(Path keyStore, String password) {
    return new LocalPkcs12Signer(keyStore, password.toCharArray(), "tidak dipakai");
  }
}
