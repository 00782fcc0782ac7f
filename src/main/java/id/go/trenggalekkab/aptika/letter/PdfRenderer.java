package id.go.trenggalekkab.aptika.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.go.trenggalekkab.aptika.signing.SignatureMark;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a letter's XHTML into a PDF (openhtmltopdf), with Liberation Serif embedded when the
 * machine has it, and reports where the signature mark landed, for the signature's widget.
 */
@Component
class PdfRenderer {

  private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
  static final String FONT_FAMILY = "Liberation Serif";
  static final String MARK_ID = "signature-mark";

  /** Where the signature mark is: page (0-based) and rectangle in PDF points from bottom-left. */
  record Rendered(byte[] pdf, SignatureMark mark) {}

  private static final DocumentBuilderFactory XHTML = xhtmlFactory();

  private final File fontDir;

  PdfRenderer(LetterProperties properties) {
    RendererLog.install();
    this.fontDir = new File(properties.fontDir());
    if (!new File(fontDir, "LiberationSerif-Regular.ttf").isFile()) {
      LOG.warn(
          "Huruf Liberation Serif tidak ditemukan di {}; surat memakai huruf Times bawaan PDF."
              + " Pasang paket fonts-liberation atau atur aptika.letter.font-dir.",
          fontDir);
    }
  }

  Rendered render(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
      font(builder, "Regular", 400, FontStyle.NORMAL);
      font(builder, "Bold", 700, FontStyle.NORMAL);
      font(builder, "Italic", 400, FontStyle.ITALIC);
      builder.withW3cDocument(parse(xhtml), null).toStream(OutputStream.nullOutputStream());
      SignatureMark mark = null;
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
        List<PagePosition<com.openhtmltopdf.render.Box>> positions =
            renderer.findPagePositionsByID(Pattern.compile(MARK_ID));
        if (!positions.isEmpty()) {
          PagePosition<?> p = positions.get(0);
          mark = new SignatureMark(p.getPageNo(), p.getX(), p.getY(), p.getWidth(), p.getHeight());
        }
        // Positions are known only once the pages are drawn, before the document is closed.
        renderer.getPdfDocument().save(out);
      }
      return new Rendered(out.toByteArray(), mark);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The letter's XHTML as a DOM, parsed with a factory made once. Given the text, openhtmltopdf
   * looks up and configures a new SAX parser factory, transformer and document builder for every
   * letter: a tenth of a rendering's CPU. The same settings: namespaces, no DTD, no entities.
   */
  private static Document parse(String xhtml) throws IOException {
    try {
      DocumentBuilder parser;
      synchronized (XHTML) {
        parser = XHTML.newDocumentBuilder();
      }
      parser.setErrorHandler(new DefaultHandler());
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("XHTML surat tidak dapat dibaca: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilderFactory xhtmlFactory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private void font(PdfRendererBuilder builder, String style, int weight, FontStyle fontStyle) {
    File file = new File(fontDir, "LiberationSerif-" + style + ".ttf");
    if (file.isFile()) {
      builder.useFont(file, FONT_FAMILY, weight, fontStyle, true);
    }
  }
}
