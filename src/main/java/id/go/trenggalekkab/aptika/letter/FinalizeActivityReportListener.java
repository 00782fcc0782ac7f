package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.PersonName;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step 6 (SOP 060/029 A), as the Kabid completes it: the report is finalized with the Kabid's notes
 * and name, no longer a draft, and is what the Kadis forwards.
 *
 * <p>Rendered here, in the Kabid's click, on purpose: the Kadis's next task shows the report's link
 * ({@code activityReportUrl}) the moment it exists, so the final PDF must exist with it; rendered
 * in an async step the Kadis could open the task before it, and a report that cannot be rendered
 * would become an incident after the Kabid has left instead of a message at his click. It would
 * also add a step to the SOP's diagram that the SOP does not have. One render takes about 0.2 s
 * (median 175-260 ms, slowest 370 ms) on the 2-core build machine ({@code
 * CompleteListenerRenderTimeTest} prints it).
 */
@Component("finalizeActivityReportListener")
class FinalizeActivityReportListener implements TaskListener {

  private final ActivityReports reports;

  FinalizeActivityReportListener(ActivityReports reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    String url =
        reports
            .render(
                task.getProcessInstanceId(),
                task.getProcessDefinitionId(),
                task.getVariables(),
                OfficeTime.instant(),
                kabidName(task))
            .url();
    task.getExecution().setVariable(LetterVariables.REPORT_URL, url);
    task.getExecution().setVariable(LetterVariables.SIGNED_ON, OfficeTime.today().toString());
    ProcessNotes.append(
        task.getExecution(),
        "Langkah 6: laporan kegiatan difinalkan oleh " + kabidName(task) + ".");
  }

  /** The Kabid who completes the task: its assignee, or the user completing it. */
  private static String kabidName(DelegateTask task) {
    return PersonName.of(task, "Kepala Bidang Aplikasi dan Informatika");
  }
}
