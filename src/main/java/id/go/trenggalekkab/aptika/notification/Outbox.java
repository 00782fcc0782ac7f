package id.go.trenggalekkab.aptika.notification;

import id.go.trenggalekkab.aptika.process.ReferenceNumbers;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.OfficeTimeRows;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every e-mail of the application, kept before it is sent. It is written in the caller's
 * transaction, so a mail is never lost and never sent for work that rolled back; the {@link
 * MailDispatcher} sends it afterwards, when an SMTP server is configured.
 */
@Service
public class Outbox {

  /** One mail; its times in WIB with their offset, as they leave the application. */
  public record Mail(
      long id,
      String recipients,
      String subject,
      String body,
      OffsetDateTime createdAt,
      String status,
      int attempts,
      OffsetDateTime nextAttemptAt,
      OffsetDateTime sentAt,
      String lastError,
      LocalDate manualSentOn,
      String manualChannel,
      String manualNote,
      String handledBy,
      String attachmentDocumentIds,
      String processInstanceId) {

    /** The stored documents to attach, by their ids in the document store. */
    public List<String> attachments() {
      return attachmentDocumentIds == null || attachmentDocumentIds.isBlank()
          ? List.of()
          : List.of(attachmentDocumentIds.split(","));
    }
  }

  /**
   * How many mails wait to be sent, how many failed every attempt, and how many may or may not have
   * gone out (a node stopped while sending them).
   */
  public record Backlog(long waiting, long failed, long uncertain) {}

  static final String WAITING = "MENUNGGU";
  static final String SENT = "TERKIRIM";
  static final String KEPT = "DISIMPAN";
  static final String FAILED = "GAGAL";
  static final String SENT_BY_HAND = "DIKIRIM_MANUAL";
  static final String SENDING = "MENGIRIM";
  static final String UNCERTAIN = "TIDAK_PASTI";
  static final List<String> STATUSES =
      List.of(WAITING, SENDING, SENT, KEPT, FAILED, UNCERTAIN, SENT_BY_HAND);

  /** The statuses of mails nobody has anything left to do with. */
  public static final List<String> DONE = List.of(SENT, SENT_BY_HAND, KEPT);

  private static final RowMapper<Mail> MAIL = OfficeTimeRows.of(Mail.class);

  private final JdbcClient jdbc;
  private final ReferenceNumbers references;

  Outbox(JdbcClient jdbc, ReferenceNumbers references) {
    this.jdbc = jdbc;
    this.references = references;
  }

  /** Queues a mail; without recipients it is kept, marked so, for a person to read. */
  public void queue(Collection<String> recipients, String subject, String body) {
    queue(recipients, subject, body, null, List.of());
  }

  /**
   * Queues a mail of a request with stored documents attached: the outbox keeps their ids, the
   * files stay in the document store. Its subject begins with the request's reference number
   * ("[SD-2026-0007] ..."), so every mail of a request is found by it.
   */
  public void queue(
      Collection<String> recipients,
      String subject,
      String body,
      String processInstanceId,
      List<String> attachmentDocumentIds) {
    jdbc.sql(
            """
            insert into apt_outbox (recipients, subject, body, created_at, status, attempts,
              process_instance_id, attachment_document_ids)
            values (?, ?, ?, ?, ?, 0, ?, ?)""")
        .params(
            String.join(", ", recipients),
            ReferenceNumbers.inSubject(references.of(processInstanceId).orElse(null), subject),
            body,
            OfficeTime.forDatabase(Instant.now()),
            recipients.isEmpty() ? KEPT : WAITING,
            processInstanceId,
            attachmentDocumentIds.isEmpty() ? null : String.join(",", attachmentDocumentIds))
        .update();
  }

  /**
   * Records a mail the SMTP server has just accepted ({@link DirectMail}): its own transaction,
   * committed whatever happens to the caller's, so that a retry of the caller finds it sent.
   */
  void recordSent(Mail mail) {
    LocalDateTime now = OfficeTime.forDatabase(Instant.now());
    jdbc.sql(
            """
            insert into apt_outbox (recipients, subject, body, created_at, status, attempts,
              sent_at, process_instance_id, attachment_document_ids)
            values (?, ?, ?, ?, ?, 1, ?, ?, ?)""")
        .params(
            mail.recipients(),
            mail.subject(),
            mail.body(),
            now,
            SENT,
            now,
            mail.processInstanceId(),
            mail.attachmentDocumentIds())
        .update();
  }

  /** A mail of the request with this subject that an SMTP server accepted, if any. */
  Optional<Mail> sent(String processInstanceId, String subject) {
    return jdbc
        .sql(
            """
            select * from apt_outbox where process_instance_id = ? and subject = ? and status = ?
            order by id""")
        .params(processInstanceId, subject, SENT)
        .query(MAIL)
        .list()
        .stream()
        .findFirst();
  }

  /** The mails of one request, oldest first. */
  public List<Mail> of(String processInstanceId) {
    return jdbc.sql("select * from apt_outbox where process_instance_id = ? order by id")
        .param(processInstanceId)
        .query(MAIL)
        .list();
  }

