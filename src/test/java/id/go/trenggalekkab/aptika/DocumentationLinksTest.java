package id.go.trenggalekkab.aptika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and docs/ are the specification a newcomer reads, so every relative link and anchor in
 * them must lead somewhere inside the repository, and every document they, the code or its
 * resources name ({@code something.md}) must be one the repository holds.
 */
class DocumentationLinksTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

  /** Its own examples of broken names are not references. */
  private static final String THIS_FILE = "DocumentationLinksTest.java";

  private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```[^\\n]*$");
  private static final Pattern CODE_SPAN = Pattern.compile("`(?:[^`\\n]|\\n(?![ \\t]*\\n))+`");
  private static final Pattern LINK =
      Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern DOCUMENT_NAME =
      Pattern.compile("(?<![\\w./-])[\\w./-]*[\\w-]\\.md\\b");

  @Test
  void everyRelativeLinkAndAnchorResolves() throws IOException {
    assertThat(brokenLinks(ROOT)).isEmpty();
  }

  @Test
  void everyDocumentNamedIsInTheRepository() throws IOException {
    assertThat(unknownDocuments(ROOT)).isEmpty();
  }

  @Test
  void aMissingFileOrAnchorIsReported(@TempDir Path repo) throws IOException {
    Files.createDirectories(repo.resolve("docs"));
    Files.writeString(
        repo.resolve("README.md"),
        """
        # Project

        ## Run it (quickly)

        See [run](#run-it-quickly), [ops](docs/ops.md#the-database), [gone](docs/gone.md),
        [nowhere](#nowhere) and [out](../outside.md). `[not a link](in/code.md)`, a `code
        span` over a line break, then [lost](docs/lost.md).

        ```
        [not a link either](in/fence.md)
        ```
        """);
    Files.writeString(
        repo.resolve("docs/ops.md"),
        "# Ops\n\n## The database\n\nBack to the [README](../README.md#project), see"
            + " [calendar](calendar.md#holidays) and LETTERS.md.\n");
    Files.writeString(repo.resolve("docs/calendar.md"), "# Calendar\n\n## Working days\n");

    assertThat(brokenLinks(repo))
        .containsExactlyInAnyOrder(
            "README.md: docs/gone.md",
            "README.md: #nowhere",
            "README.md: ../outside.md",
            "README.md: docs/lost.md",
            "docs/ops.md: calendar.md#holidays");
    assertThat(unknownDocuments(repo))
        .containsExactlyInAnyOrder(
            "README.md: docs/gone.md",
            "README.md: ../outside.md",
            "README.md: in/code.md",
            "README.md: docs/lost.md",
            "README.md: in/fence.md",
            "docs/ops.md: LETTERS.md");
  }

  @Test
  void anchorsAreGitHubSlugs() {
    assertThat(
            anchors(
                """
                ## The SPLP portal (WSO2 API Manager)
                ### Signing: local certificate or BSrE
                ## Units (OPD)
                ## `mvn verify`, step_5 and *Permohonan saya*
                ## Units (OPD)
                """))
        .containsExactlyInAnyOrder(
            "the-splp-portal-wso2-api-manager",
            "signing-local-certificate-or-bsre",
            "units-opd",
            "mvn-verify-step_5-and-permohonan-saya",
            "units-opd-1");
  }

  static List<String> brokenLinks(Path root) throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : documents(root)) {
      String text = prose(Files.readString(file));
      Matcher link = LINK.matcher(text);
      while (link.find()) {
        String target = link.group(1);
        if (!SCHEME.matcher(target).find() && !target.startsWith("//")) {
          if (!resolves(root, file, target)) {
            broken.add(root.relativize(file) + ": " + target);
          }
        }
      }
    }
    return broken;
  }

  static List<String> unknownDocuments(Path root) throws IOException {
    Set<String> known = new HashSet<>();
    List<Path> sources = new ArrayList<>(documents(root));
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .map(root::relativize)
          .filter(path -> !path.startsWith("target") && !path.startsWith("node_modules"))
          .filter(path -> !path.startsWith(".git"))
          .forEach(
              path -> {
                known.add(path.toString());
                known.add(path.getFileName().toString());
                if (path.startsWith("src")
                    && path.toString().matches(".*\\.(java|ya?ml|xml|properties|sql|html|js)")
                    && !path.endsWith(THIS_FILE)) {
                  sources.add(root.resolve(path));
                }
              });
    }
    List<String> unknown = new ArrayList<>();
    for (Path file : sources) {
      Matcher name = DOCUMENT_NAME.matcher(Files.readString(file));
      while (name.find()) {
        String mentioned = name.group().replaceFirst("^(\\./|\\.\\./)+", "");
        boolean found =
            known.contains(mentioned)
                || known.stream().anyMatch(path -> path.endsWith("/" + mentioned));
        if (!found) {
          unknown.add(root.relativize(file) + ": " + name.group());
        }
      }
    }
    return unknown;
  }

  private static List<Path> documents(Path root) throws IOException {
    List<Path> documents = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  private static boolean resolves(Path root, Path from, String target) throws IOException {
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    Path file = path.isEmpty() ? from : from.getParent().resolve(path).normalize();
    if (!file.startsWith(root) || !Files.exists(file)) {
      return false;
    }
    if (hash < 0) {
      return true;
    }
    return file.toString().endsWith(".md")
        && anchors(Files.readString(file)).contains(target.substring(hash + 1));
  }

  /** The anchors GitHub gives a Markdown file's headings. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher heading = HEADING.matcher(markdown.replaceAll(FENCE.pattern(), ""));
    while (heading.find()) {
      String text = heading.group(1).replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
      String slug =
          text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return anchors;
  }

  /** The text a reader follows links in: without code blocks and code spans. */
  private static String prose(String markdown) {
    String withoutBlocks = FENCE.matcher(markdown).replaceAll("");
    return CODE_SPAN.matcher(withoutBlocks).replaceAll("code");
  }
}
