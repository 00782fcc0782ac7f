package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The escalation: a task is still undone when the grace period after its due date is over. It goes
 * to the superior of its lane, who may now claim it too: Pelaksana to Kabid, Kabid to Kadis. The
 * Kadis has no superior in the office: his overruns are recorded and reported to him and to the
 * managers, as are the requesting units' and the API users' own steps.
 */
@Component("mutuBakuEscalation")
class MutuBakuEscalation implements TaskListener {

  static final String TEMPLATE = "mail/step-escalation.txt";

  static final Map<String, String> SUPERIOR =
      Map.of(
          Role.EXECUTOR.groupId(), Role.KABID.groupId(),
          Role.KABID.groupId(), Role.KADIS.groupId());

  private final SlaBreaches breaches;
  private final OverdueNotice notice;
  private final MutuBaku mutuBaku;

  MutuBakuEscalation(SlaBreaches breaches, OverdueNotice notice, MutuBaku mutuBaku) {
    this.breaches = breaches;
    this.notice = notice;
    this.mutuBaku = mutuBaku;
  }

  @Override
  public void notify(DelegateTask task) {
    Instant due = task.getDueDate().toInstant();
    Instant now = OfficeTime.instant();
    // the requesting unit's and the API user's steps are assigned to a person, with no lane
    String lane = candidateGroup(task);
    String superior = lane == null ? null : SUPERIOR.get(lane);
    Set<String> recipients = new LinkedHashSet<>();
    if (superior != null) {
      task.addCandidateGroup(superior);
      recipients.addAll(notice.membersOf(superior, task.getTenantId()));
    } else {
      if (Role.KADIS.groupId().equals(lane)) {
        recipients.addAll(notice.membersOf(Role.KADIS.groupId(), null));
      }
      recipients.addAll(notice.membersOf(Role.MANAGER.groupId(), null));
    }
    String to = superior != null ? superior : Role.MANAGER.groupId();
    breaches.escalated(OverdueSteps.of(task, due), now, to);
    notice.send(
        TEMPLATE,
        recipients,
        task,
        due,
        mutuBaku.lateMinutes(due, now),
        Map.of("toSuperior", superior != null));
  }

  private static String candidateGroup(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(link -> link.getGroupId())
        .filter(group -> group != null)
        .findFirst()
        .orElse(null);
  }
}
