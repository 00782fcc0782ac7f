package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.notification.DirectMail;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 7 (SOP 060/029 A) with an SMTP server: the Kadis's forwarding, as an e-mail with the report
 * attached; the step ends only once the server has accepted it ({@link DirectMail}).
 */
@Component("sendActivityReportDelegate")
class SendActivityReportDelegate implements JavaDelegate {

  private final ActivityReports reports;
  private final DirectMail mail;
  private final ActivityReportMail forwardMail;

  SendActivityReportDelegate(
      ActivityReports reports, DirectMail mail, ActivityReportMail forwardMail) {
    this.reports = reports;
    this.mail = mail;
    this.forwardMail = forwardMail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Document report = reports.finalDocument(execution.getProcessInstanceId());
    OutgoingMail forward = forwardMail.of(execution);
    OffsetDateTime accepted =
        mail.sendOnce(
            List.of(forward.recipient()),
            forward.subject(),
            forward.body(),
            execution.getProcessInstanceId(),
            List.of(report.id()));
    ProcessNotes.append(
        execution,
        "Langkah 7: laporan kegiatan dikirim lewat surel kepada "
            + forward.recipient()
            + "; server SMTP menerimanya pada "
            + accepted
            + ".");
  }
}
