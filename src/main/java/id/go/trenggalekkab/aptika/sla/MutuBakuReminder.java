package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The reminder: a task has reached its due date undone. The people who hold it get an e-mail, and
 * the overrun is recorded. The task stays where it is (a non-interrupting reminder).
 */
@Component("mutuBakuReminder")
class MutuBakuReminder implements TaskListener {

  static final String TEMPLATE = "mail/step-reminder.txt";

  private final SlaBreaches breaches;
  private final OverdueNotice notice;
  private final MutuBaku mutuBaku;

  MutuBakuReminder(SlaBreaches breaches, OverdueNotice notice, MutuBaku mutuBaku) {
    this.breaches = breaches;
    this.notice = notice;
    this.mutuBaku = mutuBaku;
  }

  @Override
  public void notify(DelegateTask task) {
    Instant due = task.getDueDate().toInstant();
    Instant now = OfficeTime.instant();
    breaches.reminded(OverdueSteps.of(task, due), now);
    notice.send(
        TEMPLATE, notice.holders(task), task, due, mutuBaku.lateMinutes(due, now), Map.of());
  }
}
