package id.go.trenggalekkab.aptika.versions;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.migration.instance.MigratingActivityInstance;
import org.camunda.bpm.engine.impl.migration.instance.MigratingProcessInstance;
import org.camunda.bpm.engine.impl.migration.validation.instance.MigratingActivityInstanceValidationReportImpl;
import org.camunda.bpm.engine.impl.migration.validation.instance.MigratingActivityInstanceValidator;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;

/**
 * No request loses its current step: a step a request waits at that the plan does not map is
 * refused, naming the request and the step, in Bahasa Indonesia. The engine refuses it too, in
 * English; this says it to the process owner. Runs when the migration is executed, for every
 * request, before any of them moves.
 */
class NoStrandedRequest implements MigratingActivityInstanceValidator {

  @Override
  public void validate(
      MigratingActivityInstance instance,
      MigratingProcessInstance processInstance,
      MigratingActivityInstanceValidationReportImpl report) {
    if (instance.getMigrationInstruction() != null || !instance.getChildren().isEmpty()) {
      return;
    }
    ScopeImpl step = instance.getSourceScope();
    report.addFailure(
        Messages.of(
            "migration.unmapped",
            request(processInstance.getProcessInstanceId()),
            Messages.step(step)));
  }

  /** The request as the office names it: its reference number, else its id. */
  static String request(String processInstanceId) {
    ExecutionEntity instance =
        Context.getCommandContext().getExecutionManager().findExecutionById(processInstanceId);
    String reference = instance == null ? null : instance.getBusinessKey();
    return reference == null ? processInstanceId : reference;
  }
}
