package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.LetterPdfs.*;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSubdomainRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request letter is read in the officials' browsers, so it may carry pages and nothing a viewer
 * runs or opens. Each letter here is a real PDF made by PDFBox, judged by the one file rule both at
 * submission and at step 4, by the one {@link CompletenessCheck} both run.
 */
class RequestLetterActiveContentTest {

  private static final String FIELD = "Surat permohonan (PDF)";
  private static final String JAVASCRIPT = FIELD + " memuat JavaScript";
  private static final String RESAVE =
      "simpan ulang sebagai PDF biasa (misalnya Cetak ke PDF) lalu lampirkan ulang";

  static Stream<Arguments> refusedLetters() {
    return Stream.of(
        refused("JavaScript run on opening", JAVASCRIPT, openAction(alert())),
        refused("JavaScript in the names tree", JAVASCRIPT, javaScriptNamesTree()),
        refused("JavaScript behind a link", JAVASCRIPT, link(alert())),
        refused("JavaScript when a page opens", JAVASCRIPT, pageOpenAction()),
        refused("JavaScript in a form field", JAVASCRIPT, formFieldKeystroke()),
        refused("JavaScript behind a widget", JAVASCRIPT, widgetAction()),
        refused("JavaScript chained after a harmless jump", JAVASCRIPT, chained()),
        refused(
            "a launch action",
            FIELD + " memuat perintah untuk menjalankan program",
            openAction(launch())),
        refused(
            "a launch action without its optional /Type",
            FIELD + " memuat perintah untuk menjalankan program",
            untypedAction("Launch")),
        refused(
            "a rich media command without its optional /Type",
            FIELD + " memuat aksi",
            untypedAction("RichMediaExecute")),
        refused("an embedded file", FIELD + " memuat berkas lain di dalamnya", embeddedFile()),
        refused(
            "a file attachment annotation",
            FIELD + " memuat berkas lain di dalamnya",
            fileAttachment()),
        refused(
            "a form submission",
            FIELD + " memuat aksi yang mengirim data atau membuka dokumen di luar surat",
            link(submitForm())),
        refused(
            "a data import", FIELD + " memuat aksi yang mengirim data", openAction(importData())),
        refused("a jump to another PDF", FIELD + " memuat aksi", link(remoteGoTo())),
        refused(
            "a rich media annotation",
            FIELD + " memuat konten multimedia atau 3D",
            annotation("RichMedia")),
        refused("an XFA form", FIELD + " berupa formulir dinamis (XFA)", xfaForm()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedLetters")
  void isRefusedAtSubmissionAndAtStep4WithTheFieldsName(
      String what, String message, byte[] letter) {
    assertThat(checkedAtStep4(letter))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.field()).isEqualTo("requestLetter");
              assertThat(problem.message()).startsWith(message);
            });
  }

  @Test
  void everyKindOfActiveContentInOneLetterIsNamedOnce() {
    byte[] letter =
        aLetter(
            openAction(alert())
                .andThen(link(alert()))
                .andThen(link(launch()))
                .andThen(embeddedFile()));

    assertThat(checkedAtStep4(letter))
        .extracting(Problem::message)
        .containsExactly(
            JAVASCRIPT + "; " + RESAVE,
            FIELD
                + " memuat perintah untuk menjalankan program atau membuka berkas lain; "
                + RESAVE,
            FIELD + " memuat berkas lain di dalamnya (lampiran tersemat); " + RESAVE);
  }

  @Test
  void aCleanOnePageLetterPasses() {
    assertThat(checkedAtStep4(aCleanLetter())).isEmpty();
    assertThat(checkedAtStep4(aCleanLetter())).isEmpty();
  }

  @Test
  void linksToAWebsiteAndWithinTheLetterPass() {
    byte[] letter = aLetter(link(webLink()).andThen(goToFirstPage()));

    assertThat(checkedAtStep4(letter)).isEmpty();
  }

  @Test
  void aLetterOnlyRestrictedByAnOwnerPasswordIsReadAndPasses() {
    assertThat(checkedAtStep4(aLetter(encrypted("pemilik", "")))).isEmpty();
  }

  @Test
  void aLetterThatNeedsAPasswordToOpenIsRefused() {
    assertThat(checkedAtStep4(aLetter(encrypted("pemilik", "rahasia"))))
        .extracting(Problem::message)
        .containsExactly(
            FIELD
                + " dilindungi kata sandi sehingga tidak dapat diperiksa dan dibaca petugas;"
                + " simpan ulang tanpa kata sandi lalu lampirkan ulang");
  }

  @Test
  void aFileThatOnlyStartsLikeAPdfIsNoPdf() {
    byte[] fake = "%PDF-1.7\n<script>alert(1)</script>\n".getBytes(StandardCharsets.US_ASCII);

    assertThat(checkedAtStep4(fake))
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .startsWith(FIELD + " bukan berkas PDF");
  }

  /** Submission and step 4 run the same {@link CompletenessCheck}; see RequestIntakeTest. */
  private static List<Problem> checkedAtStep4(byte[] letter) {
    return aCompletenessCheck()
        .check(
            RequestKind.SUBDOMAIN,
            aValidSubdomainRequest()
                .withRequestLetter(letter, "surat.pdf", "application/pdf")
                .build());
  }

  private static Arguments refused(String what, String message, Consumer<PDDocument> change) {
    return Arguments.of(what, message, aLetter(change));
  }
}
