package id.go.trenggalekkab.aptika.splp;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.BpmnError;

/**
 * The portal's refusal as the models route it: a BPMN error {@value #ERROR_CODE} caught on the
 * calling task, whose message (the portal's reason in Bahasa Indonesia) lands in the variable
 * {@value #MESSAGE_VARIABLE} for the person who resolves it.
 */
final class SplpRejection {

  static final String ERROR_CODE = "SPLP_REJECTED";
  static final String MESSAGE_VARIABLE = "splpRejection";

  private SplpRejection() {}

  static <T> T routed(Supplier<T> call) {
    try {
      return call.get();
    } catch (SplpRejectedException e) {
      throw new BpmnError(ERROR_CODE, e.getMessage());
    }
  }
}
