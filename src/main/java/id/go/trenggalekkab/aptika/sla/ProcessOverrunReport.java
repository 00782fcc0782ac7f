package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.notification.Outbox;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/** Tells the Kadis and the managers that a whole procedure took longer than the SOP's standard. */
@Component
class ProcessOverrunReport {

  private final Outbox outbox;
  private final OverdueNotice notice;

  ProcessOverrunReport(Outbox outbox, OverdueNotice notice) {
    this.outbox = outbox;
    this.notice = notice;
  }

  void send(DelegateExecution execution, Process process, Instant due, long lateMinutes) {
    Set<String> recipients = new LinkedHashSet<>(notice.membersOf(Role.MANAGER.groupId(), null));
    recipients.addAll(notice.membersOf(Role.KADIS.groupId(), null));
    Object unit = execution.getVariable("unitName");
    outbox.queue(
        recipients,
        "[Laporan] Prosedur \"" + process.getName() + "\" melewati waktu baku",
        "Prosedur \""
            + process.getName()
            + "\" selesai melewati waktu baku "
            + MutuBaku.durationOf(process)
            + ".\n\n"
            + (unit == null ? "" : "Unit kerja : " + unit + "\n")
            + "Terlambat  : "
            + OverdueNotice.late(lateMinutes)
            + " (waktu kerja)\n"
            + "Instance   : "
            + execution.getProcessInstanceId()
            + "\n\n"
            + "Keterlambatan ini dicatat untuk evaluasi SOP.\n",
        execution.getProcessInstanceId(),
        List.of());
  }
}
