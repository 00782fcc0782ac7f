package id.go.trenggalekkab.aptika.letter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** A QR code as a PNG data URI, for an {@code <img>} in a letter's HTML. */
final class QrCode {

  private static final byte BLACK = 0;
  private static final byte WHITE = (byte) 0xFF;

  private QrCode() {}

  static String dataUri(String text) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
      int scale = 4;
      BufferedImage image =
          new BufferedImage(
              matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_GRAY);
      // one byte a pixel, written as is: setRGB would convert every pixel's colour to grey
      byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          pixels[y * image.getWidth() + x] = matrix.get(x / scale, y / scale) ? BLACK : WHITE;
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (WriterException e) {
      throw new IllegalArgumentException("Teks terlalu panjang untuk kode QR: " + text, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
