package id.go.trenggalekkab.aptika.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * Our task query is the engine's, but for the authorization join: this fails as soon as a Camunda
 * upgrade changes the engine's task query, so that the copy is made again from the new one.
 */
class TaskQueryMappingTest {

  private static final String ENGINE_MAPPING =
      "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  private static final Pattern OURS =
      Pattern.compile("<!-- aptika:(?!\\s*end).*?<!-- aptika: end -->", Pattern.DOTALL);
  private static final String ENGINE_JOIN =
      "<include refid=\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity"
          + ".authCheckJoinWithoutOnClause\" /> AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator}"
          + " D.KEY_ ${authJoinSeparator} '*' ${authJoinEnd})";
  private static final String ENGINE_CHECK =
      "<include refid=\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity"
          + ".contextualAuthorizationCheck\" />";

  @Test
  void theCopyIsTheEnginesTaskQueryButForTheAuthorizationJoin() throws IOException {
    String engine = read(ProcessEngine.class.getClassLoader(), ENGINE_MAPPING);
    String ours = read(TaskQueryMapping.class.getClassLoader(), TaskQueryMapping.MAPPING);

    String engineQuery =
        statement(engine, "<select id=\"selectTaskByQueryCriteria\"", "</select>")
            + statement(engine, "<select id=\"selectTaskCountByQueryCriteria\"", "</select>")
            + statement(engine, "<sql id=\"selectTaskByQueryCriteriaSql\">", "</sql>");
    String ourQuery =
        statement(ours, "<select id=\"selectTaskByQueryCriteria\"", "</select>")
            + statement(ours, "<select id=\"selectTaskCountByQueryCriteria\"", "</select>")
            + statement(ours, "<sql id=\"selectTaskByQueryCriteriaSql\">", "</sql>");

    Matcher changes = OURS.matcher(ourQuery);
    assertThat(changes.results().count()).as("changed places").isEqualTo(2);
    String unchanged =
        normalized(
            OURS.matcher(ourQuery)
                .replaceAll("CHANGED")
                .replace(
                    "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.taskResultMap",
                    "taskResultMap")
                .replace(
                    "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.columnSelection",
                    "columnSelection"));
    String engineNormalized = normalized(engineQuery);
    assertThat(engineNormalized).contains(ENGINE_JOIN, ENGINE_CHECK);
    String original =
        engineNormalized.replace(ENGINE_JOIN, "CHANGED").replace(ENGINE_CHECK, "CHANGED");
    assertThat(unchanged).isEqualTo(original);
  }

  private static String statement(String xml, String start, String end) {
    int from = xml.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    return xml.substring(from, xml.indexOf(end, from) + end.length());
  }

  private static String normalized(String xml) {
    return xml.replaceAll("\\s+", " ").trim();
  }

  private static String read(ClassLoader loader, String resource) throws IOException {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
