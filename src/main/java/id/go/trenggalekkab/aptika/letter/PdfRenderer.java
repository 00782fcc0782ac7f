package id.go.trenggalekkab.aptika.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import id.go.trenggalekkab.aptika.signing.SignatureMark;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a letter's XHTML into a PDF (openhtmltopdf), with Liberation Serif embedded when the
 * machine has it, and reports where the signature mark landed, for the signature's widget. The
 * element with id {@value #QR_ID} gets a QR code of its {@code data-qr} text, drawn in its box.
 */
@Component
class PdfRenderer {

  private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
  static final String FONT_FAMILY = "Liberation Serif";
  static final String MARK_ID = "signature-mark";
  static final String QR_ID = "verification-qr";
  private static final Pattern PLACED = Pattern.compile(MARK_ID + "|" + QR_ID);

  /** Where the signature mark is: page (0-based) and rectangle in PDF points from bottom-left. */
  record Rendered(byte[] pdf, SignatureMark mark) {}

  private static final DocumentBuilderFactory XHTML = xhtmlFactory();

  private final List<Face> faces = new ArrayList<>();

  PdfRenderer(LetterProperties properties) {
    RendererLog.install();
    File fontDir = new File(properties.fontDir());
    if (!new File(fontDir, "LiberationSerif-Regular.ttf").isFile()) {
      LOG.warn(
          "Huruf Liberation Serif tidak ditemukan di {}; surat memakai huruf Times bawaan PDF."
              + " Pasang paket fonts-liberation atau atur aptika.letter.font-dir.",
          fontDir);
    }
    face(fontDir, "Regular", 400, FontStyle.NORMAL);
    face(fontDir, "Bold", 700, FontStyle.NORMAL);
    face(fontDir, "Italic", 400, FontStyle.ITALIC);
  }

  Rendered render(String xhtml) {
    List<Runnable> giveBack = new ArrayList<>();
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePDDocument(document);
      for (Face face : faces) {
        builder.useFont(
            face.supplier(document, giveBack), FONT_FAMILY, face.weight, face.style, true);
      }
      builder.withW3cDocument(parse(xhtml), null).toStream(OutputStream.nullOutputStream());
      SignatureMark mark = null;
      boolean qrDrawn = false;
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
        // Positions are known only once the pages are drawn, before the document is closed.
        for (PagePosition<Box> p : renderer.findPagePositionsByID(PLACED)) {
          if (p.getId().equals(MARK_ID) && mark == null) {
            mark =
                new SignatureMark(p.getPageNo(), p.getX(), p.getY(), p.getWidth(), p.getHeight());
          } else if (p.getId().equals(QR_ID) && !qrDrawn) {
            drawQrCode(document, p);
            qrDrawn = true;
          }
        }
        // Without object streams: they would pack the file's dictionaries into compressed streams,
        // saving about 1.7 KB a letter, at a cost in this save and in every later reading of the
        // file (signing, the check of the signed letter). Page contents and fonts stay compressed.
        document.save(out, CompressParameters.NO_COMPRESSION);
      }
      return new Rendered(out.toByteArray(), mark);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // the letter is saved and its document closed: its fonts are free for the next letter
      giveBack.forEach(Runnable::run);
    }
  }

  /** The QR code of the element's {@code data-qr} text, over the element's box on its page. */
  private static void drawQrCode(PDDocument document, PagePosition<Box> box) throws IOException {
    QrCode code = QrCode.of(box.getElement().getElement().getAttribute("data-qr"));
    float side = Math.min(box.getWidth(), box.getHeight());
    try (PDPageContentStream content =
        new PDPageContentStream(
            document, document.getPage(box.getPageNo()), AppendMode.APPEND, true, true)) {
      code.draw(document, content, box.getX(), box.getY() + box.getHeight() - side, side);
    }
  }

  /** How many fonts this renderer has parsed so far. */
  int fontsParsed() {
    return faces.stream().mapToInt(face -> face.parsed.get()).sum();
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

  private void face(File fontDir, String name, int weight, FontStyle style) {
    Path file = fontDir.toPath().resolve("LiberationSerif-" + name + ".ttf");
    if (Files.isRegularFile(file)) {
      try {
        faces.add(new Face(Files.readAllBytes(file), weight, style));
      } catch (IOException e) {
        LOG.warn("Huruf {} tidak dapat dibaca ({}); surat memakai huruf bawaan PDF.", file, e);
      }
    }
  }

  /**
   * One face of Liberation Serif: its file, read once, and the fonts parsed from it that no letter
   * is using. A rendering borrows one and gives it back once its letter is saved, so a letter
   * parses no font: that was a tenth of a rendering's CPU. PDFBox reads a parsed font's tables
   * lazily from one stream without a lock, so a parsed font serves one rendering at a time; there
   * are as many as letters were ever rendered at once.
   */
  private static final class Face {
    final byte[] file;
    final int weight;
    final FontStyle style;
    final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();
    final AtomicInteger parsed = new AtomicInteger();

    Face(byte[] file, int weight, FontStyle style) {
      this.file = file;
      this.weight = weight;
      this.style = style;
    }

    /** The face for one document, taken from the idle fonts when the letter first uses it. */
    PDFontSupplier supplier(PDDocument document, List<Runnable> giveBack) {
      return new PDFontSupplier(null) {
        @Override
        public PDFont supply() {
          try {
            TrueTypeFont font = idle.poll();
            if (font == null) {
              font = new TTFParser().parse(new RandomAccessReadBuffer(file));
              parsed.incrementAndGet();
            }
            TrueTypeFont borrowed = font;
            giveBack.add(() -> idle.add(borrowed));
            // not closed with the document: the font outlives it
            return PDType0Font.load(document, font, true);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    }
  }
}
