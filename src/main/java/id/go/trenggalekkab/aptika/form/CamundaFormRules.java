package id.go.trenggalekkab.aptika.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The validation rules of a Camunda Form ({@code .form}), read from the form itself so that the
 * server checks exactly what form-js checks in the browser: {@code required}, {@code pattern},
 * {@code minLength}/{@code maxLength} and {@code min}/{@code max}, for every field a person can
 * edit and that is not hidden by its condition. A text of spaces only counts as empty.
 *
 * <p>form-js evaluates the {@code hide} conditions in FEEL; so does this class, with the FEEL
 * engine Camunda ships for DMN ({@code org.camunda.feel}, through its Java API {@link
 * FeelEngineBuilder}). A condition that does not parse is refused when the form is read, so that a
 * new form cannot silently escape the server's check (a test reads every form in {@code forms/}).
 */
public final class CamundaFormRules {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

  record Field(
      String key,
      String type,
      String label,
      boolean required,
      Pattern pattern,
      Integer minLength,
      Integer maxLength,
      Double min,
      Double max,
      List<String> options,
      Predicate<Map<String, Object>> hidden) {}

  private final String formId;
  private final List<Field> fields;

  CamundaFormRules(String formId, List<Field> fields) {
    this.formId = formId;
    this.fields = fields;
  }

  public static CamundaFormRules read(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    List<Field> fields = new ArrayList<>();
    collect(root.path("components"), fields);
    return new CamundaFormRules(root.path("id").asText(), List.copyOf(fields));
  }

  public String formId() {
    return formId;
  }

  /** The fields a person can edit: keyed, neither disabled nor read-only. */
  List<Field> fields() {
    return fields;
  }

  /**
   * @return one message in Bahasa Indonesia per broken rule, empty when the values pass
   */
  public List<String> check(Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    for (Field field : fields) {
      List<String> broken = broken(field, values.get(field.key()));
      // A hidden field is not checked. Its condition decides only whether its broken rules count,
      // so it is evaluated only for a field that breaks one: a form sent as it should be costs no
      // FEEL evaluation at all.
      if (!broken.isEmpty() && !field.hidden().test(values)) {
        problems.addAll(broken);
      }
    }
    return problems;
  }

  private static List<String> broken(Field field, Object value) {
    List<String> problems = new ArrayList<>();
    String text = value == null ? "" : value.toString();
    if (text.isBlank()) {
      if (field.required()) {
        problems.add(field.label() + " wajib diisi.");
      }
      return problems;
    }
    if (field.pattern() != null && !field.pattern().matcher(text).find()) {
      problems.add(field.label() + " tidak sesuai format yang diminta.");
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      problems.add(field.label() + " minimal " + field.minLength() + " karakter.");
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      problems.add(field.label() + " maksimal " + field.maxLength() + " karakter.");
    }
    checkRange(field, text, problems);
    if (!field.options().isEmpty() && !field.options().contains(text)) {
      problems.add(field.label() + ": pilihan '" + text + "' tidak dikenal.");
    }
    return problems;
  }

  private static void checkRange(Field field, String text, List<String> problems) {
    if (field.min() == null && field.max() == null) {
      return;
    }
    try {
      double number = Double.parseDouble(text);
      if (field.min() != null && number < field.min()) {
        problems.add(field.label() + " paling kecil " + field.min() + ".");
      }
      if (field.max() != null && number > field.max()) {
        problems.add(field.label() + " paling besar " + field.max() + ".");
      }
    } catch (NumberFormatException e) {
      problems.add(field.label() + " harus berupa angka.");
    }
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      collect(component.path("components"), fields);
      String key = component.path("key").asText(null);
      boolean editable =
          key != null
              && !component.path("disabled").asBoolean(false)
              && !component.path("readonly").asBoolean(false);
      if (!editable) {
        continue;
      }
      JsonNode validate = component.path("validate");
      fields.add(
          new Field(
              key,
              component.path("type").asText(),
              component.path("label").asText(key),
              validate.path("required").asBoolean(false),
              validate.hasNonNull("pattern")
                  ? Pattern.compile(validate.get("pattern").asText())
                  : null,
              validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
              validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
              validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
              validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
              options(component),
              condition(component.path("conditional").path("hide").asText(null), key)));
    }
  }

  /** The fixed choices of a select or radio group; a checklist submits several, so none. */
  private static List<String> options(JsonNode component) {
    String type = component.path("type").asText();
    if (!type.equals("select") && !type.equals("radio")) {
      return List.of();
    }
    List<String> options = new ArrayList<>();
    component.path("values").forEach(value -> options.add(value.path("value").asText()));
    return List.copyOf(options);
  }

  /**
   * A form-js condition: "=" and a FEEL expression, which hides the field when it yields true. One
   * that does not parse is refused when the form is read.
   */
  static Predicate<Map<String, Object>> condition(String hide, String key) {
    if (hide == null || hide.isBlank()) {
      return values -> false;
    }
    ParseResult parsed = hide.startsWith("=") ? FEEL.parseExpression(hide.substring(1)) : null;
    if (parsed == null || !parsed.isSuccess()) {
      throw new IllegalArgumentException(
          "Field '" + key + "' hides on a condition the server cannot evaluate: " + hide);
    }
    ParsedExpression expression = parsed.parsedExpression();
    return values -> Boolean.TRUE.equals(FEEL.evaluate(expression, values).result());
  }
}
