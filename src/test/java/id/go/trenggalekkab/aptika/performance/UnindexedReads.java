package id.go.trenggalekkab.aptika.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements PostgreSQL was sent ({@code pg_stat_statements}) that read a table growing with
 * the open work or the history without an index condition: issue 16's class of defect, a request
 * that costs more with every open request. Each statement is explained as PostgreSQL plans it for
 * any parameters ({@code EXPLAIN (GENERIC_PLAN)}, PostgreSQL 16) with sequential scans disabled, so
 * a table is read whole only where no index can serve the statement: by a sequential scan, or by an
 * index scan with no index condition.
 *
 * <p>Not counted: an index scan that yields every row it reads, in the index's order, until a limit
 * is reached (a {@code Limit} on top, nothing sorted whole, no filter on the scan: a filter that
 * few rows pass would read on to the end); the reads that count every open task or incident on
 * purpose, {@link #COUNTS_EVERYTHING}; and the pages {@link #PAGES_MEASURED_WITH_THEIR_VALUES}.
 */
public final class UnindexedReads {

  /**
   * The setting that keeps the engine's history cleanup from running in a workload whose statements
   * are judged. It runs by itself in the nightly window (22:00-05:00 WIB, application.yaml), so a
   * workload that met the window sent its deletes and one that did not, not: the judgement followed
   * the clock. Its deletes on small new tables were named (a whole-table read for any parameters);
   * they were judged with their values on a grown history instead (docs/performance.md, "The
   * nightly jobs on a grown history").
   */
  public static final String NO_NIGHTLY_CLEANUP =
      "--camunda.bpm.generic-properties.properties.historyCleanupEnabled=false";

  /**
   * The project's own tables that grow with every request: documents, letters, mails, portal
   * attempts, notes, services and late steps.
   */
  public static final List<String> OUR_GROWING_TABLES =
      List.of(
          "apt_document",
          "apt_letter",
          "apt_outbox",
          "apt_portal_attempt",
          "apt_request_note",
          "apt_service",
          "apt_sla_breach");

  /**
   * Tables that grow with the open work or the history: the engine's runtime and history tables and
   * byte arrays, and ours; definitions, identities, settings and counters stay small.
   */
  private static final Pattern GROWING =
      Pattern.compile(
          "act_(ru|hi)_(?!jobdef$|filter$|meter_log$|task_meter_log$).*|act_ge_bytearray|"
              + String.join("|", OUR_GROWING_TABLES));

  /**
   * The operators' figures, read every 15 s by each node (docs/performance.md, "The metrics'
   * refresh"), and the lanes' sizes, counted once a minute by each node where a lane holds more
   * than its bound ("The lane's own tasks first").
   */
  static final Map<String, String> COUNTS_EVERYTHING =
      Map.of(
          "select d.KEY_ as process, t.TASK_DEF_KEY_ as step, count(*) as count from ACT_RU_TASK",
          "DatabaseFigures: the open tasks of each step",
          "select coalesce(d.KEY_, $1) as process, count(*) as count from ACT_RU_INCIDENT",
          "DatabaseFigures: the open incidents of each procedure",
          "select I.GROUP_ID_, I.USER_ID_, count(*) LINKS_ from ACT_RU_IDENTITYLINK I",
          "access/LaneSizes: each group's and each user's candidate links",
          "select count(*) OPEN_TASKS_ from ACT_RU_TASK",
          "access/LaneSizes: the open tasks");

  /**
   * Pages that PostgreSQL reads in an index's order up to their limit with the values they are sent
   * with, which a plan for any parameters cannot show: the task list's page (planned afresh for its
   * values at every list) and Tasklist's card variables (whose bounds are numbers in the statement,
   * made parameters by {@code pg_stat_statements}). {@code TaskListScalingIT} explains both with
   * their values: the Kadis's page among his own tasks, the Kabid's among the Kadis's.
   */
  static final Map<String, String> PAGES_MEASURED_WITH_THEIR_VALUES =
      Map.of(
          "select RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_,",
          "access/TaskQuery.xml: a page of tasks",
          "select distinct RES.* from ( select RES.*, ( case when RES.TASK_ID_ is not null",
          "access/VariableQuery.xml: the card variables of a page");

  private static final ObjectMapper JSON = new ObjectMapper();

  private UnindexedReads() {}

  /**
   * The reads, updates and deletes the database's statistics hold now, as PostgreSQL normalised
   * them: a sorted set, to which the statements of another phase may be added.
   */
  public static Set<String> sent(JdbcTemplate database) {
    return new TreeSet<>(
        database.queryForList(
            "select query from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " and query !~* 'pg_stat_statements|pg_database|pg_catalog'"
                + " and query ~* '^\\s*(select|update|delete|with)\\s'",
            String.class));
  }

  /** Each statement that reads a growing table whole, with the tables it reads so. */
  public static List<String> in(String jdbcUrl, Collection<String> statements) throws SQLException {
    // the simple protocol sends $1 ... as text, for EXPLAIN (GENERIC_PLAN) to plan
    String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "preferQueryMode=simple";
    List<String> found = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
        Statement explain = connection.createStatement()) {
      explain.execute("set enable_seqscan = off");
      for (String statement : statements) {
        String oneLine = statement.replaceAll("\\s+", " ").strip();
        if (Stream.concat(
                COUNTS_EVERYTHING.keySet().stream(),
                PAGES_MEASURED_WITH_THEIR_VALUES.keySet().stream())
            .anyMatch(oneLine::startsWith)) {
          continue;
        }
        try (ResultSet plan =
            explain.executeQuery("explain (generic_plan, format json) " + statement)) {
          plan.next();
          JsonNode top = JSON.readTree(plan.getString(1)).get(0).get("Plan");
          List<String> whole = new ArrayList<>();
          wholeReads(top, stopsAtALimit(top), whole);
          if (!whole.isEmpty()) {
            found.add(whole + " in: " + oneLine);
          }
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return found;
  }

  private static void wholeReads(JsonNode node, boolean stopsAtALimit, List<String> whole) {
    String type = node.path("Node Type").asText();
    String table = node.path("Relation Name").asText("").toLowerCase(Locale.ROOT);
    boolean scan =
        type.equals("Seq Scan")
            || (type.endsWith("Index Scan") || type.equals("Index Only Scan"))
                && !node.has("Index Cond")
                && (node.has("Filter") || !stopsAtALimit);
    if (scan && GROWING.matcher(table).matches()) {
      whole.add(type + " on " + table + " " + node.path("Index Name").asText(""));
    }
    for (JsonNode child : node.path("Plans")) {
      wholeReads(child, stopsAtALimit, whole);
    }
  }

  /** A plan whose top is a limit and that sorts nothing whole reads only as far as the limit. */
  private static boolean stopsAtALimit(JsonNode plan) {
    return plan.path("Node Type").asText().equals("Limit") && !sortsAll(plan);
  }

  private static boolean sortsAll(JsonNode node) {
    if (node.path("Node Type").asText().equals("Sort")) {
      return true;
    }
    for (JsonNode child : node.path("Plans")) {
      if (sortsAll(child)) {
        return true;
      }
    }
    return false;
  }
}
