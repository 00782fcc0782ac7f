package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.go.trenggalekkab.aptika.signing.LetterSigner;
import id.go.trenggalekkab.aptika.signing.LocalPkcs12Signer;
import id.go.trenggalekkab.aptika.signing.SignatureCheck;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local PKCS#12 signer: a PAdES signature that PDFBox and BouncyCastle verify. */
class LocalSignatureTest {

  @TempDir static Path data;
  static LocalPkcs12Signer signer;
  static byte[] signed;

  @BeforeAll
  static void signALetter() {
    signer = new LocalPkcs12Signer(keyStore(), "uji".toCharArray(), "BUDI SANTOSO, S.Kom., M.M.");
    LetterProperties properties = LetterFixtures.properties();
    Letter letter =
        LetterFixtures.draft()
            .numbered("060/ 001 /406.020/2026", LocalDate.of(2026, 11, 25), "http://x/v/1");
    PdfRenderer.Rendered rendered =
        new PdfRenderer(properties)
            .render(new LetterHtml(properties, new OfficeTemplates()).letter(letter));
    signed =
        signer.sign(
            rendered.pdf(),
            rendered.mark(),
            new LetterSigner.Signing(
                "BUDI SANTOSO, S.Kom., M.M.", "Surat balasan", "Trenggalek", "http://x/v/1"),
            null);
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
  void aPdfWithoutSignatureIsNotIntact() {
    assertThat(SignatureCheck.check(LetterFixtures.unsignedPdf()).problem())
        .isEqualTo("Dokumen tidak bertanda tangan elektronik.");
  }

  private static Path keyStore() {
    return data.resolve("signing/dev.p12");
  }

  private static int indexOf(byte[] haystack, String needle) {
    return new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(needle);
  }
}
