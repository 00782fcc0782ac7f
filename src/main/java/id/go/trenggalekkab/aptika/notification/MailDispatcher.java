package id.go.trenggalekkab.aptika.notification;

import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the waiting mails of the {@link Outbox} over SMTP, when one is configured ({@code
 * spring.mail.host}), with their stored documents attached. A failed send is tried again after a
 * pause that doubles each time; after {@code aptika.mail.max-attempts} attempts the mail is GAGAL
 * and waits for a person (retry, or record that it went out another way). Without SMTP (the default
 * profile) the outbox itself is where people read the mail.
 *
 * <p>On several nodes, one dispatches at a time (ShedLock), and each mail is claimed in the
 * database before it is sent ({@link Outbox#claim}), so no mail is sent twice even when a send
 * outlives the lock. A node that dies after the SMTP server accepted a mail and before marking it
 * sent leaves it MENGIRIM; after the lease it is TIDAK_PASTI, for a person to check and either
 * retry or record as sent: at most once, never silently twice.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  /** Longer than any one send may take (see the SMTP timeouts in application.yaml). */
  private static final Duration LEASE = Duration.ofMinutes(10);

  private final Outbox outbox;
  private final JavaMailSender sender;
  private final MailSettings settings;
  private final DocumentStore documents;

  MailDispatcher(
      Outbox outbox, DocumentStore documents, JavaMailSender sender, MailSettings settings) {
    this.outbox = outbox;
    this.documents = documents;
    this.sender = sender;
    this.settings = settings;
  }

  @Scheduled(fixedDelayString = "${aptika.mail.dispatch-interval:PT30S}")
  @SchedulerLock(name = "mailDispatcher.dispatch")
  void dispatch() {
    Instant now = Instant.now();
    int uncertain = outbox.markUncertain(now);
    if (uncertain > 0) {
      LOG.warn(
          "{} e-mail ditandai TIDAK_PASTI: pengirimnya berhenti saat mengirim. Periksa apakah"
              + " sudah diterima, lalu kirim ulang atau catat dikirim manual.",
          uncertain);
    }
    for (Outbox.Mail mail : outbox.due(now)) {
      if (!outbox.claim(mail.id(), now, now.plus(LEASE))) {
        continue;
      }
      try {
        sender.send(compose(sender, settings.from(), documents, mail));
        outbox.markSent(mail.id());
      } catch (MailException | MessagingException e) {
        failed(mail, e);
      }
    }
  }

  private void failed(Outbox.Mail mail, Exception e) {
    int attempts = mail.attempts() + 1;
    Instant next =
        attempts >= settings.maxAttempts()
            ? null
            : Instant.now().plus(settings.pauseAfter(attempts));
    // The exception's own message: SMTP replies and connection errors, never the credentials.
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    outbox.markAttemptFailed(mail.id(), error, next);
    if (next == null) {
      LOG.warn("E-mail {} gagal dikirim {} kali, ditandai GAGAL: {}", mail.id(), attempts, error);
    } else {
      LOG.warn(
          "E-mail {} belum terkirim (percobaan {}), dicoba lagi {}: {}",
          mail.id(),
          attempts,
          next,
          error);
    }
  }

  /** The MIME message of a mail, with its stored documents attached. */
  static MimeMessage compose(
      JavaMailSender sender, String from, DocumentStore documents, Outbox.Mail mail)
      throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper =
        new MimeMessageHelper(
            message,
            mail.attachments().isEmpty()
                ? MimeMessageHelper.MULTIPART_MODE_NO
                : MimeMessageHelper.MULTIPART_MODE_MIXED,
            StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(mail.recipients().split(",\\s*"));
    helper.setSubject(mail.subject());
    helper.setText(mail.body());
    for (String documentId : mail.attachments()) {
      Document document =
          documents
              .find(documentId)
              .orElseThrow(() -> new MessagingException("Lampiran " + documentId + " tidak ada"));
      helper.addAttachment(
          document.fileName(),
          new ByteArrayResource(documents.content(documentId)),
          document.mimeType());
    }
    return message;
  }
}
