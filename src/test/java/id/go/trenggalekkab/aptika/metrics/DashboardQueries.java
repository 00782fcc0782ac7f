package id.go.trenggalekkab.aptika.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names the PromQL queries ({@code expr}) of a Grafana dashboard name. */
final class DashboardQueries {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "bool",
          "and",
          "or",
          "unless",
          "offset",
          "inf",
          "nan");

  private DashboardQueries() {}

  /** Every query of the dashboard, in panels, rows' panels and templating variables. */
  static Set<String> expressions(JsonNode dashboard) {
    Set<String> found = new TreeSet<>();
    dashboard.findValues("expr").forEach(expr -> found.add(expr.asText()));
    dashboard
        .path("templating")
        .path("list")
        .forEach(
            variable -> {
              if (variable.path("type").asText().equals("query")) {
                found.add(
                    variable.path("query").path("query").asText(variable.path("query").asText()));
              }
            });
    return found;
  }

  static Set<String> metricNames(JsonNode dashboard) {
    Set<String> names = new TreeSet<>();
    expressions(dashboard).forEach(expr -> names.addAll(metricNames(expr)));
    return names;
  }

  /**
   * The metric names of one query: identifiers that are not functions (followed by "("), label
   * names (inside braces or after by/without), keywords, Grafana variables or durations.
   */
  static Set<String> metricNames(String expr) {
    String bare =
        expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll(
                "(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
            .replaceAll("\\$\\{?\\w+}?", " ")
            .replaceAll("\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?[smhdwy]?\\b", " ");
    Set<String> names = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(bare);
    while (identifier.find()) {
      String name = identifier.group();
      boolean isFunction = bare.substring(identifier.end()).stripLeading().startsWith("(");
      if (!isFunction && !KEYWORDS.contains(name.toLowerCase())) {
        names.add(name);
      }
    }
    return names;
  }
}
