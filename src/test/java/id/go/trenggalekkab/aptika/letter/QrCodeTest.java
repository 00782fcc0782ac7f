package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The letter's QR code, read back as a phone would read it. */
class QrCodeTest {

  private static final String PNG = "data:image/png;base64,";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://layanan.kominfo.trenggalekkab.go.id/verifikasi/8f14e45f-ceea-467f-a0e6-1a2b3c4d5e6f",
        "http://localhost:8080/verifikasi/1"
      })
  void aScanOfTheCodeGivesTheVerificationAddress(String address) throws Exception {
    String uri = QrCode.dataUri(address);

    assertThat(uri).startsWith(PNG);
    BufferedImage image =
        ImageIO.read(
            new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(PNG.length()))));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String read =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
            .getText();
    assertThat(read).isEqualTo(address);
  }
}
