package id.go.trenggalekkab.aptika.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/**
 * Our task and variable queries, and our authorization check, were made from the engine's of
 * Camunda 7.24.0. This fails as soon as a Camunda upgrade changes the engine's statements, so that
 * ours is made again from the new ones (and {@code TaskQueryEquivalenceTest} proves again that both
 * return the same tasks and answers).
 */
class TaskQueryMappingTest {

  private static final String ENGINE_TASKS = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  private static final String ENGINE_AUTHORIZATIONS =
      "org/camunda/bpm/engine/impl/mapping/entity/Authorization.xml";
  private static final String ENGINE_VARIABLES =
      "org/camunda/bpm/engine/impl/mapping/entity/VariableInstance.xml";

  /** SHA-256 of the variable query's four statements in Camunda 7.24.0, whitespace collapsed. */
  private static final String VARIABLES_MADE_FROM =
      "0e34a79f1510e143a0617199eccafc0b95945d6fb5991b5a41329dfb3e33c391";

  /** SHA-256 of the three statements below in Camunda 7.24.0, whitespace collapsed. */
  private static final String MADE_FROM =
      "3af1ced5ed83a868e8ce67f3b5f9ab8375b598079589882a9ff1b254ab829dc0";

  /** SHA-256 of the authorization check's statement and its parts in Camunda 7.24.0. */
  private static final String CHECK_MADE_FROM =
      "ac85e6de817b092802699aad5122451c23714550c9ab415b92c50724572b111f";

  @Test
  void theEnginesTaskQueryIsTheOneOursWasMadeFrom() throws Exception {
    assertUnchanged(
        ENGINE_TASKS,
        MADE_FROM,
        "the engine's task query changed: make " + TaskQueryMapping.MAPPING + " again from it",
        "<select id=\"selectTaskByQueryCriteria\"",
        "<select id=\"selectTaskCountByQueryCriteria\"",
        "<sql id=\"selectTaskByQueryCriteriaSql\">");
  }

  @Test
  void theEnginesVariableQueryIsTheOneOursWasMadeFrom() throws Exception {
    assertUnchanged(
        ENGINE_VARIABLES,
        VARIABLES_MADE_FROM,
        "the engine's variable query changed: make "
            + TaskQueryMapping.VARIABLE_MAPPING
            + " again from it",
        "<select id=\"selectVariableInstanceByQueryCriteria\"",
        "<select id=\"selectVariableInstanceCountByQueryCriteria\"",
        "<sql id=\"actInstIdColumn\">",
        "<sql id=\"selectVariableInstanceByQueryCriteriaSql\">");
  }

  @Test
  void theEnginesAuthorizationCheckIsTheOneOursWasMadeFrom() throws Exception {
    assertUnchanged(
        ENGINE_AUTHORIZATIONS,
        CHECK_MADE_FROM,
        "the engine's authorization check changed: make AuthorizationChecks.Manager's again from"
            + " it",
        "<select id=\"isUserAuthorizedForResource\"",
        "<sql id=\"authCheck\">",
        "<sql id=\"authorizationCheck\">",
        "<sql id=\"atomicChecks\">",
        "<sql id=\"compositeChecks\">",
        "<sql id=\"disjunctiveAtomicChecks\">",
        "<sql id=\"conjunctiveAtomicChecks\">");
  }

  /**
   * The engine's statements that begin so, whitespace collapsed, still hash to {@code madeFrom}.
   */
  private static void assertUnchanged(
      String resource, String madeFrom, String changed, String... starts) throws Exception {
    String engine = read(ProcessEngine.class.getClassLoader(), resource);
    StringBuilder statements = new StringBuilder();
    for (String start : starts) {
      statements.append(
          statement(engine, start, start.startsWith("<select") ? "</select>" : "</sql>"));
    }
    assertThat(sha256(statements.toString().replaceAll("\\s+", " ").trim()))
        .as(changed)
        .isEqualTo(madeFrom);
  }

  @Test
  void ourMappingsHoldEveryStatementTheyReplace() throws IOException {
    String ours =
        read(TaskQueryMapping.class.getClassLoader(), TaskQueryMapping.MAPPING)
            + read(TaskQueryMapping.class.getClassLoader(), TaskQueryMapping.VARIABLE_MAPPING);
    for (String statement : TaskQueryMapping.STATEMENTS.keySet()) {
      assertThat(ours).contains("<select id=\"" + statement + "\"");
    }
  }

  /**
   * OGNL keeps the getter it found for a property, but a name that is no property, such as the
   * engine's {@code query.isOrQueryActive} (the getter {@code isOrQueryActive()} makes the property
   * {@code orQueryActive}), it looks up again on every evaluation by lower-casing and comparing the
   * names of all the class's methods. Ours reads every property of a task query by its name.
   */
  @Test
  void everyTaskQueryPropertyOurStatementsReadIsFoundByItsGetter() throws IOException {
    String ours = read(TaskQueryMapping.class.getClassLoader(), TaskQueryMapping.MAPPING);
    Matcher property = Pattern.compile("(?:\\bquery|\\$\\{q\\})\\.(\\w+)").matcher(ours);
    Set<String> names = new TreeSet<>();
    while (property.find()) {
      names.add(property.group(1));
    }

    assertThat(names).contains("orQueryActive", "withoutTenantId", "candidateGroups");
    assertThat(names)
        .allSatisfy(
            name ->
                assertThat(OgnlRuntime.getGetMethod(TaskQueryImpl.class, name))
                    .as("query.%s has no getter", name)
                    .isNotNull());
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
