package id.go.trenggalekkab.aptika.splp;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.BpmnError;

/**
 * The portal's refusal as the models route it: a BPMN error {@value
 * SplpAccountContract#SPLP_REJECTED} caught on the calling task, whose message (the portal's reason
 * in Bahasa Indonesia) lands in the variable {@value SplpAccountContract#SPLP_REJECTION} for the
 * person who resolves it.
 */
final class SplpRejection {

  private SplpRejection() {}

  static <T> T routed(Supplier<T> call) {
    try {
      return call.get();
    } catch (SplpRejectedException e) {
      throw new BpmnError(SplpAccountContract.SPLP_REJECTED, e.getMessage());
    }
  }
}
