package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * One service task's letter work. There is one bean of this class per {@link LetterStep}, named as
 * the model's {@code camunda:delegateExpression} names it (see {@link LetterConfiguration}).
 */
class LetterStepDelegate implements JavaDelegate {

  private final LetterStep step;
  private final LetterOffice office;

  LetterStepDelegate(LetterStep step, LetterOffice office) {
    this.step = step;
    this.office = office;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String note = office.perform(step, execution.getProcessInstanceId(), execution.getVariables());
    ProcessNotes.append(execution, step.stepLabel() + ": " + note);
  }
}
