package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every part of the surat dinas is in the PDF's text, and KONSEP marks the draft only. */
class LetterPdfTest {

  final LetterProperties properties = LetterFixtures.properties();
  final PdfRenderer renderer = new PdfRenderer(properties);
  final LetterHtml html = new LetterHtml(properties, new OfficeTemplates());

  @Test
  void theDraftHasEveryPartMarkedKonsepAndNoNumber() {
    String text = LetterFixtures.text(renderer.render(html.letter(LetterFixtures.draft())).pdf());

    assertThat(text)
        .contains(
            "PEMERINTAH KABUPATEN TRENGGALEK",
            "DINAS KOMUNIKASI DAN INFORMATIKA",
            "Jl. Brigjend. Soetran No. 2, Trenggalek 66312",
            "kominfo.trenggalekkab.go.id",
            "Trenggalek, 25 November 2026",
            "Nomor : (diberikan saat disetujui)",
            "Sifat : Biasa",
            "Lampiran : -",
            "Hal : Pembuatan Sub Domain sikesda.trenggalekkab.go.id",
            "Yth. Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana",
            "surat Saudara nomor 400.7/123/406.010/2026 tanggal 20 November 2026",
            "sikesda.trenggalekkab.go.id telah dibuat dan diarahkan ke server 103.10.20.30",
            "Kepala Dinas Komunikasi dan Informatika",
            "BUDI SANTOSO, S.Kom., M.M.",
            "Pembina Utama Muda (IV/c)",
            "NIP. 19700101 199503 1 001",
            "Tembusan:",
            "Yth. Bupati Trenggalek (sebagai laporan)",
            "KONSEP")
        .doesNotContain("060/");
  }

  @Test
  void theFinalLetterCarriesItsNumberAndSignatureMarkAndNoKonsep() {
    Letter letter =
        LetterFixtures.draft()
            .numbered(
                "060/ 007 /406.020/2026",
                LocalDate.of(2026, 8, 3),
                "https://layanan.kominfo.trenggalekkab.go.id/verifikasi/abc");

    PdfRenderer.Rendered rendered = renderer.render(html.letter(letter));
    String text = LetterFixtures.text(rendered.pdf());

    assertThat(text)
        .contains(
            "Trenggalek, 3 Agustus 2026",
            "Nomor : 060/ 007 /406.020/2026",
            "Ditandatangani secara elektronik",
            "/verifikasi/abc",
            "BUDI SANTOSO, S.Kom., M.M.",
            "Tembusan:",
            "Nomor registrasi permohonan: SD-2026-0007")
        .doesNotContain("KONSEP");
    assertThat(rendered.mark()).isNotNull();
    assertThat(rendered.mark().width()).isGreaterThan(100);
  }
}
