package id.go.trenggalekkab.aptika.letter;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The XHTML of the office's documents in the Tata Naskah Dinas layout: the kop surat shared by all,
 * the surat dinas ({@link Letter}) and the activity report. A draft carries a KONSEP mark on every
 * page and no number.
 */
@Component
class LetterHtml {

  private static final String STYLE =
      """
      @page { size: A4; margin: 1.5cm 2cm 2cm 2.5cm;
        @bottom-center { content: element(footer); } }
      body { font-family: '%s', serif; font-size: 12pt; line-height: 1.35; }
      .kop { text-align: center; border-bottom: 3px double #000; padding-bottom: 4pt; }
      .kop .gov { font-size: 14pt; font-weight: bold; }
      .kop .office { font-size: 16pt; font-weight: bold; }
      .kop .contact { font-size: 10pt; }
      .draft { position: running(footer); }
      .watermark { position: fixed; top: 9cm; left: 2cm; font-size: 90pt; color: #d0d0d0;
        transform: rotate(-35deg); font-weight: bold; z-index: -1; }
      .draft-note { font-size: 10pt; color: #a00000; text-align: center; }
      .place-date { text-align: right; margin-top: 10pt; }
      table.meta td { padding: 0 4pt 0 0; vertical-align: top; }
      .addressee { margin: 12pt 0 12pt 0; }
      p.body { text-indent: 1.25cm; text-align: justify; margin: 0 0 8pt 0; }
      .signature { margin-left: 50%%; margin-top: 16pt; }
      #signature-mark { height: 2.6cm; border: 1px solid #777; margin: 4pt 0; padding: 3pt;
        font-size: 8pt; }
      #signature-mark img { width: 2.2cm; height: 2.2cm; float: left; margin-right: 4pt; }
      .signer-name { font-weight: bold; text-decoration: underline; }
      .tembusan { margin-top: 18pt; font-size: 11pt; }
      .registration { margin-top: 12pt; font-size: 9pt; }
      table.grid { border-collapse: collapse; width: 100%%; font-size: 10pt; }
      table.grid td, table.grid th { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
      h1 { font-size: 13pt; text-align: center; margin: 12pt 0 8pt 0; }
      h2 { font-size: 12pt; margin: 10pt 0 4pt 0; }
      """
          .formatted(PdfRenderer.FONT_FAMILY);

  private final LetterProperties properties;

  LetterHtml(LetterProperties properties) {
    this.properties = properties;
  }

  String letter(Letter letter) {
    StringBuilder html = open(letter.isDraft());
    html.append("<div class=\"place-date\">")
        .append(e(properties.office().place()))
        .append(", ")
        .append(e(IndonesianDates.format(letter.date())))
        .append("</div>\n<table class=\"meta\">")
        .append(row("Nomor", letter.isDraft() ? "(diberikan saat disetujui)" : letter.number()))
        .append(row("Sifat", letter.sifat()))
        .append(row("Lampiran", letter.lampiran()))
        .append(row("Hal", letter.hal()))
        .append("</table>\n<div class=\"addressee\">Yth. ")
        .append(e(letter.addresseeTitle()))
        .append("<br/>di<br/>&#160;&#160;&#160;&#160;")
        .append(e(letter.addresseePlace()))
        .append("</div>\n");
    for (String paragraph : letter.body()) {
      html.append("<p class=\"body\">").append(e(paragraph)).append("</p>\n");
    }
    Letter.Signatory signatory = letter.signatory();
    html.append("<div class=\"signature\">")
        .append(e(signatory.jabatan()))
        .append("<div id=\"")
        .append(PdfRenderer.MARK_ID)
        .append("\">");
    if (letter.isDraft()) {
      html.append("KONSEP: belum ditandatangani.");
    } else if (letter.verificationUrl() != null) {
      html.append("<img src=\"")
          .append(QrCode.dataUri(letter.verificationUrl()))
          .append("\"/>Ditandatangani secara elektronik.<br/>Nomor ")
          .append(e(letter.number()))
          .append("<br/>Periksa keaslian: pindai kode QR atau buka ")
          .append(e(letter.verificationUrl()));
    }
    html.append("</div><span class=\"signer-name\">")
        .append(e(signatory.nama()))
        .append("</span><br/>")
        .append(e(signatory.pangkat()))
        .append("<br/>NIP. ")
        .append(e(signatory.nip()))
        .append("</div>\n");
    if (!letter.tembusan().isEmpty()) {
      html.append("<div class=\"tembusan\">Tembusan:<ol>");
      letter.tembusan().forEach(line -> html.append("<li>").append(e(line)).append("</li>"));
      html.append("</ol></div>\n");
    }
    if (letter.registration() != null && !letter.registration().isBlank()) {
      html.append("<div class=\"registration\">Nomor registrasi permohonan: ")
          .append(e(letter.registration()))
          .append("</div>\n");
    }
    return close(html);
  }

  /** A report: a title, sections of label/value rows and tables, and a signature of its author. */
  String report(ActivityReport report) {
    StringBuilder html = open(report.isDraft());
    html.append("<h1>").append(e(report.title())).append("</h1>\n");
    for (ActivityReport.Section section : report.sections()) {
      html.append("<h2>").append(e(section.heading())).append("</h2>\n<table class=\"grid\">");
      if (!section.header().isEmpty()) {
        html.append("<tr>");
        section.header().forEach(cell -> html.append("<th>").append(e(cell)).append("</th>"));
        html.append("</tr>");
      }
      for (List<String> row : section.rows()) {
        html.append("<tr>");
        row.forEach(cell -> html.append("<td>").append(e(cell)).append("</td>"));
        html.append("</tr>");
      }
      html.append("</table>\n");
    }
    html.append("<div class=\"place-date\">")
        .append(e(properties.office().place()))
        .append(", ")
        .append(e(IndonesianDates.format(report.date())))
        .append("</div><div class=\"signature\">")
        .append(e(report.authorJabatan()))
        .append("<br/><br/><br/><span class=\"signer-name\">")
        .append(e(report.authorName()))
        .append("</span></div>\n");
    return close(html);
  }

  private StringBuilder open(boolean draft) {
    LetterProperties.Office office = properties.office();
    StringBuilder html =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html><head><meta charset=\"UTF-8\"/>"
                + "<style>");
    html.append(STYLE).append("</style></head><body>\n");
    if (draft) {
      html.append("<div class=\"watermark\">KONSEP</div>")
          .append("<div class=\"draft draft-note\">KONSEP: belum bernomor dan belum")
          .append(" ditandatangani, bukan naskah dinas yang sah.</div>\n");
    }
    html.append("<div class=\"kop\"><div class=\"gov\">")
        .append(e(office.government()))
        .append("</div><div class=\"office\">")
        .append(e(office.name()))
        .append("</div><div class=\"contact\">")
        .append(e(office.address()))
        .append(" Telepon ")
        .append(e(office.phone()))
        .append("<br/>Laman ")
        .append(e(office.website()))
        .append(" Pos-el ")
        .append(e(office.email()))
        .append("</div></div>\n");
    return html;
  }

  private static String close(StringBuilder html) {
    return html.append("</body></html>").toString();
  }

  private static String row(String label, String value) {
    return "<tr><td>" + e(label) + "</td><td>:</td><td>" + e(value) + "</td></tr>";
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
