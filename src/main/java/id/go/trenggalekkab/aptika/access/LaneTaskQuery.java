package id.go.trenggalekkab.aptika.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
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
 * one more than {@link #FEW_LINKS}, through the links' index. Where they are no more, or where the
 * lane holds at most a {@link #SHARE}th of the open tasks ({@link LaneSizes}; for a page sorted
 * before it is checked, a {@link #PAGE_SHARE}th), the list and the count read the lane's tasks
 * through those links first ({@code selectLaneTaskByQueryCriteria}), at a cost bounded by the lane;
 * otherwise they run as before.
 *
 * <p>A query with no candidates (Tasklist's "Semua tugas" and "Lewat tenggat") has no lane to read
 * first, but its reader's tasks are his grants: the engine grants each open task's candidate group
 * READ on that task. So where the reader holds no grant that lets more tasks through (on every
 * task, on a procedure: the manager's READ on every task), the grants on single tasks that the
 * query's check accepts are counted the same way, and where they are few the tasks are read first
 * by their ids ({@code selectGrantedTaskByQueryCriteria}).
 *
 * <p>Every form returns the same tasks: each only reads first the tasks its condition lets through,
 * and the query's own conditions, the grants' among them, still apply ({@code TaskQueryEquivalence}
 * runs every query in three forms and the engine's).
 */
public final class LaneTaskQuery extends TaskManager {

  /**
   * The most candidate links (or, for a query with no candidates, grants on single tasks) for which
   * the lane's tasks are read first. On PostgreSQL each cost about 7-10 µs whatever the number of
   * open tasks (2.0 ms for a page of a lane with 300, 9.8 ms with 1,000, beside 19,000-19,700 tasks
   * of another lane), and since the page is sorted before it is checked about 3-6 µs for a page and
   * 4-8 for a count; a page read in due-date order costs about 2.3 µs per task it walks, and the
   * Kadis's, with his pile, 0.14-0.34 ms (docs/performance.md, "The lane's own tasks first", "The
   * page sorted before it is checked"). A lane holding more is most likely the pile itself.
   */
  public static final int FEW_LINKS = 500;

  /**
   * Over {@link #FEW_LINKS}, the lane's tasks are still read first where the lane holds at most one
   * in this many of the open tasks. Read first, a lane costs about 6.7-9.8 µs per link; in due-date
   * order, a page walks at worst every task of the pile before the lane's, at about 1.1-2.2 µs each
   * (docs/performance.md, "The lane's own tasks first"). So reading the lane first is the cheaper
   * in that worst case while the lane holds less than about a fifth to an eighth of the open tasks;
   * the pile itself, whose page in due-date order is its first tasks, holds far more. This is the
   * share of a count, and of a page not sorted before it is checked; a page that is has its own,
   * {@link #PAGE_SHARE}.
   */
  public static final int SHARE = 8;

  /**
   * The share for a page sorted before its conditions are checked ({@code TaskQuery.xml}: ordered
   * by the task's own columns, as every filter of the office's Tasklist is), which costs about 3-6
   * µs per link. With 20,000 open tasks, a lane of a quarter (5,000) behind the rest took 17.7 ms
   * read first and 63.9 walking; where its tasks lay first, 18.9 ms read first and 7.6 walking; a
   * lane of a half took 37.4 ms read first and 21.5 walking even behind the rest
   * (docs/performance.md, "The page sorted before it is checked"). So a page is read first up to a
   * quarter: at worst a quarter of the open tasks, where walking is at worst all of them.
   */
  public static final int PAGE_SHARE = 4;

  /** The engine's statements of a task query's list and count, which ours run in place of. */
  public static final String LIST = "selectTaskByQueryCriteria";

  public static final String COUNT = "selectTaskCountByQueryCriteria";

  static final String NAMESPACE = "id.go.trenggalekkab.aptika.access.TaskQuery.";
  static final String LANE_LIST = NAMESPACE + "selectLaneTaskByQueryCriteria";
  static final String LANE_COUNT = NAMESPACE + "selectLaneTaskCountByQueryCriteria";
  static final String LINK_COUNT = NAMESPACE + "selectLaneLinkCount";
  static final String GRANTED_LIST = NAMESPACE + "selectGrantedTaskByQueryCriteria";
  static final String GRANTED_COUNT = NAMESPACE + "selectGrantedTaskCountByQueryCriteria";
  static final String GRANT_COUNT = NAMESPACE + "selectCallersGrantCount";
  static final String WIDE_GRANT = NAMESPACE + "selectCallersWideGrant";

  private final int fewLinks;
  private final LaneSizes sizes;

  /**
   * Reads the lane's tasks first where its candidate links are at most {@code fewLinks}, or at most
   * a {@link #SHARE}th of the open tasks as counted afresh.
   */
  public LaneTaskQuery(int fewLinks) {
    this(fewLinks, new LaneSizes());
  }

  LaneTaskQuery(int fewLinks, LaneSizes sizes) {
    this.fewLinks = fewLinks;
    this.sizes = sizes;
  }

  @Override
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    return getDbEntityManager().selectList(statement(LIST, query), query);
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    return (Long) getDbEntityManager().selectOne(statement(COUNT, query), query);
  }

  /**
   * The statement that runs the engine's {@code statement} (its list or its count) for the query,
   * whose authorization and unit checks are already added: ours of the lane where the query asks
   * for candidates by a condition on their links alone and they are few; else ours of the tasks
   * granted to the reader where those are few and he holds no grant on more. Few is at most {@code
   * fewLinks}, or at most a {@link #SHARE}th of the open tasks (a {@link #PAGE_SHARE}th for a page
   * sorted before it is checked).
   */
  public String statement(String statement, TaskQueryImpl query) {
    if (fewLinks <= 0 || namesItsTasks(query)) {
      return statement;
    }
    boolean list = statement.equals(LIST);
    int share = list && sortedFirst(query) ? PAGE_SHARE : SHARE;
    if (asksForCandidatesAlone(query)
        && few(
            count(LINK_COUNT, Map.of("query", query, "limit", fewLinks + 1)),
            query.getCandidateUser(),
            query.getCandidateGroups(),
            share)) {
      return list ? LANE_LIST : LANE_COUNT;
    }
    AuthorizationCheck check = query.getAuthCheck();
    if (checksGrants(check)) {
      Map<String, Object> grants = Map.of("authCheck", check, "limit", fewLinks + 1);
      // the grants are counted first: looking for a wide one among a pile's grants would read
      // them all
      if (few(count(GRANT_COUNT, grants), check.getAuthUserId(), check.getAuthGroupIds(), share)
          && count(WIDE_GRANT, grants) == 0) {
        return list ? GRANTED_LIST : GRANTED_COUNT;
      }
    }
    return statement;
  }

  /**
   * Whether the lane of the user and the groups is few: its links (or grants), counted up to one
   * more than {@code fewLinks}, are no more than that; or, where the groups are known, the lane
   * holds at most a {@code share}th of the open tasks. The engine grants each candidate group and
   * user READ on its task, so a reader's grants on single tasks are taken as his groups' and his
   * own links (and the tasks assigned to him, which also carry his grant, are left out of that).
   */
  private boolean few(long counted, String user, Collection<String> groups, int share) {
    if (counted <= fewLinks) {
      return true;
    }
    if (groups == null) {
      return false;
    }
    LaneSizes.Counted open = sizes.current(getDbEntityManager());
    return Math.max(counted, open.links(user, groups)) * share <= open.openTasks();
  }

  /**
   * Whether a page of the query's tasks read first is sorted before its conditions are checked, as
   * {@code TaskQuery.xml} does it ("sortedFirst"): a query of one part with no involved user, whose
   * links are not joined, ordered by the task's own columns only (not by a variable, whose table is
   * joined, nor by a function of a column).
   */
  private static boolean sortedFirst(TaskQueryImpl query) {
    return query.getQueries().size() == 1
        && query.getInvolvedUser() == null
        && query.getOrderingProperties().stream()
            .allMatch(order -> order.getRelation() == null && order.isContainedProperty());
  }

  private long count(String statement, Map<String, Object> parameters) {
    return (Long) getDbEntityManager().selectOne(statement, parameters);
  }

  /**
   * A query by the task's id, its request's or its execution's (a task opened in Tasklist, a
   * request's tasks) reads its few tasks through those ids already; counting first would only add
   * statements.
   */
  private static boolean namesItsTasks(TaskQueryImpl query) {
    return query.getTaskId() != null
        || (query.getTaskIdIn() != null && query.getTaskIdIn().length > 0)
        || query.getProcessInstanceId() != null
        || (query.getProcessInstanceIdIn() != null && query.getProcessInstanceIdIn().length > 0)
        || query.getExecutionId() != null;
  }

  /**
   * Whether the query's authorization check is ours ({@code TaskQuery.xml}'s "exists" on the
   * caller's grants), which the tasks granted one by one can be read first for.
   */
  private static boolean checksGrants(AuthorizationCheck check) {
    return check.getShouldPerformAuthorizatioCheck()
        && check.getAuthUserId() != null
        && !check.isRevokeAuthorizationCheckEnabled();
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
    private final LaneSizes sizes = new LaneSizes();

    Sessions(int fewLinks) {
      this.fewLinks = fewLinks;
    }

    @Override
    public Class<?> getSessionType() {
      return TaskManager.class;
    }

    @Override
    public Session openSession() {
      return new LaneTaskQuery(fewLinks, sizes);
    }
  }
}
