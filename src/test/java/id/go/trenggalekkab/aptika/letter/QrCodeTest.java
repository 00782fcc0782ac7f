package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.go.trenggalekkab.aptika.signing.SignatureMark;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The letter's QR code, read back from the rendered page as a phone would read it: on a screen at
 * 100 % (96 dpi) and printed (300 dpi).
 */
class QrCodeTest {

  static final String ADDRESS =
      "https://layanan.kominfo.trenggalekkab.go.id/verifikasi/8f14e45f-ceea-467f-a0e6-1a2b3c4d5e6f";

  final LetterProperties properties = LetterFixtures.properties();
  final LetterHtml html = new LetterHtml(properties, new OfficeTemplates());
  final PdfRenderer renderer = new PdfRenderer(properties);

  @ParameterizedTest
  @CsvSource({ADDRESS + ", 96", ADDRESS + ", 300", "http://localhost:8080/verifikasi/1, 96"})
  void aScanOfTheSignatureMarkGivesTheVerificationAddress(String address, float dpi)
      throws Exception {
    PdfRenderer.Rendered letter = render(address);

    try (PDDocument document = Loader.loadPDF(letter.pdf())) {
      assertThat(read(scan(document, letter.mark(), dpi))).isEqualTo(address);
      // one pixel a module, not smoothed: a viewer or printer enlarges each to a sharp square
      List<PDImageXObject> images =
          LetterFixtures.images(document.getPage(letter.mark().page()).getResources());
      assertThat(images).hasSize(1);
      assertThat(images.get(0).getInterpolate()).isFalse();
      assertThat(images.get(0).getWidth()).isEqualTo(images.get(0).getHeight()).isLessThan(60);
    }
  }

  @Test
  void theCodeIsDrawnInItsPlaceBesideTheMarksText() throws Exception {
    PdfRenderer.Rendered letter = render(ADDRESS);

    try (PDDocument document = Loader.loadPDF(letter.pdf())) {
      BufferedImage mark = scan(document, letter.mark(), 300);
      // the code takes the mark's left 2.2 cm (after its border and padding); its text the rest
      int code = Math.round(2.5f / 2.54f * 300);
      assertThat(read(mark.getSubimage(0, 0, code, mark.getHeight()))).isEqualTo(ADDRESS);
      assertThat(readOrNull(mark.getSubimage(code, 0, mark.getWidth() - code, mark.getHeight())))
          .isNull();
    }
    assertThat(LetterFixtures.text(letter.pdf()))
        .contains("Periksa keaslian: pindai kode QR atau buka https://layanan.kominfo");
  }

  @Test
  void aDraftHasNoCode() throws Exception {
    PdfRenderer.Rendered draft = renderer.render(html.letter(LetterFixtures.draft()));

    try (PDDocument document = Loader.loadPDF(draft.pdf())) {
      assertThat(readOrNull(scan(document, draft.mark(), 300))).isNull();
      assertThat(LetterFixtures.images(document.getPage(draft.mark().page()).getResources()))
          .isEmpty();
    }
  }

  private PdfRenderer.Rendered render(String address) {
    Letter letter =
        LetterFixtures.draft()
            .numbered("060/ 001 /406.020/2026", LocalDate.of(2026, 11, 25), address);
    return renderer.render(html.letter(letter));
  }

  /** The signature mark's rectangle of its page, rendered in grey at {@code dpi}. */
  private static BufferedImage scan(PDDocument document, SignatureMark mark, float dpi)
      throws IOException {
    BufferedImage page =
        new PDFRenderer(document).renderImageWithDPI(mark.page(), dpi, ImageType.GRAY);
    float scale = dpi / 72;
    float pageHeight = document.getPage(mark.page()).getMediaBox().getHeight();
    int x = Math.round(mark.x() * scale);
    int y = Math.round((pageHeight - mark.y() - mark.height()) * scale);
    return page.getSubimage(
        x, y, Math.round(mark.width() * scale), Math.round(mark.height() * scale));
  }

  private static String read(BufferedImage image) throws Exception {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
            Map.of(DecodeHintType.TRY_HARDER, true))
        .getText();
  }

  private static String readOrNull(BufferedImage image) throws Exception {
    try {
      return read(image);
    } catch (NotFoundException none) {
      return null;
    }
  }
}
