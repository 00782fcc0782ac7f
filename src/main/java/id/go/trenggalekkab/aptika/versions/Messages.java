package id.go.trenggalekkab.aptika.versions;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/** The messages of this feature, kept in {@code versions/messages.properties}. */
final class Messages {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("versions/messages", Locale.ROOT);

  private Messages() {}

  static String of(String key, Object... arguments) {
    return new MessageFormat(BUNDLE.getString(key), INDONESIAN).format(arguments);
  }

  /** The message's text before its first argument. */
  static String prefix(String key) {
    String pattern = BUNDLE.getString(key);
    int argument = pattern.indexOf('{');
    return argument < 0 ? pattern : pattern.substring(0, argument);
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
