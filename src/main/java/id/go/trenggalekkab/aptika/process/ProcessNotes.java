package id.go.trenggalekkab.aptika.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The running record of what the system did for a request (variable {@code systemNotes}), one line
 * per step, shown read-only in the later task forms.
 */
public final class ProcessNotes {

  public static final String VARIABLE = "systemNotes";

  private ProcessNotes() {}

  /** A variable as stripped text, or null when it is not set. */
  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().strip();
  }

  public static void append(VariableScope scope, String line) {
    Object existing = scope.getVariable(VARIABLE);
    String notes =
        existing == null || existing.toString().isBlank() ? line : existing + "\n" + line;
    scope.setVariable(VARIABLE, notes);
  }
}
