package id.go.trenggalekkab.aptika.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the waiting mails of the {@link Outbox} over SMTP, when one is configured ({@code
 * spring.mail.host}). A failed send stays waiting and is tried again on the next round. Without
 * SMTP (the default profile) the outbox itself is where people read the mail.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  private final Outbox outbox;
  private final JavaMailSender sender;
  private final String from;

  MailDispatcher(
      Outbox outbox,
      JavaMailSender sender,
      @Value("${aptika.mail.from:noreply@kominfo.trenggalekkab.go.id}") String from) {
    this.outbox = outbox;
    this.sender = sender;
    this.from = from;
  }

  @Scheduled(fixedDelayString = "${aptika.mail.dispatch-interval:PT30S}")
  void dispatch() {
    for (Outbox.Mail mail : outbox.waiting()) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(mail.recipients().split(",\\s*"));
      message.setSubject(mail.subject());
      message.setText(mail.body());
      try {
        sender.send(message);
        outbox.markSent(mail.id());
      } catch (MailException e) {
        LOG.warn("E-mail {} belum terkirim, dicoba lagi nanti: {}", mail.id(), e.getMessage());
        outbox.markFailed(mail.id(), e.getMessage());
      }
    }
  }
}
