package id.go.trenggalekkab.aptika.verification;

import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.letter.LetterRegister;
import id.go.trenggalekkab.aptika.signing.SignatureCheck;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public page a signed letter's QR code leads to: whether the document we issued is intact and
 * who signed it. Anyone may also upload the copy they hold, which is compared with ours and
 * checked. The page shows the number, the signer and the time, never the letter's content.
 */
@RestController
class VerificationController {

  static final String PATH = LetterRegister.VERIFICATION_PATH;
  static final String TEMPLATE = "pages/verification.html";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm 'WIB'", Locale.forLanguageTag("id-ID"))
          .withZone(OfficeTime.ZONE);

  private final LetterRegister register;
  private final DocumentStore documents;
  private final OfficeTemplates templates;

  VerificationController(
      LetterRegister register, DocumentStore documents, OfficeTemplates templates) {
    this.register = register;
    this.documents = documents;
    this.templates = templates;
  }

  @GetMapping(value = PATH + "/{id}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String verify(@PathVariable String id) {
    return issued(id)
        .map(
            entry ->
                page(entry, SignatureCheck.check(documents.content(entry.finalDocumentId())), null))
        .orElseGet(this::unknown);
  }

  @PostMapping(value = PATH + "/{id}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String verifyCopy(@PathVariable String id, @RequestParam("berkas") MultipartFile copy)
      throws IOException {
    Optional<LetterRegister.Entry> entry = issued(id);
    if (entry.isEmpty()) {
      return unknown();
    }
    byte[] ours = documents.content(entry.get().finalDocumentId());
    return page(
        entry.get(), SignatureCheck.check(copy.getBytes()), Arrays.equals(ours, copy.getBytes()));
  }

  private Optional<LetterRegister.Entry> issued(String id) {
    return register.find(id).filter(entry -> entry.finalDocumentId() != null);
  }

  private String page(LetterRegister.Entry entry, SignatureCheck.Result check, Boolean sameCopy) {
    Map<String, Object> model = new HashMap<>();
    model.put("known", true);
    model.put("comparison", sameCopy);
    model.put("intact", check.intact());
    model.put("problem", check.problem());
    model.put("number", entry.letterNumber());
    model.put("signerName", check.intact() ? check.signerName() : entry.signerName());
    model.put("signedAt", check.signedAt() == null ? null : TIME.format(check.signedAt()));
    model.put("certificate", check.subject());
    model.put("developmentCertificate", check.developmentCertificate());
    return templates.render(TEMPLATE, model);
  }

  private String unknown() {
    return templates.render(TEMPLATE, Map.of("known", false));
  }
}
