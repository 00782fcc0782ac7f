package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

/**
 * The public page a signed letter's QR code leads to: whether the document we issued is intact and
 * who signed it. Anyone may also upload the copy they hold, which is compared with ours and
 * checked. The page shows the number, the signer and the time, never the letter's content.
 */
@RestController
class VerificationController {

  static final String PATH = "/verifikasi";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm 'WIB'", Locale.forLanguageTag("id-ID"))
          .withZone(ZoneId.of("Asia/Jakarta"));

  private final LetterRegister register;
  private final DocumentStore documents;

  VerificationController(LetterRegister register, DocumentStore documents) {
    this.register = register;
    this.documents = documents;
  }

  static String url(PublicAddress address, String letterId) {
    return address.link(PATH + "/" + letterId);
  }

  @GetMapping(value = PATH + "/{id}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String verify(@PathVariable String id) {
    return issued(id)
        .map(
            entry ->
                page(entry, SignatureCheck.check(documents.content(entry.finalDocumentId())), null))
        .orElseGet(VerificationController::unknown);
  }

  @PostMapping(value = PATH + "/{id}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String verifyCopy(@PathVariable String id, @RequestParam("berkas") MultipartFile copy)
      throws java.io.IOException {
    Optional<LetterRegister.Entry> entry = issued(id);
    if (entry.isEmpty()) {
      return unknown();
    }
    byte[] ours = documents.content(entry.get().finalDocumentId());
    boolean same = java.util.Arrays.equals(ours, copy.getBytes());
    return page(
        entry.get(),
        SignatureCheck.check(copy.getBytes()),
        same
            ? "Berkas yang Anda unggah sama persis dengan dokumen yang kami terbitkan."
            : "Berkas yang Anda unggah BERBEDA dengan dokumen yang kami terbitkan.");
  }

  private Optional<LetterRegister.Entry> issued(String id) {
    return register.find(id).filter(entry -> entry.finalDocumentId() != null);
  }

  private static String page(
      LetterRegister.Entry entry, SignatureCheck.Result check, String comparison) {
    StringBuilder html = new StringBuilder();
    html.append(
        "<h1>Verifikasi dokumen Dinas Komunikasi dan Informatika Kabupaten Trenggalek</h1>");
    if (comparison != null) {
      html.append("<p><strong>").append(e(comparison)).append("</strong></p>");
    }
    html.append(
            check.intact()
                ? "<p class=\"ok\">Tanda tangan elektronik SAH: dokumen utuh, tidak berubah sejak"
                    + " ditandatangani.</p>"
                : "<p class=\"bad\">Tanda tangan elektronik TIDAK SAH: "
                    + e(check.problem())
                    + "</p>")
        .append("<table><tr><th>Nomor</th><td>")
        .append(e(entry.letterNumber() == null ? "-" : entry.letterNumber()))
        .append("</td></tr><tr><th>Ditandatangani oleh</th><td>")
        .append(e(check.intact() ? check.signerName() : entry.signerName()))
        .append("</td></tr><tr><th>Waktu tanda tangan</th><td>")
        .append(check.signedAt() == null ? "-" : e(TIME.format(check.signedAt())))
        .append("</td></tr><tr><th>Sertifikat</th><td>")
        .append(e(check.subject() == null ? "-" : check.subject()))
        .append("</td></tr></table>");
    if (check.developmentCertificate()) {
      html.append(
          "<p class=\"bad\">Perhatian: ditandatangani dengan SERTIFIKAT PENGEMBANGAN, bukan"
              + " sertifikat BSrE. Dokumen ini bukan naskah dinas yang sah.</p>");
    }
    html.append("<form method=\"post\" enctype=\"multipart/form-data\">")
        .append("<p>Bandingkan salinan yang Anda terima: <input type=\"file\" name=\"berkas\"")
        .append(
            " accept=\"application/pdf\"/> <button type=\"submit\">Periksa</button></p></form>");
    return wrap(html.toString());
  }

  private static String unknown() {
    return wrap(
        "<h1>Dokumen tidak dikenal</h1><p>Kode verifikasi ini tidak ada dalam daftar"
            + " dokumen yang kami terbitkan.</p>");
  }

  private static String wrap(String body) {
    return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/>"
        + "<title>Verifikasi dokumen</title><style>body{font-family:sans-serif;max-width:48rem;"
        + "margin:2rem auto}th{text-align:left;padding-right:1rem}.ok{color:#060}"
        + ".bad{color:#a00}</style></head><body>"
        + body
        + "</body></html>";
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
