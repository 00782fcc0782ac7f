package id.go.trenggalekkab.aptika.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * A start or a task completion may set only what its form offers as editable input, whoever sends
 * it and by whichever path: engine-rest, the webapps' API (Tasklist) and the Java API all end in
 * the same engine commands, which this interceptor sees before they run. What the server owns (the
 * unit, the initiator, system notes, completeness results, other lanes' decisions, references to
 * documents and credentials, anything a delegate sets) is therefore never writable by a person.
 *
 * <p>Only the command the caller invoked counts: commands that delegates and listeners run inside
 * it, and jobs, are the system at work. A refusal happens before the command touches anything, so
 * nothing changes.
 *
 * <p>Some commands carry variables past every form: starting at an inner activity (which may also
 * skip listeners such as the request intake), restarting an ended instance there (which needs no
 * more than reading its history), a BPMN error or escalation from a task, a message, signal or
 * condition, and a start with a business key, case instance or tenant of the caller's choosing. No
 * role of the SOPs needs them; they stay with administrators, for repairs.
 */
@Component
class FormContractCheck extends AbstractProcessEnginePlugin {

  private static final Map<Class<?>, String> ADMINISTRATORS_ONLY =
      Map.of(
          StartProcessInstanceAtActivitiesCmd.class, "memulai proses pada aktivitas tertentu",
          RestartProcessInstancesCmd.class, "memulai ulang proses yang sudah selesai",
          RestartProcessInstancesBatchCmd.class, "memulai ulang proses yang sudah selesai",
          HandleTaskBpmnErrorCmd.class, "menyatakan BPMN error pada tugas",
          HandleTaskEscalationCmd.class, "menyatakan eskalasi pada tugas",
          AbstractCorrelateMessageCmd.class, "mengirim pesan (message) ke proses",
          MessageEventReceivedCmd.class, "mengirim pesan (message) ke proses",
          SignalEventReceivedCmd.class, "mengirim sinyal ke proses",
          EvaluateStartConditionCmd.class, "memulai proses dengan kondisi");

  private final FormContracts contracts;
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

  FormContractCheck(FormContracts contracts) {
    this.contracts = contracts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration
        .getCustomPostCommandInterceptorsTxRequired()
        .add(
            new CommandInterceptor() {
              @Override
              public <T> T execute(Command<T> command) {
                int[] level = depth.get();
                level[0]++;
                try {
                  if (level[0] == 1) {
                    check(command, Context.getCommandContext());
                  }
                  return next.execute(command);
                } finally {
                  level[0]--;
                }
              }
            });
  }

  private void check(Command<?> command, CommandContext context) {
    for (Map.Entry<Class<?>, String> reserved : ADMINISTRATORS_ONLY.entrySet()) {
      if (reserved.getKey().isInstance(command)) {
        refuseUnlessAdministrator(context, command.getClass().getSimpleName(), reserved.getValue());
        return;
      }
    }
    if (command instanceof ClaimTaskCmd) {
      refuseClaimForAnother(context, Submission.read(ClaimTaskCmd.class, "userId", command));
    }
    Submission.of(command)
        .ifPresent(
            submission -> {
              FormService forms = context.getProcessEngineConfiguration().getFormService();
              if (submission instanceof Submission.ToTask toTask) {
                checkTask(context, forms, toTask);
              } else {
                checkStart(context, forms, (Submission.ToStart) submission);
              }
            });
  }

  private void checkTask(CommandContext context, FormService forms, Submission.ToTask sent) {
    TaskEntity task = context.getTaskManager().findTaskById(sent.taskId());
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the command itself says the task is not there; no process task, no form
    }
    FormContract form =
        contracts.ofTask(
            forms, task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getId());
    String problem = form.refusal(sent.variables());
    if (problem != null) {
      checkers(context).forEach(checker -> checker.checkTaskWork(task));
      throw new FormFieldValidationException(
          task.getTaskDefinitionKey(), "Tugas belum dapat diselesaikan. " + problem);
    }
  }

  private void checkStart(CommandContext context, FormService forms, Submission.ToStart sent) {
    ProcessDefinitionEntity definition =
        sent.builder() == null
            ? new GetDeployedProcessDefinitionCmd(sent.processDefinitionId(), false)
                .execute(context)
            : new GetDeployedProcessDefinitionCmd(sent.builder(), false).execute(context);
    FormContract form =
        contracts.ofStart(forms, definition.getId(), definition.getInitial().getId());
    String problem = form.refusal(sent.variables());
    if (problem == null
        && sent.businessKey() == null
        && sent.caseInstanceId() == null
        && sent.tenantId() == null) {
      return;
    }
    checkers(context).forEach(checker -> checker.checkCreateProcessInstance(definition));
    if (sent.businessKey() != null) {
      refuseUnlessAdministrator(context, "businessKey", "menetapkan business key");
    }
    if (sent.caseInstanceId() != null) {
      refuseUnlessAdministrator(context, "caseInstanceId", "mengaitkan proses dengan kasus");
    }
    if (sent.tenantId() != null) {
      refuseUnlessAdministrator(context, "tenantId", "memilih unit kerja proses");
    }
    if (problem != null) {
      throw new FormFieldValidationException(
          definition.getInitial().getId(), "Proses belum dapat dimulai. " + problem);
    }
  }

  /**
   * The engine's authorization and tenant checks, which every checked command runs first thing.
   * They run here only before a refusal, so that a caller without the right learns nothing of the
   * form; a submission that passes leaves them to the command, which would otherwise repeat the
   * same queries.
   */
  private static List<CommandChecker> checkers(CommandContext context) {
    return context.getProcessEngineConfiguration().getCommandCheckers();
  }

  /**
   * A candidate's TASK_WORK lets the engine accept a claim naming anyone; Tasklist always claims
   * for the person signed in, and handing work to someone else is assigning, which no lane may do.
   */
  private static void refuseClaimForAnother(CommandContext context, String claimant) {
    var authentication = context.getAuthentication();
    if (authentication != null
        && authentication.getUserId() != null
        && claimant != null
        && !claimant.equals(authentication.getUserId())
        && !context.getAuthorizationManager().isCamundaAdmin(authentication)) {
      throw new AuthorizationException(
          "Tugas hanya dapat diklaim untuk diri sendiri, bukan untuk " + claimant + ".");
    }
  }

  /** A person without the administrator's powers; jobs and the application's own calls are not. */
  private static void refuseUnlessAdministrator(CommandContext context, String id, String what) {
    var authentication = context.getAuthentication();
    if (authentication != null
        && authentication.getUserId() != null
        && !context.getAuthorizationManager().isCamundaAdmin(authentication)) {
      throw new FormFieldValidationException(
          id, "Permintaan ditolak: " + what + " hanya dapat dilakukan Administrator.");
    }
  }
}
