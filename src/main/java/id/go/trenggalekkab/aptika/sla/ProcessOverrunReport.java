package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.calendar.MutuBakuDuration;
import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/** Tells the Kadis and the managers that a whole procedure took longer than the SOP's standard. */
@Component
class ProcessOverrunReport {

  static final String TEMPLATE = "mail/process-overrun.txt";

  private final Outbox outbox;
  private final OverdueNotice notice;
  private final OfficeTemplates templates;

  ProcessOverrunReport(Outbox outbox, OverdueNotice notice, OfficeTemplates templates) {
    this.outbox = outbox;
    this.notice = notice;
    this.templates = templates;
  }

  void send(DelegateExecution execution, Process process, Instant due, long lateMinutes) {
    Set<String> recipients = new LinkedHashSet<>(notice.membersOf(Role.MANAGER.groupId(), null));
    recipients.addAll(notice.membersOf(Role.KADIS.groupId(), null));
    Map<String, Object> model = new HashMap<>();
    model.put("processName", process.getName());
    model.put("standard", MutuBaku.durationOf(process));
    model.put("unitName", execution.getVariable(RequestVariables.UNIT_NAME));
    model.put("late", MutuBakuDuration.officeTimeInWords(Duration.ofMinutes(lateMinutes)));
    model.put("processInstanceId", execution.getProcessInstanceId());
    OfficeTemplates.MailText mail = templates.mail(TEMPLATE, model);
    outbox.queue(
        recipients, mail.subject(), mail.body(), execution.getProcessInstanceId(), List.of());
  }
}
