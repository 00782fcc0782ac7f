package id.go.trenggalekkab.aptika.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileNameTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "surat-permohonan.pdf | surat-permohonan.pdf",
        "../../<b>x</b>.pdf | b_x_b.pdf",
        "..\\..\\windows\\system32\\surat.pdf | windows_system32_surat.pdf",
        "Surat Permohonan Dinkes 2026.PDF | Surat_Permohonan_Dinkes_2026.pdf",
        "surat.permohonan.v2.pdf | surat_permohonan_v2.pdf",
        "scan.docx | scan.pdf",
        "surat | surat.pdf",
        ".pdf | dokumen.pdf",
        "<script>alert(1)</script> | script_alert_1_script.pdf",
        "\"; filename=evil.exe | filename_evil.pdf",
        "'' | dokumen.pdf",
        "NULL | dokumen.pdf"
      })
  void aPdfKeepsOnlySafeCharactersAndEndsInPdf(String typed, String safe) {
    assertThat(SafeFileName.of(typed, "application/pdf")).isEqualTo(safe);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"laporan.xlsx | laporan.xlsx", "laporan.x<l>sx | laporan", "arsip | arsip"})
  void anotherTypeKeepsOnlyAShortPlainExtension(String typed, String safe) {
    assertThat(SafeFileName.of(typed, "application/octet-stream")).isEqualTo(safe);
  }

  @Test
  void lineBreaksAndLettersOutsideAsciiAreReplaced() {
    assertThat(SafeFileName.of("surat\r\nX-Header: 1.pdf", "application/pdf"))
        .isEqualTo("surat_X-Header_1.pdf");
    assertThat(SafeFileName.of("Surat \u00f1and\u00fa \u2603.pdf", "application/pdf"))
        .isEqualTo("Surat_and.pdf");
  }

  @Test
  void aLongNameIsShortenedToAHundredCharactersBeforeItsExtension() {
    assertThat(SafeFileName.of("a".repeat(300) + ".pdf", "application/pdf"))
        .isEqualTo("a".repeat(SafeFileName.MAX_STEM_LENGTH) + ".pdf");
  }
}
