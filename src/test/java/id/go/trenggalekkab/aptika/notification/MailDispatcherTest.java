package id.go.trenggalekkab.aptika.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail leaves the outbox over real SMTP (GreenMail); a failed send is tried again after a pause, a
 * bounded number of times, then waits for a person.
 */
@AptikaSpringBootTest
class MailDispatcherTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Autowired Outbox outbox;
  @Autowired DocumentStore documents;

  private static final String FROM = "noreply@kominfo.trenggalekkab.go.id";

  @Test
  void aQueuedMailIsSentInBahasaIndonesiaToItsRecipients() throws Exception {
    String subject = "[Pengingat] Uji " + UUID.randomUUID();
    outbox.queue(List.of("siti@trenggalekkab.example"), subject, "Mohon segera diselesaikan.");

    dispatcher(smtp.getSmtp().getPort(), 5).dispatch();

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

    dispatcher(closedPort(), 5).dispatch();
    Outbox.Mail kept = mail(subject);
    assertThat(kept.status()).isEqualTo(Outbox.WAITING);
    assertThat(kept.attempts()).isOne();
    assertThat(kept.lastError()).contains("MailSendException");
    assertThat(kept.nextAttemptAt()).isNotNull();

    dispatcher(smtp.getSmtp().getPort(), 5).dispatch();
    assertThat(receivedWith(subject)).isNotNull();
    assertThat(mail(subject).status()).isEqualTo(Outbox.SENT);
    assertThat(mail(subject).attempts()).isEqualTo(2);
  }

  @Test
  void aMailIsTriedMaxAttemptsTimesThenFailedAndARetrySendsItOnce() throws Exception {
    String subject = "[Uji] Gagal " + UUID.randomUUID();
    outbox.queue(List.of("agus@trenggalekkab.example"), subject, "Percobaan terbatas.");
    MailDispatcher unreachable = dispatcher(closedPort(), 3);

    for (int round = 0; round < 5; round++) {
      unreachable.dispatch();
    }

    Outbox.Mail failed = mail(subject);
    assertThat(failed.status()).isEqualTo(Outbox.FAILED);
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.nextAttemptAt()).isNull();
    assertThat(failed.lastError()).isNotBlank();

    assertThat(outbox.retry(failed.id(), "agus")).isTrue();
    assertThat(mail(subject).status()).isEqualTo(Outbox.WAITING);
    assertThat(mail(subject).attempts()).isZero();
    MailDispatcher reachable = dispatcher(smtp.getSmtp().getPort(), 3);
    reachable.dispatch();
    reachable.dispatch();
    assertThat(received(subject)).hasSize(1);
    assertThat(mail(subject).status()).isEqualTo(Outbox.SENT);
    assertThat(outbox.retry(failed.id(), "agus")).as("a sent mail is not retried").isFalse();
  }

  @Test
  void theNextAttemptWaitsForTheBackOff() throws Exception {
    String subject = "[Uji] Jeda " + UUID.randomUUID();
    outbox.queue(List.of("sri@trenggalekkab.example"), subject, "Jeda bertambah.");
    MailSettings settings = new MailSettings(FROM, 5, Duration.ofMinutes(1));

    new MailDispatcher(outbox, documents, sender(closedPort()), settings).dispatch();
    new MailDispatcher(outbox, documents, sender(smtp.getSmtp().getPort()), settings).dispatch();

    Outbox.Mail waiting = mail(subject);
    assertThat(waiting.attempts()).as("not tried again within the pause").isOne();
    assertThat(waiting.nextAttemptAt().toInstant())
        .isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(61));
    assertThat(settings.pauseAfter(3)).isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  void aMailSentByHandIsNeverSent() throws Exception {
    String subject = "[Uji] Manual " + UUID.randomUUID();
    outbox.queue(List.of("budi@trenggalekkab.example"), subject, "Dikirim lewat Srikandi.");
    long id = mail(subject).id();

    assertThat(outbox.markSentByHand(id, LocalDate.of(2026, 12, 1), "SRIKANDI", null, "agus"))
        .isTrue();
    dispatcher(smtp.getSmtp().getPort(), 5).dispatch();

    assertThat(received(subject)).isEmpty();
    Outbox.Mail mail = mail(subject);
    assertThat(mail.status()).isEqualTo(Outbox.SENT_BY_HAND);
    assertThat(mail.manualSentOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(mail.manualChannel()).isEqualTo("SRIKANDI");
    assertThat(mail.handledBy()).isEqualTo("agus");
  }

  @Test
  void ofTwoDispatchersOnlyOneClaimsAMail() {
    String subject = "[Uji] Sekali " + UUID.randomUUID();
    outbox.queue(List.of("budi@trenggalekkab.example"), subject, "Satu kali saja.");
    long id = mail(subject).id();
    Instant now = Instant.now();

    assertThat(outbox.claim(id, now, now.plusSeconds(600))).isTrue();
    assertThat(outbox.claim(id, now, now.plusSeconds(600))).isFalse();
    assertThat(mail(subject).status()).isEqualTo(Outbox.SENDING);
    assertThat(outbox.due(now)).extracting(Outbox.Mail::id).doesNotContain(id);
  }

  @Test
  void aMailWhoseSenderDiedWhileSendingIsNeverSentAgainUntilAPersonSaysSo() throws Exception {
    // given: a node claimed the mail and died before it recorded the SMTP server's answer
    String subject = "[Uji] Terputus " + UUID.randomUUID();
    outbox.queue(List.of("budi@trenggalekkab.example"), subject, "Mungkin sudah terkirim.");
    long id = mail(subject).id();
    Instant now = Instant.now();
    assertThat(outbox.claim(id, now.minusSeconds(700), now.minusSeconds(100))).isTrue();

    // when: the next round runs after the lease has passed
    dispatcher(smtp.getSmtp().getPort(), 5).dispatch();

    // then: nobody knows whether it went out, so it is not sent again but shown as TIDAK_PASTI
    assertThat(received(subject)).isEmpty();
    assertThat(mail(subject).status()).isEqualTo(Outbox.UNCERTAIN);
    assertThat(outbox.backlog().uncertain()).isPositive();
    dispatcher(smtp.getSmtp().getPort(), 5).dispatch();
    assertThat(received(subject)).isEmpty();

    // when: a person checked that it did not arrive and sends it again
    assertThat(outbox.retry(id, "agus")).isTrue();
    dispatcher(smtp.getSmtp().getPort(), 5).dispatch();

    // then: it goes out once
    assertThat(received(subject)).hasSize(1);
    assertThat(mail(subject).status()).isEqualTo(Outbox.SENT);
  }

  @Test
  void aSendThatOutlivesItsLeaseStillRecordsTheOutcome() {
    String subject = "[Uji] Lambat " + UUID.randomUUID();
    outbox.queue(List.of("budi@trenggalekkab.example"), subject, "Lambat tetapi terkirim.");
    long id = mail(subject).id();
    Instant now = Instant.now();
    assertThat(outbox.claim(id, now.minusSeconds(700), now.minusSeconds(100))).isTrue();
    assertThat(outbox.markUncertain(now)).isPositive();

    outbox.markSent(id);

    assertThat(mail(subject).status()).isEqualTo(Outbox.SENT);
  }

  @Test
  void twoDispatchersAtOnceSendEachMailOnce() throws Exception {
    String run = UUID.randomUUID().toString();
    List<String> subjects = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      subjects.add("[Uji] Bersamaan " + i + " " + run);
      outbox.queue(List.of("budi@trenggalekkab.example"), subjects.get(i), "Sekali saja.");
    }
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> rounds = new ArrayList<>();
      for (int d = 0; d < 2; d++) {
        MailDispatcher dispatcher = dispatcher(smtp.getSmtp().getPort(), 5);
        rounds.add(
            two.submit(
                () -> {
                  start.await();
                  dispatcher.dispatch();
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> round : rounds) {
        round.get(60, TimeUnit.SECONDS);
      }
    } finally {
      two.shutdownNow();
    }

    for (String subject : subjects) {
      assertThat(received(subject)).as(subject).hasSize(1);
      assertThat(mail(subject).attempts()).isOne();
    }
  }

  private MailDispatcher dispatcher(int port, int maxAttempts) {
    return new MailDispatcher(
        outbox, documents, sender(port), new MailSettings(FROM, maxAttempts, Duration.ZERO));
  }

  private static JavaMailSenderImpl sender(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    return sender;
  }

  private List<MimeMessage> received(String subject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            message -> {
              try {
                return subject.equals(message.getSubject());
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private MimeMessage receivedWith(String subject) {
    return received(subject).stream()
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
