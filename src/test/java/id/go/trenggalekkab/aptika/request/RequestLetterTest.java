package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.LetterPdfs.aFileWithoutAPage;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aPdfOfSize;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSplpAccountRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSubdomainRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The uploaded request letter: present, a PDF by its content, at most 5 MB. */
class RequestLetterTest {

  private final CompletenessCheck check = aCompletenessCheck();

  private List<Problem> checkLetter(byte[] content, String fileName, String mimeType) {
    return check.check(
        RequestKind.SPLP_ACCOUNT,
        aValidSplpAccountRequest().withRequestLetter(content, fileName, mimeType).build());
  }

  /** One byte per character: the test strings spell binary headers with characters up to U+00FF. */
  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Nested
  class Presence {

    @ParameterizedTest
    @EnumSource(RequestKind.class)
    void everyKindOfRequestNeedsTheLetter(RequestKind kind) {
      RequestData.Builder request =
          kind == RequestKind.SPLP_ACCOUNT ? aValidSplpAccountRequest() : aValidSubdomainRequest();

      assertOnlyProblem(
          check.check(kind, request.withRequestLetter(null).build()),
          "requestLetter",
          "Surat permohonan (PDF) belum dilampirkan");
    }

    @Test
    void anEmptyFileIsRefused() {
      assertOnlyProblem(
          checkLetter(new byte[0], "surat.pdf", "application/pdf"), "requestLetter", "kosong");
    }
  }

  @Nested
  class Format {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "PK\u0003\u0004word/document.xml",
          "\u0089PNG\r\n",
          "\u00ff\u00d8\u00ff\u00e0JFIF",
          "<html><body>surat</body></html>",
          "%PDF",
          "%PDF1.7",
          "%pdf-1.7",
          " %PDF-1.7",
          "\u00ef\u00bb\u00bf%PDF-1.7",
          "x"
        })
    void contentThatDoesNotStartWithThePdfHeaderIsRefused(String content) {
      assertOnlyProblem(
          checkLetter(bytes(content), "surat.pdf", "application/pdf"),
          "requestLetter",
          "Surat permohonan (PDF) bukan berkas PDF");
    }

    @Test
    void aPdfNameAndMimeTypeDoNotMakeAWordFileAPdf() {
      byte[] wordFile = bytes("PK\u0003\u0004" + "x".repeat(4000));

      assertOnlyProblem(
          checkLetter(wordFile, "surat-permohonan.pdf", "application/pdf"),
          "requestLetter",
          "bukan berkas PDF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"surat.PDF", "surat", "scan.docx"})
    void theContentDecidesNotTheFileName(String fileName) {
      assertThat(checkLetter(aPdfOfSize(1024), fileName, "application/octet-stream")).isEmpty();
    }

    @Test
    void aLetterWithoutNameOrMimeTypeIsJudgedByContent() {
      assertThat(checkLetter(aPdfOfSize(1024), null, null)).isEmpty();
    }

    @Test
    void aPdfWithoutAPageIsNoLetter() {
      assertOnlyProblem(
          checkLetter(aFileWithoutAPage(document -> {}), "surat.pdf", "application/pdf"),
          "requestLetter",
          "Surat permohonan (PDF) tidak berisi satu halaman pun");
    }

    /** The page tree's count is the file's word; its pages are what a viewer shows. */
    @Test
    void aPageTreeThatCountsAPageItDoesNotHoldIsNoLetter() {
      byte[] file =
          aFileWithoutAPage(
              document -> document.getPages().getCOSObject().setInt(COSName.COUNT, 1));

      assertOnlyProblem(
          checkLetter(file, "surat.pdf", "application/pdf"),
          "requestLetter",
          "Surat permohonan (PDF) tidak berisi satu halaman pun");
    }
  }

  @Nested
  class Size {

    @Test
    void exactlyFiveMillionBytesAreAccepted() {
      assertThat(checkLetter(aPdfOfSize(5_000_000), "surat.pdf", "application/pdf")).isEmpty();
    }

    @Test
    void oneByteMoreIsRefusedWithBothSizesInIndonesianNotation() {
      assertOnlyProblem(
          checkLetter(aPdfOfSize(5_000_001), "surat.pdf", "application/pdf"),
          "requestLetter",
          "terlalu besar: paling besar 5 MB (5.000.000 byte), berkas ini 5.000.001 byte");
    }

    @Test
    void aLargeNonPdfGetsBothReasonsSoOneRoundTripFixesIt() {
      assertThat(checkLetter(new byte[7_300_000], "scan.jpg", "image/jpeg"))
          .satisfiesExactly(
              problem -> assertProblem(problem, "requestLetter", "bukan berkas PDF"),
              problem -> assertProblem(problem, "requestLetter", "terlalu besar"));
    }
  }

  @Nested
  class Value {

    @Test
    void keepsItsOwnCopyOfTheBytes() {
      byte[] uploaded = aPdfOfSize(1024);
      RequestLetter letter = new RequestLetter(uploaded, "surat.pdf", "application/pdf");

      uploaded[0] = 'X';
      letter.content()[1] = 'X';

      assertThat(letter.startsLikePdf()).isTrue();
      assertThat(letter.content()).startsWith(bytes("%PDF-"));
    }

    @Test
    void equalLettersHaveEqualContentNameAndType() {
      RequestLetter letter = new RequestLetter(aPdfOfSize(1024), "surat.pdf", "application/pdf");

      assertThat(letter)
          .isEqualTo(new RequestLetter(aPdfOfSize(1024), "surat.pdf", "application/pdf"))
          .hasSameHashCodeAs(new RequestLetter(aPdfOfSize(1024), "surat.pdf", "application/pdf"))
          .isNotEqualTo(new RequestLetter(aPdfOfSize(1025), "surat.pdf", "application/pdf"))
          .isNotEqualTo(new RequestLetter(aPdfOfSize(1024), "lain.pdf", "application/pdf"));
    }

    @Test
    void toStringShowsTheSizeButNotTheBytes() {
      RequestLetter letter = new RequestLetter(aPdfOfSize(2048), "surat.pdf", "application/pdf");

      assertThat(letter.toString()).contains("surat.pdf", "size=2048").doesNotContain("%PDF");
    }
  }
}
