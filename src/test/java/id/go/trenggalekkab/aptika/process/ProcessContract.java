package id.go.trenggalekkab.aptika.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A process's contract as its backing classes declare it (every public String constant is a name
 * the process may use; each class's {@code DECISIONS} gives the values of a variable the process
 * routes on), and the check of the literals that forms and the model use against it. Forms and BPMN
 * cannot reference Java, so this is where they meet.
 */
record ProcessContract(Set<String> names, Map<String, Set<String>> decisions) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Names and values in expressions: identifiers, and quoted literals compared with them. */
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?![\\w(.])");

  private static final Pattern COMPARISON =
      Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)\\s*(?:==|!=|=)\\s*['\"]([^'\"]*)['\"]");

  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

  /** A script's variables: those it fetches or reads, and lists of names it fetches in a loop. */
  private static final Pattern SCRIPT_NAME =
      Pattern.compile(
          "(?:variableValue|fetchVariable)\\('(\\w+)'\\)|\\[\\s*('\\w+'(?:\\s*,\\s*'\\w+')*)\\s*]");

  /** Words of FEEL and JUEL, and the execution the engine passes in, that name no variable. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "null",
          "and",
          "or",
          "not",
          "true",
          "false",
          "empty",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "div",
          "mod",
          "if",
          "then",
          "else",
          "in",
          "execution",
          "task");

  static ProcessContract of(Class<?>... classes) {
    Set<String> names = new TreeSet<>();
    Map<String, Set<String>> decisions = new HashMap<>();
    for (Class<?> type : classes) {
      for (Field field : type.getFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        Object value = read(field);
        if (value instanceof String name) {
          names.add(name);
        } else if (field.getName().equals("DECISIONS")) {
          ((Map<?, ?>) value)
              .forEach(
                  (variable, values) ->
                      decisions.put(
                          (String) variable,
                          Arrays.stream(((Class<?>) values).getEnumConstants())
                              .map(constant -> ((Enum<?>) constant).name())
                              .collect(Collectors.toSet())));
        }
      }
    }
    return new ProcessContract(names, decisions);
  }

  ProcessContract with(String... more) {
    Set<String> all = new TreeSet<>(names);
    all.addAll(List.of(more));
    return new ProcessContract(all, decisions);
  }

  /** What a Camunda Form uses that the contract does not declare. */
  List<String> checkForm(String json) throws Exception {
    List<String> problems = new ArrayList<>();
    JsonNode form = JSON.readTree(json);
    String formId = form.path("id").asText();
    for (JsonNode component : form.findParents("type")) {
      String key = component.path("key").asText(null);
      if (key != null) {
        name(formId + " field", key, problems);
        if (decisions.containsKey(key) && component.has("values")) {
          Set<String> offered = new HashSet<>();
          component.get("values").forEach(option -> offered.add(option.path("value").asText()));
          if (!offered.equals(decisions.get(key))) {
            problems.add(
                formId
                    + " offers "
                    + new TreeSet<>(offered)
                    + " for "
                    + key
                    + ", the contract "
                    + new TreeSet<>(decisions.get(key)));
          }
        }
      }
      Matcher template = TEMPLATE.matcher(component.path("text").asText(""));
      while (template.find()) {
        name(formId + " text", template.group(1), problems);
      }
      String hide = component.path("conditional").path("hide").asText("");
      if (hide.startsWith("=")) {
        expression(formId + " condition " + hide, hide.substring(1), false, problems);
      }
    }
    return problems;
  }

  /** What an embedded HTML form uses, in its fields and its script, that is not declared. */
  List<String> checkHtml(String file, String html) {
    List<String> problems = new ArrayList<>();
    for (Element field : Jsoup.parse(html).select("[cam-variable-name]")) {
      String name = field.attr("cam-variable-name");
      name(file + " field", name, problems);
      if (decisions.containsKey(name) && field.tagName().equals("select")) {
        Set<String> offered = new HashSet<>(field.select("option[value]").eachAttr("value"));
        offered.remove("");
        if (!offered.equals(decisions.get(name))) {
          problems.add(file + " offers " + new TreeSet<>(offered) + " for " + name);
        }
      }
    }
    for (Element script : Jsoup.parse(html).select("script")) {
      Matcher used = SCRIPT_NAME.matcher(script.data());
      while (used.find()) {
        String names = used.group(1) != null ? used.group(1) : used.group(2);
        for (String name : names.replace("'", "").split("\\s*,\\s*")) {
          name(file + " script", name, problems);
        }
      }
    }
    return problems;
  }

  /** What the model's conditions, assignees and errors use that is not declared. */
  List<String> checkModel(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
      String text = condition.getTextContent().strip();
      expression("condition " + text, text.substring(2, text.length() - 1), true, problems);
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String assignee = task.getCamundaAssignee();
      if (assignee != null && assignee.startsWith("${")) {
        expression(
            task.getId() + " assignee",
            assignee.substring(2, assignee.length() - 1),
            false,
            problems);
      }
    }
    for (Error error : model.getModelElementsByType(Error.class)) {
      name("error " + error.getId(), error.getErrorCode(), problems);
    }
    for (ErrorEventDefinition caught : model.getModelElementsByType(ErrorEventDefinition.class)) {
      String variable = caught.getCamundaErrorMessageVariable();
      if (variable != null) {
        name(caught.getId() + " message variable", variable, problems);
      }
    }
    return problems;
  }

  /**
   * Every variable an expression reads is declared; every literal it compares one with is among
   * that variable's declared values. A routing decision (a BPMN condition) may compare only a
   * variable whose values are declared.
   */
  private void expression(String where, String text, boolean routes, List<String> problems) {
    Matcher comparison = COMPARISON.matcher(text);
    while (comparison.find()) {
      String variable = comparison.group(1);
      Set<String> values = decisions.get(variable);
      if (values == null && routes) {
        problems.add(where + ": " + variable + " is compared, but its values are not declared");
      } else if (values != null && !values.contains(comparison.group(2))) {
        problems.add(where + ": " + comparison.group(2) + " is not a value of " + variable);
      }
    }
    Matcher identifier = IDENTIFIER.matcher(QUOTED.matcher(text).replaceAll("''"));
    while (identifier.find()) {
      if (!KEYWORDS.contains(identifier.group(1))) {
        name(where, identifier.group(1), problems);
      }
    }
  }

  private void name(String where, String name, List<String> problems) {
    if (!names.contains(name)) {
      problems.add(where + ": " + name + " is not declared in the process's contract");
    }
  }

  private static Object read(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
