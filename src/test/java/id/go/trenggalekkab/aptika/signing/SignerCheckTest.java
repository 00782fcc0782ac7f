package id.go.trenggalekkab.aptika.signing;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.letter.LetterFixtures;
import id.go.trenggalekkab.aptika.signing.BsreAppliance.Answer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check every signed letter passes before it is kept (the same check as the verification
 * page's, told which certificate must have signed): what a faulty appliance returns is refused. The
 * whole path (the number given back, nothing registered, no mail) is in
 * SubdomainHostingProcessTest.
 */
class SignerCheckTest {

  static BsreAppliance appliance;
  static byte[] letter;

  @BeforeAll
  static void theApplianceAndALetter() {
    appliance = new BsreAppliance();
    letter = LetterFixtures.unsignedPdf();
  }

  @Test
  void aLetterSignedWithTheConfiguredCertificatePasses() {
    SignatureCheck.Result check = checkAnswer(Answer.SIGNED_BY_THE_KADIS);

    assertThat(check.intact()).as(check.problem()).isTrue();
    assertThat(check.certificate()).isEqualTo(appliance.kadisCertificate());
    assertThat(check.developmentCertificate()).isFalse();
  }

  @Test
  void aPageTheSignerLeftAsItWasIsNotReadForItsTextAgain() throws IOException {
    appliance.answer(Answer.SIGNED_BY_THE_KADIS);
    try (PDDocument before = Loader.loadPDF(letter);
        PDDocument after = Loader.loadPDF(appliance.answerTo(letter))) {
      for (int page = 0; page < before.getNumberOfPages(); page++) {
        assertThat(SignatureCheck.samePage(before.getPage(page), after.getPage(page)))
            .as("page %d", page + 1)
            .isTrue();
      }
    }
  }

  @Test
  void aLetterToWhichTheApplianceAddedALineOfItsOwnPassesOnItsText() throws IOException {
    SignatureCheck.Result check = checkAnswer(Answer.STAMPED_AND_SIGNED_BY_THE_KADIS);

    assertThat(check.intact()).as(check.problem()).isTrue();
    byte[] answer = appliance.answerTo(letter);
    assertThat(LetterFixtures.text(answer)).contains("Ditandatangani secara elektronik (BSrE).");
    try (PDDocument before = Loader.loadPDF(letter);
        PDDocument after = Loader.loadPDF(answer)) {
      assertThat(SignatureCheck.samePage(before.getPage(0), after.getPage(0))).isFalse();
    }
  }

  @Test
  void aPageDrawnInAnyOtherWayIsNotTakenForTheSamePage() throws IOException {
    try (PDDocument before = Loader.loadPDF(letter);
        PDDocument after = Loader.loadPDF(letter)) {
      PDPage page = after.getPage(0);
      assertThat(SignatureCheck.samePage(before.getPage(0), page)).isTrue();

      PDResources resources = page.getResources();
      PDFont font = resources.getFont(resources.getFontNames().iterator().next());
      String name = font.getCOSObject().getNameAsString(COSName.BASE_FONT);
      font.getCOSObject().setName(COSName.BASE_FONT, "Lain");
      assertThat(SignatureCheck.samePage(before.getPage(0), page)).as("a font renamed").isFalse();
      font.getCOSObject().setName(COSName.BASE_FONT, name);
      assertThat(SignatureCheck.samePage(before.getPage(0), page)).isTrue();

      byte[] drawing = contents(page);
      page.setContents(new PDStream(after, new ByteArrayInputStream(drawing)));
      assertThat(SignatureCheck.samePage(before.getPage(0), page))
          .as("the same drawing, stored without compression")
          .isFalse();

      before.getPage(0).setContents(new PDStream(before, new ByteArrayInputStream(drawing)));
      assertThat(SignatureCheck.samePage(before.getPage(0), page)).isTrue();
      byte[] changed = drawing.clone();
      int text = new String(drawing, StandardCharsets.ISO_8859_1).indexOf(" Tj");
      changed[text - 2]++;
      page.setContents(new PDStream(after, new ByteArrayInputStream(changed)));
      assertThat(SignatureCheck.samePage(before.getPage(0), page))
          .as("one byte of the drawing changed")
          .isFalse();
    }
  }

  @Test
  void aPdfReturnedUnsignedIsRefused() {
    SignatureCheck.Result check = checkAnswer(Answer.UNCHANGED);

    assertThat(check.intact()).isFalse();
    assertThat(check.readable()).isTrue();
    assertThat(check.problem()).isEqualTo("Dokumen tidak bertanda tangan elektronik.");
  }

  @Test
  void aPdfSignedByAnotherCertificateIsRefused() {
    SignatureCheck.Result check = checkAnswer(Answer.SIGNED_BY_ANOTHER_CERTIFICATE);

    assertThat(SignatureCheck.check(appliance.answerTo(letter)).intact())
        .as("valid as a signature, by whoever")
        .isTrue();
    assertThat(check.intact()).isFalse();
    assertThat(check.readable()).isTrue();
    assertThat(check.problem())
        .matches(
            "Ditandatangani dengan sertifikat lain \\(.*CN=PEGAWAI LAIN\\), bukan sertifikat"
                + " penanda tangan yang ditetapkan \\(.*CN=KADIS BSrE UJI\\)\\.");
  }

  @Test
  void aPdfChangedAfterSigningIsRefused() {
    SignatureCheck.Result check = checkAnswer(Answer.CHANGED_AFTER_SIGNING);

    assertThat(check.intact()).isFalse();
    assertThat(check.readable()).isTrue();
    assertThat(check.problem())
        .isEqualTo("Tanda tangan tidak mencakup seluruh dokumen: ada perubahan sesudahnya.");
    assertThat(LetterFixtures.text(appliance.answerTo(letter))).contains("Sub domain dicabut.");
  }

  @Test
  void anotherLetterSignedWithTheConfiguredCertificateIsRefused() {
    SignatureCheck.Result check = checkAnswer(Answer.ANOTHER_LETTER_SIGNED_BY_THE_KADIS);
    byte[] answer = appliance.answerTo(letter);

    assertThat(SignatureCheck.check(answer, appliance.kadisCertificate()).intact())
        .as("a valid signature by the Kadis, on another letter")
        .isTrue();
    assertThat(check.intact()).isFalse();
    assertThat(check.problem())
        .isEqualTo("Dokumen yang ditandatangani bukan surat yang diajukan untuk ditandatangani.");
  }

  @Test
  void anAnswerThatIsNoPdfIsNotReadable() {
    SignatureCheck.Result check = checkAnswer(Answer.NOT_A_PDF);

    assertThat(check.intact()).isFalse();
    assertThat(check.readable()).isFalse();
    assertThat(SignatureCheck.check(new byte[0], appliance.kadisCertificate()).readable())
        .isFalse();
    assertThat(SignatureCheck.check(null, appliance.kadisCertificate()).readable()).isFalse();
  }

  private static byte[] contents(PDPage page) throws IOException {
    try (InputStream drawing = page.getContents()) {
      return drawing.readAllBytes();
    }
  }

  private static SignatureCheck.Result checkAnswer(Answer answer) {
    appliance.answer(answer);
    return SignatureCheck.check(appliance.answerTo(letter), appliance.kadisCertificate(), letter);
  }
}
