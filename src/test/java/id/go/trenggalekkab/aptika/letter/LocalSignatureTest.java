package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.go.trenggalekkab.aptika.signing.LetterSigner;
import id.go.trenggalekkab.aptika.signing.LocalPkcs12Signer;
import id.go.trenggalekkab.aptika.signing.SignatureCheck;
import id.go.trenggalekkab.aptika.signing.SigningKeys;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local PKCS#12 signer: a PAdES signature that PDFBox and BouncyCastle verify. */
class LocalSignatureTest {

  static final LetterSigner.Signing SIGNING =
      new LetterSigner.Signing(
          "BUDI SANTOSO, S.Kom., M.M.", "Surat balasan", "Trenggalek", "http://x/v/1");

  @TempDir static Path data;
  static LocalPkcs12Signer signer;
  static PdfRenderer.Rendered rendered;
  static byte[] signed;

  @BeforeAll
  static void signALetter() {
    signer = new LocalPkcs12Signer(keyStore(), "uji".toCharArray(), "BUDI SANTOSO, S.Kom., M.M.");
    LetterProperties properties = LetterFixtures.properties();
    Letter letter =
        LetterFixtures.draft()
            .numbered("060/ 001 /406.020/2026", LocalDate.of(2026, 11, 25), "http://x/v/1");
    rendered =
        new PdfRenderer(properties)
            .render(new LetterHtml(properties, new OfficeTemplates()).letter(letter));
    signed = signer.sign(rendered.pdf(), rendered.mark(), SIGNING, null);
  }

  @Test
  void theFirstRunCreatesADevelopmentCertificateNamedAsSuch() {
    assertThat(keyStore()).exists();
    assertThat(signer.certificate().getSubjectX500Principal().getName())
        .contains("SERTIFIKAT PENGEMBANGAN - BUKAN BSrE");
  }

  @Test
  void theKeyStoreIsReadOrCreatedWhenALetterFirstNeedsItNotWhenTheSignerIsMade() {
    Path later = data.resolve("nanti/sertifikat-pengembangan.p12");
    LocalPkcs12Signer notYetUsed = new LocalPkcs12Signer(later, "uji".toCharArray(), "BUDI");

    assertThat(notYetUsed.method()).isEqualTo("LOKAL");
    assertThat(notYetUsed.needsPassphrase()).isFalse();
    assertThat(later).doesNotExist();

    assertThat(notYetUsed.certificate().getSubjectX500Principal().getName())
        .contains("SERTIFIKAT PENGEMBANGAN - BUKAN BSrE");
    assertThat(later).exists();
    assertThat(new LocalPkcs12Signer(later, "uji".toCharArray(), "BUDI").certificate())
        .isEqualTo(notYetUsed.certificate());
  }

  @Test
  void bouncyCastleIsUsedOnlyOnceTheKeyIsReadSoItsSignedJarsAreNotVerifiedAtStart() {
    JavaClass madeAtStart = new ClassFileImporter().importClass(LocalPkcs12Signer.class);

    assertThat(madeAtStart.getDirectDependenciesFromSelf())
        .extracting(dependency -> dependency.getTargetClass().getPackageName())
        .isNotEmpty()
        .noneMatch(name -> name.startsWith("org.bouncycastle"));
  }

  @Test
  void aWrongPasswordIsRefusedWhenTheKeyIsFirstNeeded() {
    LocalPkcs12Signer wrong = new LocalPkcs12Signer(keyStore(), "salah".toCharArray(), "BUDI");

    assertThatThrownBy(wrong::certificate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Kunci penandatangan tidak dapat dibaca (berkas atau kata sandinya salah): "
                + keyStore());
  }

