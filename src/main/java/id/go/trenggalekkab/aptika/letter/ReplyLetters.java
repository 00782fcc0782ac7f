package id.go.trenggalekkab.aptika.letter;

import static id.go.trenggalekkab.aptika.letter.LetterVariables.BODY;
import static id.go.trenggalekkab.aptika.letter.LetterVariables.HAL;
import static id.go.trenggalekkab.aptika.letter.LetterVariables.LAMPIRAN;
import static id.go.trenggalekkab.aptika.letter.LetterVariables.SIFAT;
import static id.go.trenggalekkab.aptika.letter.LetterVariables.TEMBUSAN;

import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.process.ReferenceNumbers;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.signing.LetterSigner;
import id.go.trenggalekkab.aptika.signing.Signatory;
import id.go.trenggalekkab.aptika.signing.SignatureCheck;
import id.go.trenggalekkab.aptika.signing.SigningRefusedException;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import id.go.trenggalekkab.aptika.unit.Unit;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The reply letter of SOP 060/018 (steps 6 to 9): drafted from the request, edited by the
 * Pelaksana, numbered and signed once the Kadis approves.
 */
@Service
class ReplyLetters {

  private static final Logger LOG = LoggerFactory.getLogger(ReplyLetters.class);

  private final LetterProperties properties;
  private final UnitDirectory units;
  private final LetterHtml html;
  private final PdfRenderer renderer;
  private final DocumentStore documents;
  private final LetterRegister register;
  private final LetterNumbering numbering;
  private final LetterSigner signer;
  private final PublicAddress address;
  private final OfficeTemplates templates;

  ReplyLetters(
      LetterProperties properties,
      UnitDirectory units,
      LetterHtml html,
      PdfRenderer renderer,
      DocumentStore documents,
      LetterRegister register,
      LetterNumbering numbering,
      LetterSigner signer,
      PublicAddress address,
      OfficeTemplates templates) {
    this.properties = properties;
    this.units = units;
    this.html = html;
    this.renderer = renderer;
    this.documents = documents;
    this.register = register;
    this.numbering = numbering;
    this.signer = signer;
    this.address = address;
    this.templates = templates;
  }

