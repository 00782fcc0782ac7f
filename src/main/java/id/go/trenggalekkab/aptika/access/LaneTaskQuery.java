package id.go.trenggalekkab.aptika.access;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/**
 * A lane's task list read from the lane's own tasks when the lane holds few.
 *
 * <p>Our task query ({@code TaskQuery.xml}) reads a page in due-date order from the index on the
 * due date and stops after the page. That is right for the lane that holds most of the open tasks:
 * its page is the first tasks of the index. For a lane holding few beside another's pile it is not:
 * PostgreSQL expects the lane's tasks to be spread evenly over the due dates, but they are the
 * newest (each was made when the step before it ended) and so lie behind the whole pile, which the
 * page then walks through (docs/performance.md, "Another lane's page": 46.3 ms for the Kabid's page
 * with 300 beside 19,700). No statistic sees that: the lane is in one table and the due date in
 * another.
 *
 * <p>So before a query for candidates (a group, groups, a user: Tasklist's "Tugas kelompok saya",
 * {@code /engine-rest/task?candidateGroup=..}) the number of its candidate links is counted, up to
 * one more than {@link #FEW_LINKS}, through the links' index. Where they are no more, the list and
 * the count read the lane's tasks through those links first ({@code
 * selectLaneTaskByQueryCriteria}), at a cost bounded by the lane; otherwise they run as before.
 * Both forms return the same tasks: the lane's form only reads first the tasks the candidate
 * condition lets through ({@code TaskQueryEquivalence} runs every query in both forms and the
 * engine's).
 */
public final class LaneTaskQuery extends TaskManager {

  /**
   * The most candidate links for which the lane's tasks are read first. On PostgreSQL each costs
   * about 7-10 µs whatever the number of open tasks (2.0 ms for a page of a lane with 300, 9.8 ms
   * with 1,000, beside 19,000-19,700 tasks of another lane); a page read in due-date order costs
   * about 2.3 µs per task it walks, and the Kadis's, with his pile, 0.14-0.34 ms
   * (docs/performance.md, "The lane's own tasks first"). A lane holding more is most likely the
   * pile itself.
   */
  public static final int FEW_LINKS = 500;

  static final String NAMESPACE = "id.go.trenggalekkab.aptika.access.TaskQuery.";
  static final String LANE_LIST = NAMESPACE + "selectLaneTaskByQueryCriteria";
  static final String LANE_COUNT = NAMESPACE + "selectLaneTaskCountByQueryCriteria";
  static final String LINK_COUNT = NAMESPACE + "selectLaneLinkCount";

  private final int fewLinks;

  /** Reads the lane's tasks first where its candidate links are at most {@code fewLinks}. */
  public LaneTaskQuery(int fewLinks) {
    this.fewLinks = fewLinks;
  }

  @Override
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    return getDbEntityManager().selectList(statement("selectTaskByQueryCriteria", query), query);
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    return (Long)
        getDbEntityManager().selectOne(statement("selectTaskCountByQueryCriteria", query), query);
  }

  /**
   * The statement that runs the engine's {@code statement} (its list or its count) for the query,
   * whose authorization and unit checks are already added: ours of the lane where the query asks
   * for candidates by a condition on their links alone and they are few.
   */
  public String statement(String statement, TaskQueryImpl query) {
    if (!asksForCandidatesAlone(query) || fewLinks <= 0) {
      return statement;
    }
    long links =
        (Long)
            getDbEntityManager()
                .selectOne(LINK_COUNT, Map.of("query", query, "limit", fewLinks + 1));
    if (links > fewLinks) {
      return statement;
    }
    return statement.equals("selectTaskByQueryCriteria") ? LANE_LIST : LANE_COUNT;
  }

  /**
   * One query (no "or"), which names a candidate user, candidate groups or a pattern of them, and
   * no involved user (whose condition lets tasks through without a link).
   */
  private static boolean asksForCandidatesAlone(TaskQueryImpl query) {
    if (query.getQueries().size() != 1 || query.getInvolvedUser() != null) {
      return false;
    }
    List<String> groups = query.getCandidateGroups();
    return query.getCandidateUser() != null
        || (groups != null && !groups.isEmpty())
        || query.getCandidateGroupLike() != null;
  }

  /** The engine's task manager in every command, as this one. */
  static final class Sessions implements SessionFactory {

    private final int fewLinks;

    Sessions(int fewLinks) {
      this.fewLinks = fewLinks;
    }

    @Override
    public Class<?> getSessionType() {
      return TaskManager.class;
    }

    @Override
    public Session openSession() {
      return new LaneTaskQuery(fewLinks);
    }
  }
}
