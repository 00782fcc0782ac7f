package id.go.trenggalekkab.aptika.notification;

import id.go.trenggalekkab.aptika.document.DocumentStore;
import jakarta.mail.MessagingException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an official document's mail at once, for a process step that may go on only once the SMTP
 * server has accepted it. The step's job calls it: a failure is an exception (job retries, then an
 * incident); an accepted mail is recorded as TERKIRIM in a transaction of its own, so that a retry
 * of the job (its own transaction rolled back after the send) finds it and does not send it again.
 * One job runs on one node at a time (the engine's job lock), so several nodes do not send it twice
 * either. The mail never waits in the outbox, where the dispatcher would send it too.
 */
@Service
public class DirectMail {

  private final Outbox outbox;
  private final DocumentStore documents;
  private final MailSettings settings;
  private final ObjectProvider<JavaMailSender> sender;
  private final TransactionTemplate ownTransaction;

  DirectMail(
      Outbox outbox,
      DocumentStore documents,
      MailSettings settings,
      ObjectProvider<JavaMailSender> sender,
      PlatformTransactionManager transactions) {
    this.outbox = outbox;
    this.documents = documents;
    this.settings = settings;
    this.sender = sender;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Sends the mail unless this request's mail with this subject was accepted before.
   *
   * @return when the SMTP server accepted it (WIB, with offset)
   * @throws IllegalStateException when no SMTP server is configured or the send fails
   */
  public OffsetDateTime sendOnce(
      Collection<String> recipients,
      String subject,
      String body,
      String processInstanceId,
      List<String> attachmentDocumentIds) {
    var earlier = outbox.sent(processInstanceId, subject);
    if (earlier.isPresent()) {
      return earlier.get().sentAt();
    }
    JavaMailSender smtp =
        sender.getIfAvailable(
            () -> {
              throw new IllegalStateException(
                  "Server surel belum dikonfigurasi (spring.mail.host)");
            });
    Outbox.Mail mail =
        new Outbox.Mail(
            0,
            String.join(", ", recipients),
            subject,
            body,
            null,
            Outbox.WAITING,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            attachmentDocumentIds.isEmpty() ? null : String.join(",", attachmentDocumentIds),
            processInstanceId);
    try {
      smtp.send(MailDispatcher.compose(smtp, settings.from(), documents, mail));
    } catch (MessagingException e) {
      throw new IllegalStateException("Surel tidak dapat disusun: " + e.getMessage(), e);
    }
    ownTransaction.executeWithoutResult(status -> outbox.recordSent(mail));
    return outbox.sent(processInstanceId, subject).orElseThrow().sentAt();
  }
}
