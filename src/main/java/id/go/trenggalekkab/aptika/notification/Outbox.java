package id.go.trenggalekkab.aptika.notification;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every e-mail of the application, kept before it is sent. It is written in the caller's
 * transaction, so a mail is never lost and never sent for work that rolled back; the {@link
 * MailDispatcher} sends it afterwards, when an SMTP server is configured.
 */
@Service
public class Outbox {

  public record Mail(
      long id,
      String recipients,
      String subject,
      String body,
      LocalDateTime createdAt,
      String status,
      int attempts,
      LocalDateTime sentAt,
      String lastError,
      String attachmentDocumentIds,
      String processInstanceId) {

    /** The stored documents to attach, by their ids in the document store. */
    public List<String> attachments() {
      return attachmentDocumentIds == null || attachmentDocumentIds.isBlank()
          ? List.of()
          : List.of(attachmentDocumentIds.split(","));
    }
  }

  static final String WAITING = "MENUNGGU";
  static final String SENT = "TERKIRIM";
  static final String KEPT = "DISIMPAN";

  private final JdbcClient jdbc;

  Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues a mail; without recipients it is kept, marked so, for a person to read. */
  public void queue(Collection<String> recipients, String subject, String body) {
    queue(recipients, subject, body, null, List.of());
  }

  /**
   * Queues a mail of a request with stored documents attached: the outbox keeps their ids, the
   * files stay in the document store.
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
            subject,
            body,
            LocalDateTime.now(),
            recipients.isEmpty() ? KEPT : WAITING,
            processInstanceId,
            attachmentDocumentIds.isEmpty() ? null : String.join(",", attachmentDocumentIds))
        .update();
  }

  /** The mails of one request, oldest first. */
  public List<Mail> of(String processInstanceId) {
    return jdbc.sql("select * from apt_outbox where process_instance_id = ? order by id")
        .param(processInstanceId)
        .query(Mail.class)
        .list();
  }

  public List<Mail> latest(int limit) {
    return jdbc.sql("select * from apt_outbox order by id desc limit ?")
        .param(limit)
        .query(Mail.class)
        .list();
  }

  List<Mail> waiting() {
    return jdbc.sql("select * from apt_outbox where status = ? order by id")
        .param(WAITING)
        .query(Mail.class)
        .list();
  }

  void markSent(long id) {
    jdbc.sql("update apt_outbox set status = ?, sent_at = ?, attempts = attempts + 1 where id = ?")
        .params(SENT, LocalDateTime.now(), id)
        .update();
  }

  void markFailed(long id, String error) {
    jdbc.sql("update apt_outbox set attempts = attempts + 1, last_error = ? where id = ?")
        .params(error.length() > 1000 ? error.substring(0, 1000) : error, id)
        .update();
  }
}
