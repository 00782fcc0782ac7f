package id.go.trenggalekkab.aptika.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The setting of the Kadis's BSrE certificate, which BSrE mode requires. */
class SigningConfigurationTest {

  @TempDir Path directory;

  @Test
  void readsTheKadissCertificateFromAPemFile() {
    Path keyStore = SigningKeys.keyStore(directory.resolve("kadis.p12"), "KADIS", "kadis");
    Path pem = SigningKeys.pem(keyStore, "kadis", directory.resolve("kadis.pem"));

    assertThat(SigningConfiguration.certificate(pem))
        .isEqualTo(SigningKeys.signer(keyStore, "kadis").certificate());
  }

  @Test
  void bsreWithoutTheCertificateDoesNotStart() {
    assertThatThrownBy(() -> SigningConfiguration.certificate(Path.of("")))
        .hasMessageStartingWith(
            "aptika.signing.bsre.certificate (APTIKA_SIGNING_BSRE_CERTIFICATE) wajib diisi untuk"
                + " aptika.signing.method=bsre");
    assertThatThrownBy(() -> SigningConfiguration.certificate(null))
        .hasMessageContaining("wajib diisi");
  }

  @Test
  void aFileThatIsNoCertificateDoesNotStart() throws IOException {
    Path notACertificate = Files.writeString(directory.resolve("kadis.pem"), "bukan sertifikat");

    assertThatThrownBy(() -> SigningConfiguration.certificate(notACertificate))
        .hasMessageContaining("tidak dapat dibaca sebagai sertifikat X.509: " + notACertificate);
    assertThatThrownBy(() -> SigningConfiguration.certificate(directory.resolve("tidak-ada.pem")))
        .hasMessageContaining("tidak dapat dibaca");
  }
}
