package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of the office's issued documents (table apt_letter), one row per letter. */
@Repository
public class LetterRegister {

  /** A letter as registered; its id is also the code of its verification page. */
  public record Entry(
      String id,
      String kind,
      String processInstanceId,
      String letterNumber,
      String draftDocumentId,
      String draftSourceSha256,
      String finalDocumentId,
      String signerName,
      String signerMethod,
      LocalDateTime signedAt) {}

  /** Where anyone holding a printed letter checks it; its QR code points there. */
  public static final String VERIFICATION_PATH = "/verifikasi";

  static final String REPLY_LETTER = "SURAT_BALASAN";
  static final String ACTIVITY_REPORT = "LAPORAN_KEGIATAN";

  private static final String COLUMNS =
      "id, kind, process_instance_id, letter_number, draft_document_id, draft_source_sha256,"
          + " final_document_id,"
          + " signer_name, signer_method, signed_at";

  private final JdbcClient jdbc;

  LetterRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The request's letter of this kind, created on first use. */
  Entry of(String processInstanceId, String kind) {
    return find(processInstanceId, kind)
        .orElseGet(
            () -> {
              jdbc.sql(
                      "insert into apt_letter (id, kind, process_instance_id, created_at)"
                          + " values (?, ?, ?, ?)")
                  .params(
                      UUID.randomUUID().toString(),
                      kind,
                      processInstanceId,
                      OfficeTime.databaseNow())
                  .update();
              return find(processInstanceId, kind).orElseThrow();
            });
  }

  public Optional<Entry> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from apt_letter where id = ?")
        .param(id)
        .query(Entry.class)
        .optional();
  }

  private Optional<Entry> find(String processInstanceId, String kind) {
    return jdbc.sql(
            "select " + COLUMNS + " from apt_letter where process_instance_id = ? and kind = ?")
        .params(processInstanceId, kind)
        .query(Entry.class)
        .optional();
  }

  /** The draft now in force, and the digest of the XHTML it was rendered from. */
  void draft(String id, String documentId, String sourceSha256) {
    jdbc.sql("update apt_letter set draft_document_id = ?, draft_source_sha256 = ? where id = ?")
        .params(documentId, sourceSha256, id)
        .update();
  }

  void issue(
      String id,
      LetterNumbering.Number number,
      String documentId,
      String signerName,
      String signerMethod) {
    jdbc.sql(
            """
            update apt_letter set letter_number = ?, number_year = ?, sequence_number = ?,
              final_document_id = ?, signer_name = ?, signer_method = ?, signed_at = ?
            where id = ?""")
        .params(
            number == null ? null : number.text(),
            number == null ? null : number.year(),
            number == null ? null : number.sequence(),
            documentId,
            signerName,
            signerMethod,
            OfficeTime.databaseNow(),
            id)
        .update();
  }

  /** The digest of the XHTML a document is rendered from, kept with its draft. */
  static String sourceDigest(String xhtml) {
    return DocumentStore.sha256(xhtml.getBytes(StandardCharsets.UTF_8));
  }

  /** The public address of a letter's verification page. */
  static String verificationUrl(PublicAddress address, String letterId) {
    return address.link(VERIFICATION_PATH + "/" + letterId);
  }
}
