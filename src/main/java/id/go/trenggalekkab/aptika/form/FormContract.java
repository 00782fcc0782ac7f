package id.go.trenggalekkab.aptika.form;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What one form lets a person write: its editable fields, each with the value types it submits. A
 * start or a task completion may set these and nothing else; everything else a process holds
 * belongs to the server, to a delegate or to another lane.
 */
final class FormContract {

  private static final Set<String> TEXT = Set.of("string");
  private static final Set<String> NUMBER = Set.of("integer", "long", "short", "double");
  private static final Set<String> YES_NO = Set.of("boolean");

  /** A form that offers nothing, e.g. a step without a form. */
  static final FormContract NOTHING = new FormContract(Map.of());

  private final Map<String, Set<String>> fields;

  private FormContract(Map<String, Set<String>> fields) {
    this.fields = Map.copyOf(fields);
  }

  /** A Camunda Form: the value types form-js submits for each component, as Tasklist sends them. */
  static FormContract of(CamundaFormRules form) {
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    for (CamundaFormRules.Field field : form.fields()) {
      fields.put(field.key(), typesOf(form.formId(), field));
    }
    return new FormContract(fields);
  }

  /** An embedded HTML form: every {@code cam-variable-name} with its {@code cam-variable-type}. */
  static FormContract ofEmbedded(String html) {
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    for (Element input : Jsoup.parse(html).select("[cam-variable-name]")) {
      String type = input.attr("cam-variable-type");
      fields.put(
          input.attr("cam-variable-name"),
          Set.of(type.isEmpty() ? "string" : type.toLowerCase(Locale.ROOT)));
    }
    return new FormContract(fields);
  }

  /**
   * @return one message in Bahasa Indonesia naming every variable the form does not offer, or the
   *     first whose value has a type the form does not declare; null when everything sent fits
   */
  String refusal(VariableMap sent) {
    List<String> foreign = sent.keySet().stream().filter(n -> !fields.containsKey(n)).toList();
    if (!foreign.isEmpty()) {
      return (foreign.size() == 1 ? "Isian " : "Isian-isian ")
          + String.join(", ", foreign.stream().map(n -> "\"" + n + "\"").toList())
          + " tidak ada pada formulir langkah ini: nilainya ditetapkan oleh sistem atau oleh"
          + " langkah lain dan tidak dapat diubah di sini.";
    }
    for (String name : sent.keySet()) {
      String type = typeOf(sent.getValueTyped(name));
      Set<String> declared = fields.get(name);
      if (type != null && !declared.contains(type)) {
        return "Isian \""
            + name
            + "\" harus berupa "
            + describe(declared)
            + "; nilai bertipe "
            + Character.toUpperCase(type.charAt(0))
            + type.substring(1)
            + " tidak diterima.";
      }
    }
    return null;
  }

  private static Set<String> typesOf(String formId, CamundaFormRules.Field field) {
    return switch (field.type()) {
      case "textfield", "textarea", "select", "radio", "datetime" -> TEXT;
      case "number" -> NUMBER;
      case "checkbox" -> YES_NO;
      default ->
          throw new IllegalArgumentException(
              formId
                  + ": field '"
                  + field.key()
                  + "' is a "
                  + field.type()
                  + ", whose values the server does not know how to accept");
    };
  }

  /** The engine's name of the value's type, or null for no value at all. */
  static String typeOf(TypedValue value) {
    ValueType type = value.getType();
    if (type != null) {
      return type == ValueType.NULL ? null : type.getName();
    }
    Object raw = value.getValue();
    if (raw == null) {
      return null;
    }
    if (raw instanceof String) {
      return "string";
    }
    if (raw instanceof Boolean) {
      return "boolean";
    }
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      return raw.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
    if (raw instanceof Double) {
      return "double";
    }
    if (raw instanceof Date) {
      return "date";
    }
    return raw instanceof byte[] ? "bytes" : "object";
  }

  private static String describe(Set<String> types) {
    if (types.equals(TEXT)) {
      return "teks";
    }
    if (types.equals(NUMBER)) {
      return "angka";
    }
    if (types.equals(YES_NO)) {
      return "ya/tidak (Boolean)";
    }
    return types.contains("file") ? "berkas" : String.join("/", types);
  }
}
