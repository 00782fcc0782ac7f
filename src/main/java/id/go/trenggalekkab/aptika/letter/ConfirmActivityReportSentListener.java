package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step 7 (SOP 060/029 A) without an SMTP server: the task "Mengirim laporan kegiatan kepada
 * pemohon" in the Kadis's lane. As it is created: the mail text to send by hand. As it completes:
 * the confirmation is checked ({@link SentByHand}) and the notes record it.
 */
@Component("confirmActivityReportSentListener")
class ConfirmActivityReportSentListener implements TaskListener {

  private final ActivityReportMail forwardMail;

  ConfirmActivityReportSentListener(ActivityReportMail forwardMail) {
    this.forwardMail = forwardMail;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      OutgoingMail mail = forwardMail.of(task.getExecution());
      task.getExecution().setVariable(LetterVariables.REPORT_MAIL_SUBJECT, mail.subject());
      task.getExecution().setVariable(LetterVariables.REPORT_MAIL_BODY, mail.body());
      task.getExecution().setVariable(LetterVariables.MAIL_MODE_NOTE, SentByHand.MANUAL_MODE);
      return;
    }
    String confirmed = SentByHand.confirmation(task, "Kadis Kominfo");
    ProcessNotes.append(
        task.getExecution(),
        "Langkah 7: laporan kegiatan dikirim kepada "
            + task.getVariable(RequestVariables.CONTACT_NAME)
            + " "
            + confirmed
            + ".");
  }
}
