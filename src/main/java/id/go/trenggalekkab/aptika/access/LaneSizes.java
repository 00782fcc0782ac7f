package id.go.trenggalekkab.aptika.access;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;

/**
 * The number of open tasks and of each candidate's links, as this node last counted them, at most
 * {@link #AGE} ago.
 *
 * <p>{@link LaneTaskQuery} counts a lane's links exactly only up to its bound; a lane holding more
 * is either the pile itself or a lane behind it, and these figures tell which. They are only a
 * choice between two forms of the same query, which return the same tasks, so a figure a minute old
 * costs at worst a slower page, never a wrong one. Each node keeps its own; no other node needs
 * them.
 */
final class LaneSizes {

  /** How long a count is used before it is counted again. */
  static final Duration AGE = Duration.ofMinutes(1);

  static final String LINK_COUNTS = LaneTaskQuery.NAMESPACE + "selectCandidateLinkCounts";
  static final String OPEN_TASKS = LaneTaskQuery.NAMESPACE + "selectOpenTaskCount";

  /** The candidate links of one group or one user. */
  record Links(String group, String user, long links) {}

  /** One count: the open tasks, each group's and each user's candidate links. */
  record Counted(long openTasks, Map<String, Long> groups, Map<String, Long> users, long at) {

    /** The candidate links of the user and the groups, as counted. */
    long links(String user, Collection<String> groupIds) {
      long links = user == null ? 0 : users.getOrDefault(user, 0L);
      for (String group : groupIds) {
        links += groups.getOrDefault(group, 0L);
      }
      return links;
    }
  }

  private final AtomicReference<Counted> last = new AtomicReference<>();

  /** The last count, or a new one where it is older than {@link #AGE}. */
  Counted current(DbEntityManager db) {
    long now = System.nanoTime();
    Counted counted = last.get();
    if (counted == null || now - counted.at() > AGE.toNanos()) {
      counted = count(db, now);
      last.set(counted);
    }
    return counted;
  }

  private static Counted count(DbEntityManager db, long now) {
    @SuppressWarnings("unchecked")
    List<Links> rows = (List<Links>) db.selectList(LINK_COUNTS);
    Map<String, Long> groups = new HashMap<>();
    Map<String, Long> users = new HashMap<>();
    for (Links row : rows) {
      if (row.group() != null) {
        groups.merge(row.group(), row.links(), Long::sum);
      } else if (row.user() != null) {
        users.merge(row.user(), row.links(), Long::sum);
      }
    }
    long openTasks = (Long) db.selectOne(OPEN_TASKS, null);
    return new Counted(openTasks, Map.copyOf(groups), Map.copyOf(users), now);
  }
}
