package id.go.trenggalekkab.aptika.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of process variables for delegates and listeners, instead of casts at each use. */
public final class ProcessVariables {

  private ProcessVariables() {}

  /** A variable as stripped text, or null when it is not set. */
  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().strip();
  }
}
