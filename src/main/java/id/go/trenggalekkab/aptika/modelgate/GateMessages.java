package id.go.trenggalekkab.aptika.modelgate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The gate's messages, kept in {@code modelgate/messages.properties} where they can be edited. */
final class GateMessages {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("modelgate/messages", Locale.ROOT);

  private GateMessages() {}

  static String of(String key, Object... arguments) {
    return new MessageFormat(BUNDLE.getString(key), INDONESIAN).format(arguments);
  }

  /** How a message names an element: its label and id, or the id alone when it has no label. */
  static String element(String id, String name) {
    if (name == null || name.isBlank() || name.strip().equals(id)) {
      return id;
    }
    return of("element", id, "\"" + name.strip().replaceAll("\\s+", " ") + "\"");
  }
}
