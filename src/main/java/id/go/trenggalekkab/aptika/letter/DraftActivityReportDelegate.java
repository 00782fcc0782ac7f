package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 6 (SOP 060/029 A): drafts the activity report for the Kabid from the process so far. */
@Component("draftActivityReportDelegate")
class DraftActivityReportDelegate implements JavaDelegate {

  private final ActivityReports reports;

  DraftActivityReportDelegate(ActivityReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String url =
        reports
            .render(
                execution.getProcessInstanceId(),
                execution.getProcessDefinitionId(),
                execution.getVariables(),
                OfficeTime.instant(),
                null)
            .url();
    execution.setVariable(LetterVariables.REPORT_URL, url);
    ProcessNotes.append(
        execution, "Langkah 6: konsep laporan kegiatan disusun sistem dari data permohonan.");
  }
}
