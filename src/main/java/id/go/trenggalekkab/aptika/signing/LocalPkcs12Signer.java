package id.go.trenggalekkab.aptika.signing;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.util.function.SingletonSupplier;

/**
 * Signs with a PKCS#12 certificate held by the application (PAdES baseline B: CAdES detached, with
 * the signing-certificate-v2 attribute and without a signing-time attribute). Without a configured
 * file it uses the development certificate ({@link DevelopmentCertificate}).
 *
 * <p>The key store is read, or the development certificate created, when the first letter is
 * signed, not at start: nothing before needs it, and it took a first start about 1.3 s (a 2,048-bit
 * RSA key, and BouncyCastle's signed jars verified as its classes load). The prod profile still
 * reads the configured file at start ({@link ProductionSigningCheck}), so a wrong file or password
 * stops it there.
 */
public class LocalPkcs12Signer implements LetterSigner {

  private final SingletonSupplier<Key> key;

  public LocalPkcs12Signer(Path keyStoreFile, char[] password, String signerName) {
    char[] kept = password.clone();
    this.key = SingletonSupplier.of(() -> Key.read(keyStoreFile, kept, signerName));
  }

  @Override
  public X509Certificate certificate() {
    return key.obtain().certificate();
  }

  @Override
  public byte[] sign(byte[] pdf, SignatureMark mark, Signing signing, String passphrase) {
    Key signer = key.obtain();
    return PadesSignature.sign(
        pdf,
        mark,
        signing,
        Calendar.getInstance(TimeZone.getTimeZone(OfficeTime.ZONE)),
        signer.size(),
        signer::cms);
  }

  @Override
  public boolean needsPassphrase() {
    return false;
  }

  @Override
  public String method() {
    return "LOKAL";
  }

  /**
   * The private key and its certificate chain, out of the key store, and the CMS signature made
   * with them. BouncyCastle is used only here, so its classes load with the first letter.
   *
   * @param size the length of the CMS signature this key makes: the same for every letter, as the
   *     signature is detached and an RSA signature is as long as the key's modulus
   */
  private record Key(PrivateKey privateKey, List<Certificate> chain, int size) {

    static Key read(Path keyStoreFile, char[] password, String signerName) {
      Key key;
      try {
        KeyStore keyStore = DevelopmentCertificate.loadOrCreate(keyStoreFile, password, signerName);
        String alias = keyStore.aliases().nextElement();
        key =
            new Key(
                (PrivateKey) keyStore.getKey(alias, password),
                Arrays.asList(keyStore.getCertificateChain(alias)),
                0);
      } catch (GeneralSecurityException | UncheckedIOException e) {
        throw new IllegalStateException(
            "Kunci penandatangan tidak dapat dibaca (berkas atau kata sandinya salah): "
                + keyStoreFile,
            e);
      }
      try {
        return new Key(key.privateKey, key.chain, key.cms(InputStream.nullInputStream()).length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The signer's own certificate, first in its chain. */
    X509Certificate certificate() {
      return (X509Certificate) chain.get(0);
    }

    /** Names the certificate only: the private key never goes into a log. */
    @Override
    public String toString() {
      return "Key[" + certificate().getSubjectX500Principal() + "]";
    }

    /** The CMS SignedData over the PDF's byte range, as PDFBox asks for it. */
    byte[] cms(InputStream content) throws IOException {
      try {
        X509Certificate certificate = certificate();
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(
            new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(
                    new SigningCertificateV2(
                        new ESSCertIDv2(
                            MessageDigest.getInstance("SHA-256")
                                .digest(certificate.getEncoded()))))));
        DefaultSignedAttributeTableGenerator withoutSigningTime =
            new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
              @Override
              @SuppressWarnings("rawtypes")
              protected java.util.Hashtable createStandardAttributeTable(java.util.Map parameters) {
                java.util.Hashtable table = super.createStandardAttributeTable(parameters);
                table.remove(CMSAttributes.signingTime);
                return table;
              }
            };
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(
            new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(withoutSigningTime)
                .build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(privateKey), certificate));
        generator.addCertificates(new JcaCertStore(chain));
        return generator
            .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
            .getEncoded();
      } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
        throw new IOException("Tanda tangan CMS tidak dapat dibuat", e);
      }
    }
  }
}
