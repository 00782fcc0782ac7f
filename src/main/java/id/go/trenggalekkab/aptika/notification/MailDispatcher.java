package id.go.trenggalekkab.aptika.notification;

import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the waiting mails of the {@link Outbox} over SMTP, when one is configured ({@code
 * spring.mail.host}), with their stored documents attached. A failed send stays waiting and is
 * tried again on the next round. Without SMTP (the default profile) the outbox itself is where
 * people read the mail.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  private final Outbox outbox;
  private final JavaMailSender sender;
  private final String from;
  private final DocumentStore documents;

  MailDispatcher(
      Outbox outbox,
      DocumentStore documents,
      JavaMailSender sender,
      @Value("${aptika.mail.from:noreply@kominfo.trenggalekkab.go.id}") String from) {
    this.outbox = outbox;
    this.documents = documents;
    this.sender = sender;
    this.from = from;
  }

  @Scheduled(fixedDelayString = "${aptika.mail.dispatch-interval:PT30S}")
  void dispatch() {
    for (Outbox.Mail mail : outbox.waiting()) {
      try {
        sender.send(message(mail));
        outbox.markSent(mail.id());
      } catch (MailException | MessagingException e) {
        LOG.warn("E-mail {} belum terkirim, dicoba lagi nanti: {}", mail.id(), e.getMessage());
        outbox.markFailed(mail.id(), String.valueOf(e.getMessage()));
      }
    }
  }

  private MimeMessage message(Outbox.Mail mail) throws MessagingException {
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