  @Test
  void theCreatedKeyStoreIsReadableByItsOwnerOnlyInADirectoryOfItsOwn() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore())))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore().getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void theSignatureValidatesAndNamesItsSigner() {
    SignatureCheck.Result result = SignatureCheck.check(signed);

    assertThat(result.intact()).as(result.problem()).isTrue();
    assertThat(result.signerName()).isEqualTo("BUDI SANTOSO, S.Kom., M.M.");
    assertThat(result.developmentCertificate()).isTrue();
    assertThat(result.signedAt()).isNotNull();
    assertThat(LetterFixtures.text(signed)).contains("060/ 001 /406.020/2026");
  }

  @Test
  void changingOneByteOfTheSignedContentFailsValidation() {
    byte[] changed = signed.clone();
    int index = indexOf(changed, "Pembuatan Sub Domain");
    int target = index >= 0 ? index : changed.length / 3;
    changed[target] = (byte) (changed[target] ^ 0x01);

    assertThat(SignatureCheck.check(changed).intact()).isFalse();
  }

  @Test
  void changingOneByteAnywhereInTheFileFailsValidation() {
    for (int position : new int[] {200, signed.length / 2, signed.length - 40}) {
      byte[] changed = signed.clone();
      changed[position] = (byte) (changed[position] ^ 0x01);
      assertThat(SignatureCheck.check(changed).intact()).as("byte %d", position).isFalse();
    }
  }

  @Test
  void theSpaceReservedForTheSignatureIsWhatThisKeysSignatureTakesAndOneKilobyte()
      throws IOException {
    Space space = Space.of(signed);

    // Until December 2026, 18,944 bytes were reserved whatever the key.
    assertThat(space.reserved()).isEqualTo(space.signature() + 1024);
    assertThat(space.signature()).isBetween(1000, 3000);
  }

  @Test
  void aKeyWithALongerCertificateChainGetsTheSpaceItsSignatureTakes() throws Exception {
    LocalPkcs12Signer issued =
        new LocalPkcs12Signer(
            SigningKeys.keyStoreIssuedByAnAuthority(
                data.resolve("otoritas/kadis.p12"), "KADIS", "uji"),
            "uji".toCharArray(),
            "BUDI SANTOSO, S.Kom., M.M.");
    byte[] signedWithChain = issued.sign(rendered.pdf(), rendered.mark(), SIGNING, null);

    Space space = Space.of(signedWithChain);
    assertThat(space.reserved()).isEqualTo(space.signature() + 1024);
    byte[] cms =
        Arrays.copyOf(
            lastSignature(signedWithChain).getContents(signedWithChain), space.signature());
    assertThat(new CMSSignedData(cms).getCertificates().getMatches(null)).hasSize(2);
    SignatureCheck.Result check =
        SignatureCheck.check(signedWithChain, issued.certificate(), rendered.pdf());
    assertThat(check.intact()).as(check.problem()).isTrue();
    assertThat(check.issuer()).contains("OTORITAS SERTIFIKAT UJI");
  }

  @Test
  void aByteWrittenIntoTheSignaturesPaddingFailsValidation() throws IOException {
    int end = lastSignature(signed).getByteRange()[2];
    byte[] changed = signed.clone();
    assertThat((char) changed[end - 1]).isEqualTo('>');
    assertThat((char) changed[end - 2]).isEqualTo('0');
    changed[end - 2] = '1';

    assertThat(SignatureCheck.check(changed).problem()).isEqualTo("Isi tanda tangan telah diubah.");
  }

  @Test
  void aPdfWithoutSignatureIsNotIntact() {
    assertThat(SignatureCheck.check(LetterFixtures.unsignedPdf()).problem())
        .isEqualTo("Dokumen tidak bertanda tangan elektronik.");
  }

  /** The length of a signed letter's CMS signature, and of the space reserved for it. */
  private record Space(int signature, int reserved) {

    static Space of(byte[] pdf) throws IOException {
      byte[] contents = lastSignature(pdf).getContents(pdf);
      ByteArrayInputStream in = new ByteArrayInputStream(contents);
      try (ASN1InputStream cms = new ASN1InputStream(in)) {
        cms.readObject();
      }
      return new Space(contents.length - in.available(), contents.length);
    }
  }

  private static PDSignature lastSignature(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getLastSignatureDictionary();
    }
  }

  private static Path keyStore() {
    return data.resolve("signing/dev.p12");
  }

  private static int indexOf(byte[] haystack, String needle) {
    return new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(needle);
  }
}
