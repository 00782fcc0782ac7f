package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.signing.Signatory;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** The office's settings as the defaults give them, and a reply letter to the Dinas Kesehatan. */
public final class LetterFixtures {

  private LetterFixtures() {}

  static LetterProperties properties(String numberPattern) {
    return new LetterProperties(
        numberPattern,
        "/usr/share/fonts/truetype/liberation",
        new LetterProperties.Office(
            "PEMERINTAH KABUPATEN TRENGGALEK",
            "DINAS KOMUNIKASI DAN INFORMATIKA",
            "Jl. Brigjend. Soetran No. 2, Trenggalek 66312",
            "(0355) 791000",
            "kominfo.trenggalekkab.go.id",
            "kominfo@trenggalekkab.go.id",
            "Trenggalek"),
        new Signatory(
            "Kepala Dinas Komunikasi dan Informatika",
            "BUDI SANTOSO, S.Kom., M.M.",
            "Pembina Utama Muda (IV/c)",
            "19700101 199503 1 001"),
        List.of("Yth. Bupati Trenggalek (sebagai laporan)", "Arsip"),
        null);
  }

  static LetterProperties properties() {
    return properties("060/ {seq:3} /406.020/{year}");
  }

  static Letter draft() {
    return new Letter(
        null,
        LocalDate.of(2026, 11, 25),
        "Biasa",
        "-",
        "Pembuatan Sub Domain sikesda.trenggalekkab.go.id",
        "Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Kabupaten"
            + " Trenggalek",
        "Tempat",
        List.of(
            "Menindaklanjuti surat Saudara nomor 400.7/123/406.010/2026 tanggal 20 November 2026"
                + " hal permohonan pembuatan sub domain, dengan ini kami sampaikan bahwa sub domain"
                + " sikesda.trenggalekkab.go.id telah dibuat dan diarahkan ke server 103.10.20.30.",
            "Demikian untuk menjadi maklum, atas perhatian dan kerja samanya kami sampaikan terima"
                + " kasih."),
        new Letter.Signatory(
            "Kepala Dinas Komunikasi dan Informatika",
            "BUDI SANTOSO, S.Kom., M.M.",
            "Pembina Utama Muda (IV/c)",
            "19700101 199503 1 001"),
        List.of("Yth. Bupati Trenggalek (sebagai laporan)", "Arsip"),
        null,
        "SD-2026-0007");
  }

  public static byte[] unsignedPdf() {
    LetterProperties properties = properties();
    return new PdfRenderer(properties)
        .render(new LetterHtml(properties, new OfficeTemplates()).letter(draft()))
        .pdf();
  }

  /** A letter to another unit, on another matter: a valid signature on it proves nothing here. */
  public static byte[] anotherLetter() {
    LetterProperties properties = properties();
    Letter draft = draft();
    Letter other =
        new Letter(
            null,
            draft.date(),
            draft.sifat(),
            draft.lampiran(),
            "Penonaktifan Sub Domain sikesda.trenggalekkab.go.id",
            draft.addresseeTitle(),
            draft.addresseePlace(),
            List.of("Dengan hormat, sub domain sikesda.trenggalekkab.go.id kami nonaktifkan."),
            draft.signatory(),
            draft.tembusan(),
            null,
            draft.registration());
    return new PdfRenderer(properties)
        .render(new LetterHtml(properties, new OfficeTemplates()).letter(other))
        .pdf();
  }

  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The images (image XObjects) of a page's resources. */
  static List<PDImageXObject> images(PDResources resources) throws IOException {
    List<PDImageXObject> images = new ArrayList<>();
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDImageXObject image) {
        images.add(image);
      }
    }
    return images;
  }
}