  public Backlog backlog() {
    Map<String, Long> byStatus =
        jdbc
            .sql(
                "select status, count(*) as mails from apt_outbox where status in (?, ?, ?)"
                    + " group by status")
            .params(WAITING, FAILED, UNCERTAIN)
            .query((row, n) -> Map.entry(row.getString("status"), row.getLong("mails")))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return new Backlog(
        byStatus.getOrDefault(WAITING, 0L),
        byStatus.getOrDefault(FAILED, 0L),
        byStatus.getOrDefault(UNCERTAIN, 0L));
  }

  public List<Mail> latest(int limit) {
    return jdbc.sql("select * from apt_outbox order by id desc limit ?")
        .param(limit)
        .query(MAIL)
        .list();
  }

  List<Mail> latest(String status, int limit) {
    return jdbc.sql("select * from apt_outbox where status = ? order by id desc limit ?")
        .params(status, limit)
        .query(MAIL)
        .list();
  }

  Optional<Mail> find(long id) {
    return jdbc.sql("select * from apt_outbox where id = ?").param(id).query(MAIL).optional();
  }

  /** Waiting mails whose next attempt is due. */
  List<Mail> due(Instant now) {
    return jdbc.sql(
            """
            select * from apt_outbox where status = ?
              and (next_attempt_at is null or next_attempt_at <= ?) order by id""")
        .params(WAITING, OfficeTime.forDatabase(now))
        .query(MAIL)
        .list();
  }

  /**
   * Claims a due mail for one send: MENGIRIM until the end of the lease, committed before the send.
   * Of two dispatchers only one update finds the row still due (the database re-reads a row another
   * transaction changed before updating it), so only one sends it. A mail is never claimed twice:
   * if its sender dies between the SMTP server's answer and {@link #markSent}, nobody knows whether
   * it went out, and {@link #markUncertain} hands it to a person instead of sending it again.
   */
  boolean claim(long id, Instant now, Instant leaseEnd) {
    return jdbc.sql(
                """
                update apt_outbox set status = ?, next_attempt_at = ? where id = ? and status = ?
                  and (next_attempt_at is null or next_attempt_at <= ?)""")
            .params(
                SENDING, OfficeTime.forDatabase(leaseEnd), id, WAITING, OfficeTime.forDatabase(now))
            .update()
        == 1;
  }

  /** Claimed mails whose lease has passed without an outcome become TIDAK_PASTI; how many. */
  int markUncertain(Instant now) {
    return jdbc.sql("update apt_outbox set status = ? where status = ? and next_attempt_at <= ?")
        .params(UNCERTAIN, SENDING, OfficeTime.forDatabase(now))
        .update();
  }

  // Both marks record the outcome of a send that outlived its lease too; they leave alone a mail a
  // person recorded as sent by hand while it was being sent.

  void markSent(long id) {
    jdbc.sql(
            """
            update apt_outbox set status = ?, sent_at = ?, attempts = attempts + 1,
              next_attempt_at = null where id = ? and status in (?, ?)""")
        .params(SENT, OfficeTime.forDatabase(Instant.now()), id, SENDING, UNCERTAIN)
        .update();
  }

  /** Counts a failed attempt: the mail waits until {@code nextAttempt}, or without one is GAGAL. */
  void markAttemptFailed(long id, String error, Instant nextAttempt) {
    jdbc.sql(
            """
            update apt_outbox set attempts = attempts + 1, last_error = ?, status = ?,
              next_attempt_at = ? where id = ? and status in (?, ?)""")
        .params(
            error.length() > 1000 ? error.substring(0, 1000) : error,
            nextAttempt == null ? FAILED : WAITING,
            nextAttempt == null ? null : OfficeTime.forDatabase(nextAttempt),
            id,
            SENDING,
            UNCERTAIN)
        .update();
  }

  /**
   * A failed mail, or one a person has checked did not go out (TIDAK_PASTI), waits again, with
   * max-attempts attempts before it as at first.
   */
  boolean retry(long id, String by) {
    return jdbc.sql(
                """
                update apt_outbox set status = ?, attempts = 0, next_attempt_at = null,
                  handled_by = ? where id = ? and status in (?, ?)""")
            .params(WAITING, by, id, FAILED, UNCERTAIN)
            .update()
        == 1;
  }

  /** Records that a person sent the mail another way; the dispatcher leaves it alone. */
  boolean markSentByHand(long id, LocalDate sentOn, String channel, String note, String by) {
    return jdbc.sql(
                """
                update apt_outbox set status = ?, manual_sent_on = ?, manual_channel = ?,
                  manual_note = ?, handled_by = ?, next_attempt_at = null
                where id = ? and status in (?, ?, ?, ?, ?)""")
            .params(
                SENT_BY_HAND,
                sentOn,
                channel,
                note,
                by,
                id,
                WAITING,
                SENDING,
                FAILED,
                KEPT,
                UNCERTAIN)
            .update()
        == 1;
  }
}
