package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.calendar.MutuBakuDuration;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mails about an overdue step, in Bahasa Indonesia, to the people concerned: the
 * request, the step, when it was due and how late it is in office time.
 */
@Component
class OverdueNotice {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern(
              "EEEE, d MMMM yyyy 'pukul' HH.mm 'WIB'", Locale.forLanguageTag("id"))
          .withZone(OfficeTime.ZONE);

  private final Outbox outbox;
  private final IdentityService identityService;
  private final PublicAddress address;
  private final OfficeTemplates templates;

  OverdueNotice(
      Outbox outbox,
      IdentityService identityService,
      PublicAddress address,
      OfficeTemplates templates) {
    this.outbox = outbox;
    this.identityService = identityService;
    this.address = address;
    this.templates = templates;
  }

  /**
   * Queues the mail of a template under {@code templates/mail/} about this task; {@code extra} adds
   * to the variables every such template gets (see README).
   */
  void send(
      String template,
      Collection<String> recipients,
      DelegateTask task,
      Instant due,
      long lateMinutes,
      Map<String, Object> extra) {
    Map<String, Object> model = new HashMap<>(extra);
    model.put("processName", processName(task));
    model.put("unitName", task.getVariable(RequestVariables.UNIT_NAME));
    model.put("requestLetterNumber", task.getVariable(RequestVariables.REQUEST_LETTER_NUMBER));
    model.put("step", task.getName());
    model.put("due", WHEN.format(due));
    model.put("late", MutuBakuDuration.officeTimeInWords(Duration.ofMinutes(lateMinutes)));
    model.put("taskLink", address.link("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    OfficeTemplates.MailText mail = templates.mail(template, model);
    outbox.queue(recipients, mail.subject(), mail.body(), task.getProcessInstanceId(), List.of());
  }

  static String processName(DelegateTask task) {
    return task.getExecution()
        .getProcessEngineServices()
        .getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId())
        .getName();
  }

  /** E-mail addresses of the people who hold the task: its assignee, or its candidate groups. */
  Set<String> holders(DelegateTask task) {
    if (task.getAssignee() != null) {
      return emailsOf(identityService.createUserQuery().userId(task.getAssignee()).list());
    }
    Set<String> emails = new LinkedHashSet<>();
    task.getCandidates().stream()
        .filter(link -> link.getGroupId() != null)
        .forEach(link -> emails.addAll(membersOf(link.getGroupId(), task.getTenantId())));
    return emails;
  }

  /**
   * Members of a group who may see the request: a requesting unit's clerks only for their own unit;
   * Kominfo staff serve every unit.
   */
  Set<String> membersOf(String groupId, String unitId) {
    return Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              var query = identityService.createUserQuery().memberOfGroup(groupId);
              boolean unitBound =
                  unitId != null
                      && identityService
                              .createTenantQuery()
                              .tenantId(unitId)
                              .groupMember(groupId)
                              .count()
                          == 0;
              return emailsOf(unitBound ? query.memberOfTenant(unitId).list() : query.list());
            });
  }

  private static Set<String> emailsOf(Collection<User> users) {
    Set<String> emails = new LinkedHashSet<>();
    users.stream().map(User::getEmail).filter(e -> e != null && !e.isBlank()).forEach(emails::add);
    return emails;
  }
}
