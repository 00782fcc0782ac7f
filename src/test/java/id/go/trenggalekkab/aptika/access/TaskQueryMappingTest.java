package id.go.trenggalekkab.aptika.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * Our task query was made from the engine's task query of Camunda 7.24.0. This fails as soon as a
 * Camunda upgrade changes the engine's statements, so that ours is made again from the new ones
 * (and {@code TaskQueryEquivalenceTest} proves again that both return the same tasks).
 */
class TaskQueryMappingTest {

  private static final String ENGINE_MAPPING =
      "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";

  /** SHA-256 of the three statements below in Camunda 7.24.0, whitespace collapsed. */
  private static final String MADE_FROM =
      "3af1ced5ed83a868e8ce67f3b5f9ab8375b598079589882a9ff1b254ab829dc0";

  @Test
  void theEnginesTaskQueryIsTheOneOursWasMadeFrom() throws Exception {
    String engine = read(ProcessEngine.class.getClassLoader(), ENGINE_MAPPING);
    String statements =
        statement(engine, "<select id=\"selectTaskByQueryCriteria\"", "</select>")
            + statement(engine, "<select id=\"selectTaskCountByQueryCriteria\"", "</select>")
            + statement(engine, "<sql id=\"selectTaskByQueryCriteriaSql\">", "</sql>");

    assertThat(sha256(statements.replaceAll("\\s+", " ").trim()))
        .as("the engine's task query changed: make %s again from it", TaskQueryMapping.MAPPING)
        .isEqualTo(MADE_FROM);
  }

  @Test
  void ourMappingReplacesBothStatements() throws IOException {
    String ours = read(TaskQueryMapping.class.getClassLoader(), TaskQueryMapping.MAPPING);
    for (String statement : TaskQueryMapping.STATEMENTS) {
      assertThat(ours).contains("<select id=\"" + statement + "\"");
    }
  }

  private static String statement(String xml, String start, String end) {
    int from = xml.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    return xml.substring(from, xml.indexOf(end, from) + end.length());
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String read(ClassLoader loader, String resource) throws IOException {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
