package id.go.trenggalekkab.aptika.notification;

import id.go.trenggalekkab.aptika.document.DocumentStore;
import java.time.Duration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends the outbox's waiting mail to an SMTP server on this machine, as the dispatcher does. */
public final class OutboxDelivery {

  private OutboxDelivery() {}

  public static void deliver(Outbox outbox, DocumentStore documents, int smtpPort) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtpPort);
    new MailDispatcher(
            outbox,
            documents,
            sender,
            new MailSettings("noreply@kominfo.trenggalekkab.go.id", 5, Duration.ZERO))
        .dispatch();
  }
}
