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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements PostgreSQL was sent ({@code pg_stat_statements}) that read a table growing with
 * the open work or the history without an index condition: issue 16's class of defect, a request
 * that costs more with every open request. Each statement is explained as PostgreSQL plans it for
 * any parameters ({@code EXPLAIN (GENERIC_PLAN)}, PostgreSQL 16) with sequential scans disabled, so
 * a table is read whole only where no index can serve the statement: by a sequential scan, or by an
 * index scan with no index condition.
 *
 * <p>Not counted: such a scan under a {@code Limit}, which reads in the index's order and stops
 * after the page (the task list's page by due date; pages are measured in {@code
 * TaskListScalingIT}); and the reads that count every open task or incident on purpose, {@link
 * #COUNTS_EVERYTHING}.
 */
public final class UnindexedReads {

  /** Tables that stay small: definitions, identities, settings, counters. */
  private static final Pattern GROWING =
      Pattern.compile(
          "act_(ru|hi)_(?!jobdef$|filter$|meter_log$|task_meter_log$).*|act_ge_bytearray"
              + "|apt_(document|letter|outbox|portal_attempt|request_note|service|sla_breach)");

  /**
   * The operators' figures, read every 15 s by each node (docs/performance.md, "The metrics'
   * refresh").
   */
  static final Map<String, String> COUNTS_EVERYTHING =
      Map.of(
          "select d.KEY_ as process, t.TASK_DEF_KEY_ as step, count(*) as count from ACT_RU_TASK",
          "DatabaseFigures: the open tasks of each step",
          "select coalesce(d.KEY_, $1) as process, count(*) as count from ACT_RU_INCIDENT",
          "DatabaseFigures: the open incidents of each procedure");

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
        if (COUNTS_EVERYTHING.keySet().stream().anyMatch(statement::startsWith)) {
          continue;
        }
        try (ResultSet plan =
            explain.executeQuery("explain (generic_plan, format json) " + statement)) {
          plan.next();
          List<String> whole = new ArrayList<>();
          wholeReads(JSON.readTree(plan.getString(1)).get(0).get("Plan"), false, whole);
          if (!whole.isEmpty()) {
            found.add(whole + " in: " + statement.replaceAll("\\s+", " "));
          }
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return found;
  }

  private static void wholeReads(JsonNode node, boolean underLimit, List<String> whole) {
    String type = node.path("Node Type").asText();
    String table = node.path("Relation Name").asText("").toLowerCase(Locale.ROOT);
    boolean scan =
        type.equals("Seq Scan")
            || (type.endsWith("Index Scan") || type.equals("Index Only Scan"))
                && !node.has("Index Cond")
                && !underLimit;
    if (scan && GROWING.matcher(table).matches()) {
      whole.add(type + " on " + table + " " + node.path("Index Name").asText(""));
    }
    boolean limited = underLimit || type.equals("Limit");
    for (JsonNode child : node.path("Plans")) {
      wholeReads(child, limited, whole);
    }
  }
}
