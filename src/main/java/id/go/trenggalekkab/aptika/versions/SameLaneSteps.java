package id.go.trenggalekkab.aptika.versions;

import org.camunda.bpm.engine.impl.migration.validation.instruction.MigrationInstructionValidationReportImpl;
import org.camunda.bpm.engine.impl.migration.validation.instruction.MigrationInstructionValidator;
import org.camunda.bpm.engine.impl.migration.validation.instruction.ValidatingMigrationInstruction;
import org.camunda.bpm.engine.impl.migration.validation.instruction.ValidatingMigrationInstructions;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A step of a plan stays in its lane: a user task mapped to a step of another lane would hand the
 * request to another role. Runs when a plan is made or checked ({@code /migration/generate}, {@code
 * /validate}, Cockpit's migration page), so it is refused before anything moves.
 */
class SameLaneSteps implements MigrationInstructionValidator {

  @Override
  public void validate(
      ValidatingMigrationInstruction instruction,
      ValidatingMigrationInstructions instructions,
      MigrationInstructionValidationReportImpl report) {
    ActivityImpl source = instruction.getSourceActivity();
    ActivityImpl target = instruction.getTargetActivity();
    BpmnModelInstance sourceModel = Models.of(source);
    BpmnModelInstance targetModel = Models.of(target);
    FlowElement sourceElement = sourceModel.getModelElementById(source.getId());
    FlowElement targetElement = targetModel.getModelElementById(target.getId());
    if (!(sourceElement instanceof UserTask)) {
      return;
    }
    String from = Messages.step(source.getId(), sourceElement);
    String to = Messages.step(target.getId(), targetElement);
    if (!(targetElement instanceof UserTask)) {
      report.addFailure(Messages.of("migration.notUserTask", from, to));
      return;
    }
    Lane sourceLane = Lanes.of(sourceModel, source.getId()).orElse(null);
    Lane targetLane = Lanes.of(targetModel, target.getId()).orElse(null);
    if (sourceLane != null && targetLane != null && !Lanes.same(sourceLane, targetLane)) {
      report.addFailure(
          Messages.of(
              "migration.otherLane", from, Lanes.nameOf(sourceLane), to, Lanes.nameOf(targetLane)));
    }
  }
}
