package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.signing.LetterSigner;
import id.go.trenggalekkab.aptika.signing.LocalPkcs12Signer;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a signed reply letter's first page to {@code target/letters/surat-balasan.png}: the
 * picture in docs/letters.md (docs/images/surat-balasan.png) is this file.
 */
class LetterPictureTest {

  @TempDir Path keys;

  @Test
  void aSignedLetterRendersToAPageWithItsKopAndSignatureMark() throws IOException {
    LetterProperties properties = LetterFixtures.properties();
    Letter letter =
        LetterFixtures.draft()
            .numbered(
                "060/ 001 /406.020/2026",
                LocalDate.of(2026, 11, 25),
                "http://localhost:8080/verifikasi/6f1c2a9e-0d4b-4b7e-9a51-3c8e2f7d1b20");
    PdfRenderer.Rendered rendered =
        new PdfRenderer(properties)
            .render(new LetterHtml(properties, new OfficeTemplates()).letter(letter));
    byte[] signed =
        new LocalPkcs12Signer(keys.resolve("dev.p12"), "uji".toCharArray(), "BUDI SANTOSO")
            .sign(
                rendered.pdf(),
                rendered.mark(),
                new LetterSigner.Signing("BUDI SANTOSO", "Surat balasan", "Trenggalek", "x"),
                null);

    BufferedImage page = firstPage(signed, "surat-balasan.png");

    assertThat(page.getWidth()).isBetween(640, 670); // A4 at 80 dpi
    assertThat(darkPixels(page)).isGreaterThan(5_000);
  }

  @Test
  void theDraftRendersWithItsKonsepMark() throws IOException {
    LetterProperties properties = LetterFixtures.properties();
    byte[] draft =
        new PdfRenderer(properties)
            .render(
                new LetterHtml(properties, new OfficeTemplates()).letter(LetterFixtures.draft()))
            .pdf();

    BufferedImage page = firstPage(draft, "konsep-surat-balasan.png");

    assertThat(darkPixels(page)).isGreaterThan(5_000);
  }

  /** The first page at 80 dpi, also written to target/letters/. */
  private static BufferedImage firstPage(byte[] pdf, String fileName) throws IOException {
    BufferedImage page;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      page = new PDFRenderer(document).renderImageWithDPI(0, 80, ImageType.RGB);
    }
    Path file = Path.of("target/letters", fileName);
    Files.createDirectories(file.getParent());
    ImageIO.write(page, "png", file.toFile());
    return page;
  }

  private static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFF) < 128) {
          dark++;
        }
      }
    }
    return dark;
  }
}
