package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.go.trenggalekkab.aptika.signing.SignatureMark;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Every part of the surat dinas is in the PDF's text, and KONSEP marks the draft only. */
class LetterPdfTest {

  final LetterProperties properties = LetterFixtures.properties();
  final PdfRenderer renderer = new PdfRenderer(properties);
  final LetterHtml html = new LetterHtml(properties, new OfficeTemplates());

  /** The final letter, numbered and with its verification address. */
  static final Letter NUMBERED =
      LetterFixtures.draft().numbered("060/ 007 /406.020/2026", LocalDate.of(2026, 8, 3), "x/v/1");

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

  @Test
  void aLetterIsSavedWithoutObjectStreamsAndItsPageAndFontsStayCompressed() throws IOException {
    byte[] pdf = renderer.render(html.letter(LetterFixtures.draft())).pdf();

    // a plain cross-reference table, every object readable without inflating a stream first
    String file = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(file).contains("\nxref\n").doesNotContain("/ObjStm").doesNotContain("/XRef");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      assertThat(page.getCOSObject().getDictionaryObject(COSName.CONTENTS))
          .isInstanceOfSatisfying(
              COSStream.class,
              contents -> assertThat(contents.getFilters()).isEqualTo(COSName.FLATE_DECODE));
      List<PDFont> fonts = new ArrayList<>();
      for (COSName name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
      assertThat(fonts)
          .isNotEmpty()
          .allSatisfy(
              font ->
                  assertThat(font)
                      .as("an embedded TrueType font")
                      .isInstanceOfSatisfying(
                          PDType0Font.class,
                          embedded ->
                              assertThat(
                                      embedded
                                          .getDescendantFont()
                                          .getFontDescriptor()
                                          .getFontFile2()
                                          .getCOSObject()
                                          .getFilters())
                                  .isEqualTo(COSName.FLATE_DECODE)));
    }
  }

  @Test
  void theDraftAndTheLetterAreLaidOutAsOpenhtmltopdfLaysOutTheXhtmlItParsesItself()
      throws IOException {
    for (String xhtml : new String[] {html.letter(LetterFixtures.draft()), html.letter(NUMBERED)}) {
      PdfRenderer.Rendered ours = renderer.render(xhtml);
      PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
      builder.useFont(font("Regular"), PdfRenderer.FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(font("Bold"), PdfRenderer.FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.useFont(font("Italic"), PdfRenderer.FONT_FAMILY, 400, FontStyle.ITALIC, true);
      byte[] itsOwn;
      SignatureMark itsMark;
      try (ByteArrayOutputStream out = new ByteArrayOutputStream();
          PdfBoxRenderer own =
              builder
                  .withHtmlContent(xhtml, null)
                  .toStream(OutputStream.nullOutputStream())
                  .buildPdfRenderer()) {
        own.layout();
        own.createPDFWithoutClosing();
        itsMark =
            own.findPagePositionsByID(Pattern.compile(PdfRenderer.MARK_ID)).stream()
                .map(
                    p ->
                        new SignatureMark(
                            p.getPageNo(), p.getX(), p.getY(), p.getWidth(), p.getHeight()))
                .findFirst()
                .orElse(null);
        own.getPdfDocument().save(out);
        itsOwn = out.toByteArray();
      }

      assertThat(pages(ours.pdf())).isEqualTo(pages(itsOwn));
      assertThat(ours.mark()).isEqualTo(itsMark);
    }
  }

  private File font(String face) {
    return new File(properties.fontDir(), "LiberationSerif-" + face + ".ttf");
  }

  @Test
  void aLetterParsesNoFontALetterBeforeItParsedAndLettersRenderedAtOnceEachHaveTheirOwn()
      throws Exception {
    PdfRenderer fresh = new PdfRenderer(properties);
    String xhtml = html.letter(NUMBERED);
    List<String> first = pages(fresh.render(xhtml).pdf());
    int perLetter = fresh.fontsParsed();
    assertThat(perLetter).as("faces the letter uses").isPositive();

    assertThat(pages(fresh.render(xhtml).pdf())).isEqualTo(first);
    assertThat(fresh.fontsParsed()).as("parsed for the second letter").isEqualTo(perLetter);

    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> letters = new ArrayList<>();
      for (int i = 0; i < threads * 6; i++) {
        letters.add(pool.submit(() -> pages(fresh.render(xhtml).pdf())));
      }
      for (Future<List<String>> letter : letters) {
        assertThat(letter.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fresh.fontsParsed())
        .as("at most one set of fonts for each letter rendered at once")
        .isBetween(perLetter, perLetter * threads);
  }

  @Test
  void xhtmlWithADoctypeIsRefusedSoNoEntityIsEverRead() {
    assertThatThrownBy(
            () ->
                renderer.render(
                    "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY host SYSTEM"
                        + " \"file:///etc/hostname\">]><html"
                        + " xmlns=\"http://www.w3.org/1999/xhtml\"><body>&host;</body></html>"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("XHTML surat tidak dapat dibaca")
        .hasMessageContaining("DOCTYPE");
  }

  /** Each page's text with the positions of its words, as PDFBox reads them. */
  private static List<String> pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        StringBuilder text = new StringBuilder();
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void writeString(String string, List<TextPosition> positions)
                  throws IOException {
                text.append(positions.get(0).getXDirAdj())
                    .append(',')
                    .append(positions.get(0).getYDirAdj())
                    .append(' ')
                    .append(string)
                    .append('\n');
              }
            };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        pages.add(text.toString());
      }
      return pages;
    }
  }
}
