package id.go.trenggalekkab.aptika.letter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** A QR code as a PNG data URI, for an {@code <img>} in a letter's HTML. */
final class QrCode {

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
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
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
