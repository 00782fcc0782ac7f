package id.go.trenggalekkab.aptika.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text the Camunda 7.24.0 webapps ship in English ({@code en.json} of the webjar on the
 * classpath) has its Bahasa Indonesia translation in our {@code id.json}: present, not empty, not
 * left in English unless the word is on the reviewed list of GLOSARIUM.md, with the same {@code
 * {{placeholders}}}, and no key the webapps do not know.
 */
class WebappTranslationsTest {

  static final String APP = "META-INF/resources/webjars/camunda/app/";
  static final Path GLOSSARY =
      Path.of(System.getProperty("basedir", "."), "src/main/resources", APP, "GLOSARIUM.md");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyShippedTextIsTranslated(String app) throws IOException {
    Map<String, JsonNode> english = leaves(read(shipped(app + "/locales/en.json")));
    Map<String, JsonNode> indonesian = leaves(read(ours(app + "/locales/id.json")));
    Set<String> keptWords = glossaryList("Tetap sama");
    Set<String> emptyOnPurpose = glossaryList("Sengaja kosong");

    List<String> problems = new ArrayList<>();
    english.forEach(
        (key, en) -> {
          JsonNode id = indonesian.get(key);
          if (id == null) {
            problems.add(key + ": missing");
          } else if (!en.isTextual()) {
            if (!id.equals(en)) {
              problems.add(key + ": " + id + " instead of the number " + en);
            }
          } else if (id.asText().isBlank()) {
            if (!emptyOnPurpose.contains(lastPart(key))) {
              problems.add(key + ": empty");
            }
          } else if (id.asText().strip().equalsIgnoreCase(en.asText().strip())
              && !keptWords.contains(en.asText().strip().toLowerCase(Locale.ROOT))) {
            problems.add(key + ": left in English, \"" + en.asText() + "\"");
          } else if (!placeholders(id.asText()).equals(placeholders(en.asText()))) {
            problems.add(key + ": placeholders " + placeholders(id.asText()));
          }
        });
    indonesian.keySet().stream()
        .filter(key -> !english.containsKey(key))
        .forEach(key -> problems.add(key + ": not a key of the shipped en.json"));

    assertThat(english).as("texts shipped in %s's en.json", app).hasSizeGreaterThan(100);
    assertThat(problems).as("%s/locales/id.json", app).isEmpty();
  }

  /** The reviewed list under a heading of GLOSARIUM.md: its items in backticks, lower case. */
  static Set<String> glossaryList(String heading) throws IOException {
    List<String> lines = Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8);
    int start = lines.indexOf("## " + heading);
    assertThat(start).as("section \"%s\" of %s", heading, GLOSSARY).isNotNegative();
    Set<String> items = new TreeSet<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("- `") && line.endsWith("`")) {
        items.add(line.substring(3, line.length() - 1).toLowerCase(Locale.ROOT));
        items.add(line.substring(3, line.length() - 1));
      }
    }
    assertThat(items).as("items of section \"%s\"", heading).isNotEmpty();
    return Collections.unmodifiableSet(items);
  }

  /** A resource of the Camunda webjar itself, even where ours overrides it. */
  static URL shipped(String path) throws IOException {
    return Collections.list(ClassLoader.getSystemClassLoader().getResources(APP + path)).stream()
        .filter(url -> url.toString().contains("camunda-webapp-webjar"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not in the Camunda webjar: " + path));
  }

  /** Our resource of that path, the one the application serves. */
  static URL ours(String path) throws IOException {
    return Collections.list(ClassLoader.getSystemClassLoader().getResources(APP + path)).stream()
        .filter(url -> !url.toString().contains("camunda-webapp-webjar"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not in the application: " + path));
  }

  static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text; // the webjar's files have a BOM
    }
  }

  private static JsonNode read(URL url) throws IOException {
    return JSON.readTree(text(url));
  }

  /** Every leaf of the JSON tree by its path: {@code labels.CLAIM_TASK}, {@code months[0]}. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  collect(
                      path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static String lastPart(String key) {
    return key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  private static Set<String> placeholders(String text) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    return matcher.results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
  }
}
