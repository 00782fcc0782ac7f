package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.notification.DirectMail;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 9 with an SMTP server: the signed letter goes to the applicant's contact person by e-mail,
 * and the step ends only once the server has accepted it ({@link DirectMail}: a failure is retried
 * by the engine and ends in an incident; a retry never sends it twice). Its number is written into
 * the registry of services.
 */
@Component("sendReplyLetterDelegate")
class SendReplyLetterDelegate implements JavaDelegate {

  private final ReplyLetters letters;
  private final DirectMail mail;
  private final ServiceRegistry registry;
  private final ReplyLetterMail replyMail;

  SendReplyLetterDelegate(
      ReplyLetters letters, DirectMail mail, ServiceRegistry registry, ReplyLetterMail replyMail) {
    this.letters = letters;
    this.mail = mail;
    this.registry = registry;
    this.replyMail = replyMail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    String number = ProcessVariables.text(execution, LetterVariables.NUMBER);
    LetterRegister.Entry letter = letters.entry(processInstanceId);
    OutgoingMail reply = replyMail.of(execution, letter);
    OffsetDateTime accepted =
        mail.sendOnce(
            List.of(reply.recipient()),
            reply.subject(),
            reply.body(),
            processInstanceId,
            List.of(letter.finalDocumentId()));
    registry.recordReplyLetter(processInstanceId, number);
    ProcessNotes.append(
        execution,
        "Langkah 9: surat balasan nomor "
            + number
            + " dikirim lewat surel kepada "
            + reply.recipient()
            + "; server SMTP menerimanya pada "
            + accepted
            + ". Nomornya dicatat pada daftar layanan.");
  }
}
