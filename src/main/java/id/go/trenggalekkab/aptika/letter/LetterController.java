package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letters and reports the office issued, newest first, with their mail: whether and when it was
 * sent. Step 9 is the Pelaksana's, who has no task left once the process ends; this is where the
 * Pelaksana (and the Kabid, Kadis and managers) see the letter sent and when.
 */
@RestController
class LetterController {

  /** One issued document and its mail (null fields when not queued yet). */
  record Issued(
      String kind,
      String letterNumber,
      String processInstanceId,
      String documentUrl,
      String verificationUrl,
      String signerName,
      OffsetDateTime signedAt,
      String recipients,
      String mailStatus,
      OffsetDateTime sentAt,
      Integer attempts) {}

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final PublicAddress address;

  LetterController(JdbcClient jdbc, CurrentUser currentUser, PublicAddress address) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.address = address;
  }

  @GetMapping("/api/letters")
  List<Issued> issued(@RequestParam(defaultValue = "50") int limit) {
    currentUser.requireOfficeStaff("daftar surat");
    // the signed letters, the most recent first through the index on signed_at
    return jdbc.sql(
            """
            select l.id, l.kind, l.letter_number, l.process_instance_id, l.final_document_id,
              l.signer_name, l.signed_at, o.recipients, o.status, o.sent_at, o.attempts
            from apt_letter l
            left join apt_outbox o on o.process_instance_id = l.process_instance_id
              and o.attachment_document_ids = l.final_document_id
            where l.signed_at is not null and l.final_document_id is not null
            order by l.signed_at desc, l.id
            limit ?""")
        .param(Math.min(Math.max(limit, 1), 500))
        .query(
            (row, i) ->
                new Issued(
                    row.getString("kind"),
                    row.getString("letter_number"),
                    row.getString("process_instance_id"),
                    "/api/documents/" + row.getString("final_document_id"),
                    row.getString("letter_number") == null
                        ? null
                        : LetterRegister.verificationUrl(address, row.getString("id")),
                    row.getString("signer_name"),
                    OfficeTime.of(row.getTimestamp("signed_at")),
                    row.getString("recipients"),
                    row.getString("status"),
                    OfficeTime.of(row.getTimestamp("sent_at")),
                    (Integer) row.getObject("attempts")))
        .list();
  }
}
