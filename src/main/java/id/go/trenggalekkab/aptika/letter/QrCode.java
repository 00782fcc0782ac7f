package id.go.trenggalekkab.aptika.letter;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * A QR code drawn straight into a PDF page, as an image of one pixel per module: no PNG is written
 * and read back for it, and, not interpolated, it stays sharp at any size. Drawn as filled squares
 * instead, its anti-aliased edges made it unreadable to a reader at some screen resolutions.
 */
final class QrCode {

  /** The light margin around the code that a reader needs, in modules (ISO/IEC 18004). */
  private static final int QUIET_ZONE = 4;

  private static final byte BLACK = 0;
  private static final byte WHITE = (byte) 0xFF;

  private final ByteMatrix modules;

  private QrCode(ByteMatrix modules) {
    this.modules = modules;
  }

  static QrCode of(String text) {
    try {
      return new QrCode(Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix());
    } catch (WriterException e) {
      throw new IllegalArgumentException("Teks terlalu panjang untuk kode QR: " + text, e);
    }
  }

  /**
   * Draws the code as an image of one pixel per module, quiet zone included, over the square whose
   * lower left corner is (x, y) in PDF points. The image is not interpolated, so a viewer or
   * printer enlarges each module to a sharp square.
   */
  void draw(PDDocument document, PDPageContentStream content, float x, float y, float side)
      throws IOException {
    int width = modules.getWidth();
    int size = width + 2 * QUIET_ZONE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    Arrays.fill(pixels, WHITE);
    for (int row = 0; row < width; row++) {
      for (int column = 0; column < width; column++) {
        if (modules.get(column, row) == 1) {
          pixels[(QUIET_ZONE + row) * size + QUIET_ZONE + column] = BLACK;
        }
      }
    }
    content.drawImage(LosslessFactory.createFromImage(document, image), x, y, side, side);
  }
}
