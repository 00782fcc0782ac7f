package id.go.trenggalekkab.aptika.request;

import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import java.util.List;
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

  private final Outbox outbox;
  private final IdentityService identityService;
  private final PublicAddress address;

  ReturnedRequestNotice(Outbox outbox, IdentityService identityService, PublicAddress address) {
    this.outbox = outbox;
    this.identityService = identityService;
    this.address = address;
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
    outbox.queue(
        clerk.map(User::getEmail).filter(email -> email != null && !email.isBlank()).stream()
            .toList(),
        "Permohonan dikembalikan untuk perbaikan",
        "Yth. "
            + clerk.map(user -> user.getFirstName() + " " + user.getLastName()).orElse("pemohon")
            + ",\n\nPermohonan "
            + task.getExecution()
                .getProcessEngineServices()
                .getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId())
                .getName()
            + " nomor registrasi "
            + task.getExecution().getProcessBusinessKey()
            + " (surat nomor "
            + task.getVariable(RequestVariables.REQUEST_LETTER_NUMBER)
            + ") dikembalikan untuk perbaikan.\n\nAlasan:\n"
            + (reason == null || reason.isBlank() ? "-" : reason)
            + "\n\nPerbaiki dan kirim ulang permohonan ini melalui tugas Anda di Tasklist"
            + " (Tugas saya):\n"
            + address.link("/camunda/app/tasklist/default/#/?task=" + task.getId())
            + "\n\nPerjalanan semua permohonan unit Anda: "
            + address.link("/permohonan-saya/")
            + "\n",
        task.getProcessInstanceId(),
        List.of());
  }
}
