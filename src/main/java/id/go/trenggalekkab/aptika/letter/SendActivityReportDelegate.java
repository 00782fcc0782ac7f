package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 7 (SOP 060/029 A): the Kadis's forwarding, as an e-mail with the report attached. */
@Component("sendActivityReportDelegate")
class SendActivityReportDelegate implements JavaDelegate {

  private final ActivityReports reports;
  private final Outbox outbox;

  SendActivityReportDelegate(ActivityReports reports, Outbox outbox) {
    this.reports = reports;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Document report = reports.finalDocument(execution.getProcessInstanceId());
    Object notes = execution.getVariable(LetterVariables.FORWARD_NOTES);
    String recipient = (String) execution.getVariable(RequestVariables.CONTACT_EMAIL);
    outbox.queue(
        List.of(recipient),
        "Laporan kegiatan pembuatan akun SPLP untuk "
            + execution.getVariable(RequestVariables.UNIT_NAME),
        "Yth. "
            + execution.getVariable(RequestVariables.CONTACT_NAME)
            + ",\n\nBersama ini Kepala Dinas Komunikasi dan Informatika meneruskan laporan kegiatan"
            + " pembuatan akun SPLP atas surat permohonan nomor "
            + execution.getVariable(RequestVariables.REQUEST_LETTER_NUMBER)
            + ". Laporan terlampir."
            + (notes == null || notes.toString().isBlank() ? "" : "\n\nCatatan: " + notes)
            + "\n\nHormat kami,\nDinas Komunikasi dan Informatika Kabupaten Trenggalek",
        execution.getProcessInstanceId(),
        List.of(report.id()));
    ProcessNotes.append(
        execution,
        "Langkah 7: laporan kegiatan dimasukkan ke kotak keluar untuk " + recipient + ".");
  }
}
