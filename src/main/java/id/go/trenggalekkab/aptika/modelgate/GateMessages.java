package id.go.trenggalekkab.aptika.modelgate;

import id.go.trenggalekkab.aptika.system.OfficeMessages;

/** The gate's messages, kept in {@code modelgate/messages.properties} where they can be edited. */
final class GateMessages {

  private static final OfficeMessages MESSAGES = new OfficeMessages("modelgate/messages");

  private GateMessages() {}

  static String of(String key, Object... arguments) {
    return MESSAGES.of(key, arguments);
  }

  /** How a message names an element: its label and id, or the id alone when it has no label. */
  static String element(String id, String name) {
    if (name == null || name.isBlank() || name.strip().equals(id)) {
      return id;
    }
    return of("element", id, "\"" + name.strip().replaceAll("\\s+", " ") + "\"");
  }
}
