package id.go.trenggalekkab.aptika.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail leaves the outbox over real SMTP (GreenMail); a failed send is kept and sent later. */
@AptikaSpringBootTest
class MailDispatcherTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Autowired Outbox outbox;
  @Autowired DocumentStore documents;

  @Test
  void aQueuedMailIsSentInBahasaIndonesiaToItsRecipients() throws Exception {
    String subject = "[Pengingat] Uji " + UUID.randomUUID();
    outbox.queue(List.of("siti@trenggalekkab.example"), subject, "Mohon segera diselesaikan.");

    dispatcher(smtp.getSmtp().getPort()).dispatch();

    MimeMessage received = receivedWith(subject);
    assertThat(received.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("siti@trenggalekkab.example");
    assertThat(received.getFrom()[0].toString()).isEqualTo("noreply@kominfo.trenggalekkab.go.id");
    assertThat(received.getContent().toString()).contains("Mohon segera diselesaikan.");
    assertThat(mail(subject).status()).isEqualTo(Outbox.SENT);
  }

  @Test
  void aFailedSendIsKeptAndSentOnALaterRound() throws Exception {
    String subject = "[Eskalasi] Uji " + UUID.randomUUID();
    outbox.queue(List.of("sri@trenggalekkab.example"), subject, "Tugas dieskalasikan.");

    dispatcher(closedPort()).dispatch();
    Outbox.Mail kept = mail(subject);
    assertThat(kept.status()).isEqualTo(Outbox.WAITING);
    assertThat(kept.attempts()).isOne();
    assertThat(kept.lastError()).isNotBlank();

    dispatcher(smtp.getSmtp().getPort()).dispatch();
    assertThat(receivedWith(subject)).isNotNull();
    assertThat(mail(subject).status()).isEqualTo(Outbox.SENT);
    assertThat(mail(subject).attempts()).isEqualTo(2);
  }

  private MailDispatcher dispatcher(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    return new MailDispatcher(outbox, documents, sender, "noreply@kominfo.trenggalekkab.go.id");
  }

  private MimeMessage receivedWith(String subject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            message -> {
              try {
                return subject.equals(message.getSubject());
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("not received: " + subject));
  }

  private Outbox.Mail mail(String subject) {
    return outbox.latest(500).stream()
        .filter(m -> m.subject().equals(subject))
        .findFirst()
        .orElseThrow();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
