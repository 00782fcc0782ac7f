package id.go.trenggalekkab.aptika.signing;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.letter.LetterFixtures;
import id.go.trenggalekkab.aptika.signing.BsreAppliance.Answer;
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

  private static SignatureCheck.Result checkAnswer(Answer answer) {
    appliance.answer(answer);
    return SignatureCheck.check(appliance.answerTo(letter), appliance.kadisCertificate(), letter);
  }
}
