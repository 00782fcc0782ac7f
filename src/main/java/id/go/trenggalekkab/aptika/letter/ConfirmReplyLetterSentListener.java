package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step 9 without an SMTP server, the Pelaksana's task "Mengirim surat balasan kepada pemohon". As
 * it is created: the mail text to send by hand. As it completes: the confirmation is checked
 * ({@link SentByHand}), and the registry and the notes record what the Pelaksana confirmed.
 */
@Component("confirmReplyLetterSentListener")
class ConfirmReplyLetterSentListener implements TaskListener {

  private final ReplyLetters letters;
  private final ServiceRegistry registry;
  private final ReplyLetterMail replyMail;

  ConfirmReplyLetterSentListener(
      ReplyLetters letters, ServiceRegistry registry, ReplyLetterMail replyMail) {
    this.letters = letters;
    this.registry = registry;
    this.replyMail = replyMail;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      OutgoingMail mail =
          replyMail.of(task.getExecution(), letters.entry(task.getProcessInstanceId()));
      task.getExecution().setVariable(LetterVariables.REPLY_MAIL_SUBJECT, mail.subject());
      task.getExecution().setVariable(LetterVariables.REPLY_MAIL_BODY, mail.body());
      task.getExecution().setVariable(LetterVariables.MAIL_MODE_NOTE, SentByHand.MANUAL_MODE);
      return;
    }
    String confirmed = SentByHand.confirmation(task, "Pelaksana");
    String number = ProcessVariables.text(task, LetterVariables.NUMBER);
    registry.recordReplyLetter(task.getProcessInstanceId(), number);
    ProcessNotes.append(
        task.getExecution(),
        "Langkah 9: surat balasan nomor "
            + number
            + " dikirim kepada "
            + task.getVariable(RequestVariables.CONTACT_NAME)
            + " "
            + confirmed
            + ". Nomornya dicatat pada daftar layanan.");
  }
}
