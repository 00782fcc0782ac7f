package id.go.trenggalekkab.aptika.request;

import id.go.trenggalekkab.aptika.identity.FullName;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * A request returned for correction (step 1 again) is assigned to the clerk who submitted it, and
 * she is told by mail: its reference number (in the subject, from the outbox), why it came back,
 * and the link to the task. Her unit's clerks stay candidates, so a colleague can take it over.
 */
@Component("returnedRequestNotice")
class ReturnedRequestNotice implements TaskListener {

  static final String TEMPLATE = "mail/returned-request.txt";

  private final Outbox outbox;
  private final IdentityService identityService;
  private final PublicAddress address;
  private final OfficeTemplates templates;

  ReturnedRequestNotice(
      Outbox outbox,
      IdentityService identityService,
      PublicAddress address,
      OfficeTemplates templates) {
    this.outbox = outbox;
    this.identityService = identityService;
    this.address = address;
    this.templates = templates;
  }

  @Override
  public void notify(DelegateTask task) {
    Optional<User> clerk =
        Optional.ofNullable(task.getAssignee())
            .map(
                id ->
                    Context.getCommandContext()
                        .runWithoutAuthorization(
                            () -> identityService.createUserQuery().userId(id).singleResult()));
    String reason = ProcessVariables.text(task, RequestVariables.COMPLETENESS_PROBLEMS);
    Map<String, Object> model = new HashMap<>();
    model.put("clerkName", clerk.map(FullName::of).orElse(null));
    model.put(
        "processName",
        task.getExecution()
            .getProcessEngineServices()
            .getRepositoryService()
            .getProcessDefinition(task.getProcessDefinitionId())
            .getName());
    model.put("referenceNumber", task.getExecution().getProcessBusinessKey());
    model.put("requestLetterNumber", task.getVariable(RequestVariables.REQUEST_LETTER_NUMBER));
    model.put("reason", reason == null || reason.isBlank() ? null : reason);
    model.put("taskLink", address.link("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    model.put("myRequestsLink", address.link("/permohonan-saya/"));
    OfficeTemplates.MailText mail = templates.mail(TEMPLATE, model);
    outbox.queue(
        clerk.map(User::getEmail).filter(email -> email != null && !email.isBlank()).stream()
            .toList(),
        mail.subject(),
        mail.body(),
        task.getProcessInstanceId(),
        List.of());
  }
}
