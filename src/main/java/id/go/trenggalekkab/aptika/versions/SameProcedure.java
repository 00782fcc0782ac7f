package id.go.trenggalekkab.aptika.versions;

import org.camunda.bpm.engine.impl.migration.validation.instruction.MigrationInstructionValidationReportImpl;
import org.camunda.bpm.engine.impl.migration.validation.instruction.MigrationInstructionValidator;
import org.camunda.bpm.engine.impl.migration.validation.instruction.ValidatingMigrationInstruction;
import org.camunda.bpm.engine.impl.migration.validation.instruction.ValidatingMigrationInstructions;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * A request moves only to another version of its own procedure. The engine maps steps by id, and
 * the procedures share ids and lanes (the dispositions of the Kadis and the Kabid), so a plan from
 * one procedure into another would otherwise pass and turn, say, a sub domain request into an SPLP
 * account request with the other procedure's steps, forms and letters.
 */
class SameProcedure implements MigrationInstructionValidator {

  @Override
  public void validate(
      ValidatingMigrationInstruction instruction,
      ValidatingMigrationInstructions instructions,
      MigrationInstructionValidationReportImpl report) {
    ActivityImpl source = instruction.getSourceActivity();
    ActivityImpl target = instruction.getTargetActivity();
    ProcessDefinitionEntity from = (ProcessDefinitionEntity) source.getProcessDefinition();
    ProcessDefinitionEntity to = (ProcessDefinitionEntity) target.getProcessDefinition();
    if (from.getKey().equals(to.getKey())) {
      return;
    }
    report.addFailure(
        Messages.of(
            "migration.otherProcedure",
            Messages.step(source),
            nameOf(from),
            Messages.step(target),
            nameOf(to)));
  }

  private static String nameOf(ProcessDefinitionEntity procedure) {
    String name = procedure.getName();
    return name == null || name.isBlank() ? procedure.getKey() : name;
  }
}