  /** The text fields the system proposes; the Pelaksana may change each of them. */
  Map<String, Object> proposedText(Map<String, Object> request) {
    Object fqdn = request.get(RequestVariables.SUBDOMAIN_FQDN);
    Object created = request.get(RequestVariables.SERVICE_STATEMENT);
    if (created == null) {
      throw new IllegalStateException("Step 5 left no statement of what was done for " + fqdn);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("fqdn", fqdn);
    model.put("created", created);
    model.put("unitName", request.get(RequestVariables.UNIT_NAME));
    model.put("requestLetterNumber", request.get(RequestVariables.REQUEST_LETTER_NUMBER));
    model.put(
        "requestLetterDate",
        IndonesianDates.format(
            LocalDate.parse(request.get(RequestVariables.REQUEST_LETTER_DATE).toString())));
    Map<String, Object> text = new LinkedHashMap<>();
    text.put(SIFAT, "Biasa");
    text.put(LAMPIRAN, "-");
    text.put(HAL, templates.render("letters/reply-letter-hal.txt", model).strip());
    text.put(BODY, templates.render("letters/reply-letter-body.txt", model).strip());
    text.put(TEMBUSAN, String.join("\n", properties.tembusan()));
    return text;
  }

  /**
   * Renders and stores the draft (KONSEP, no number) from the request and its current text. When
   * the draft in force was rendered from the very same XHTML (the same text, date, unit and
   * signatory: the Pelaksana raised it without changing a word, on the day it was drafted), that
   * draft is the one read and signed off, and nothing is rendered or stored again.
   */
  Document draft(String processInstanceId, Map<String, Object> variables, LocalDate today) {
    String xhtml = html.letter(letter(variables, today));
    String source = LetterRegister.sourceDigest(xhtml);
    LetterRegister.Entry entry = register.of(processInstanceId, LetterRegister.REPLY_LETTER);
    if (source.equals(entry.draftSourceSha256())) {
      Optional<Document> same = documents.find(entry.draftDocumentId());
      if (same.isPresent()) {
        return same.get();
      }
    }
    byte[] pdf = renderer.render(xhtml).pdf();
    Document document =
        documents.save(
            "KONSEP_SURAT_BALASAN",
            "konsep-surat-balasan.pdf",
            "application/pdf",
            pdf,
            processInstanceId,
            null);
    register.draft(entry.id(), document.id(), source);
    return document;
  }

  /** The issued letter: numbered, rendered and signed; all or nothing with the caller's work. */
  record Issued(String number, Document document) {}

  Issued issue(
      String processInstanceId, Map<String, Object> variables, LocalDate today, String passphrase) {
    LetterRegister.Entry entry = register.of(processInstanceId, LetterRegister.REPLY_LETTER);
    String verificationUrl = LetterRegister.verificationUrl(address, entry.id());
    LetterNumbering.Number number = numbering.next(today.getYear());
    // BSrE draws its own QR code (leading to linkQR) over the mark; the local signer needs ours.
    Letter letter =
        letter(variables, today)
            .numbered(
                number.text(), today, signer.method().equals("BSRE") ? null : verificationUrl);
    PdfRenderer.Rendered rendered = renderer.render(html.letter(letter));
    byte[] signed;
    try {
      signed =
          signer.sign(
              rendered.pdf(),
              rendered.mark(),
              new LetterSigner.Signing(
                  letter.signatory().nama(),
                  "Surat balasan nomor " + number.text(),
                  properties.office().place(),
                  verificationUrl),
              passphrase);
      verify(signed, rendered.pdf());
    } catch (SigningRefusedException refused) {
      numbering.giveBack(number); // the refusal goes back to the Kadis and commits
      throw refused;
    }
    Document document =
        documents.save(
            "SURAT_BALASAN",
            "surat-balasan-" + number.year() + "-" + number.sequence() + ".pdf",
            "application/pdf",
            signed,
            processInstanceId,
            null);
    register.issue(entry.id(), number, document.id(), letter.signatory().nama(), signer.method());
    return new Issued(number.text(), document);
  }

  /**
   * Whatever the signer answered, the letter is kept only when its signature is valid, covers the
   * whole file, was made with the configured signer's certificate, and is the letter that was sent
   * to be signed. A file that is no PDF at all is a technical fault (the job fails, is retried, and
   * ends in an incident).
   */
  private void verify(byte[] signed, byte[] submitted) {
    SignatureCheck.Result check = SignatureCheck.check(signed, signer.certificate(), submitted);
    if (!check.readable()) {
      throw new IllegalStateException(
          "Layanan penandatanganan (" + signer.method() + ") mengembalikan berkas yang bukan PDF");
    }
    if (!check.intact()) {
      LOG.warn("Surat hasil penandatanganan ({}) ditolak: {}", signer.method(), check.problem());
      throw new SigningRefusedException(
          "Surat yang dikembalikan layanan penandatanganan tidak sah: "
              + check.problem()
              + " Surat belum diterbitkan: nomornya tidak dipakai, surat tidak dicatat dan tidak"
              + " dikirim. Setujui kembali untuk mencoba lagi; bila terulang, hubungi pengelola"
              + " aplikasi.");
    }
  }

  LetterRegister.Entry entry(String processInstanceId) {
    return register.of(processInstanceId, LetterRegister.REPLY_LETTER);
  }

  private Letter letter(Map<String, Object> variables, LocalDate date) {
    Unit unit =
        units
            .find(String.valueOf(variables.get(RequestVariables.UNIT_ID)))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Unit "
                            + variables.get(RequestVariables.UNIT_ID)
                            + " tidak ada di direktori"));
    Signatory kadis = properties.signer();
    return new Letter(
        null,
        date,
        text(variables, SIFAT),
        text(variables, LAMPIRAN),
        text(variables, HAL),
        unit.headTitle(),
        "Tempat",
        lines(text(variables, BODY), "\\n\\s*\\n"),
        new Letter.Signatory(kadis.jabatan(), kadis.nama(), kadis.pangkat(), kadis.nip()),
        lines(text(variables, TEMBUSAN), "\\n"),
        null,
        text(variables, ReferenceNumbers.VARIABLE));
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? "" : value.toString().strip();
  }

  private static List<String> lines(String text, String separator) {
    return Arrays.stream(text.split(separator))
        .map(line -> line.strip().replaceAll("\\s+", " "))
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
