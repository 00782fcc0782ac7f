package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person types into a letter comes out as text, never as markup; and the kop carries the
 * regency's logo only when one is configured, embedded in the PDF.
 */
class LetterTemplateTest {

  static final String TYPED = "<script>alert('x')</script> Dinas A & B";

  @TempDir Path dir;

  final LetterProperties properties = LetterFixtures.properties();
  final OfficeTemplates templates = new OfficeTemplates();

  @Test
  void markupThePelaksanaTypedIsPrintedAsText() {
    Letter draft = LetterFixtures.draft();
    Letter typed =
        new Letter(
            null,
            draft.date(),
            draft.sifat(),
            draft.lampiran(),
            "Hal & " + TYPED,
            draft.addresseeTitle(),
            draft.addresseePlace(),
            List.of(TYPED, "Paragraf kedua."),
            draft.signatory(),
            List.of(TYPED),
            null,
            draft.registration());

    String xhtml = new LetterHtml(properties, templates).letter(typed);
    String text = LetterFixtures.text(new PdfRenderer(properties).render(xhtml).pdf());

    assertThat(xhtml)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Dinas A &amp; B");
    assertThat(text).contains(TYPED, "Hal : Hal & <script>", "Paragraf kedua.");
  }

  @Test
  void withoutALogoTheKopIsTextOnly() throws IOException {
    String xhtml = new LetterHtml(properties, templates).letter(LetterFixtures.draft());

    assertThat(xhtml).doesNotContain("<img");
    assertThat(images(new PdfRenderer(properties).render(xhtml).pdf())).isZero();
  }

  @Test
  void aConfiguredLogoIsEmbeddedInTheKop() throws IOException {
    Path logo = dir.resolve("logo-trenggalek.png");
    BufferedImage image = new BufferedImage(40, 48, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().setColor(Color.GREEN);
    image.getGraphics().fillRect(0, 0, 40, 48);
    ImageIO.write(image, "png", logo.toFile());
    LetterProperties withLogo = withLogo(logo.toString());

    String xhtml = new LetterHtml(withLogo, templates).letter(LetterFixtures.draft());
    byte[] pdf = new PdfRenderer(withLogo).render(xhtml).pdf();

    assertThat(xhtml)
        .containsPattern("<img class=\"logo\"[^>]* src=\"data:image/png;base64,")
        .doesNotContain(logo.toString());
    assertThat(images(pdf)).isEqualTo(1);
    assertThat(LetterFixtures.text(pdf)).contains("PEMERINTAH KABUPATEN TRENGGALEK");
  }

  @Test
  void aLogoThatIsNoImageOrCannotBeReadStopsTheStart() throws IOException {
    Path notAnImage = Files.writeString(dir.resolve("logo.gif"), "GIF89a");

    assertThatThrownBy(() -> new LetterHtml(withLogo(notAnImage.toString()), templates))
        .hasMessageContaining("aptika.letter.logo must be a PNG or JPEG");
    assertThatThrownBy(
            () -> new LetterHtml(withLogo(dir.resolve("tidak-ada.png").toString()), templates))
        .hasMessageContaining("aptika.letter.logo cannot be read");
  }

  private LetterProperties withLogo(String logo) {
    return new LetterProperties(
        properties.numberPattern(),
        properties.fontDir(),
        properties.office(),
        properties.signer(),
        properties.tembusan(),
        logo);
  }

  /** Image XObjects on the first page. */
  private static int images(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return LetterFixtures.images(document.getPage(0).getResources()).size();
    }
  }
}
