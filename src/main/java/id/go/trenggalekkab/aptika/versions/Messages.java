package id.go.trenggalekkab.aptika.versions;

import id.go.trenggalekkab.aptika.system.OfficeMessages;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/** The messages of this feature, kept in {@code versions/messages.properties}. */
final class Messages {

  private static final OfficeMessages MESSAGES = new OfficeMessages("versions/messages");

  private Messages() {}

  static String of(String key, Object... arguments) {
    return MESSAGES.of(key, arguments);
  }

  /** The message's text before its first argument. */
  static String prefix(String key) {
    return MESSAGES.prefix(key);
  }

  /**
   * How a message names a step of a deployed version, as its model labels it (inside a command).
   */
  static String step(ScopeImpl step) {
    return step(step.getId(), Models.of(step).getModelElementById(step.getId()));
  }

  /** How a message names a step: its label and id, or the id alone. */
  static String step(String id, FlowElement element) {
    String name = element == null ? null : element.getName();
    if (name == null || name.isBlank()) {
      return id;
    }
    return of("step", id, "\"" + name.strip().replaceAll("\\s+", " ") + "\"");
  }
}
