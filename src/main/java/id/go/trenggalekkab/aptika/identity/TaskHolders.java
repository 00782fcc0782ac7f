package id.go.trenggalekkab.aptika.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds many tasks at once, in the words people read: the people by their names, the lanes
 * (candidate groups) by theirs ("Kabid Aptika"). A page of tasks costs one query for the people,
 * one statement for the candidate links and one query for the groups' names, however many tasks it
 * holds: the engine's API asks a task's identity links one task at a time.
 */
@Component
public class TaskHolders {

  /** A lane: its group id, and its name (the id when the group has no name). */
  public record Lane(String id, String name) {

    /** The lanes' names joined by the separator, or "-" for no lane. */
    public static String inWords(List<Lane> lanes, String prefix, String separator) {
      return lanes.isEmpty()
          ? "-"
          : prefix + lanes.stream().map(Lane::name).collect(Collectors.joining(separator));
    }
  }

  private final IdentityService identity;
  private final JdbcClient jdbc;

  TaskHolders(IdentityService identity, JdbcClient jdbc) {
    this.identity = identity;
    this.jdbc = jdbc;
  }

  /** The full names of these users, by id; an unknown user is left out. */
  public Map<String, String> names(Collection<String> userIds) {
    List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(User::getId, FullName::of));
  }

  /** The candidate groups of these tasks, by task id, each task's in the order of their ids. */
  public Map<String, List<Lane>> candidateGroups(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> groupIds =
        jdbc
            .sql(
                "select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = :type"
                    + " and GROUP_ID_ is not null and TASK_ID_ in (:tasks) order by GROUP_ID_")
            .param("type", IdentityLinkType.CANDIDATE)
            .param("tasks", Set.copyOf(taskIds))
            .query(
                (row, number) -> Map.entry(row.getString("TASK_ID_"), row.getString("GROUP_ID_")))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    if (groupIds.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names =
        identity
            .createGroupQuery()
            .groupIdIn(
                groupIds.values().stream().flatMap(List::stream).distinct().toArray(String[]::new))
            .list()
            .stream()
            .filter(group -> group.getName() != null)
            .collect(Collectors.toMap(Group::getId, Group::getName));
    return groupIds.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                lane ->
                    lane.getValue().stream()
                        .map(id -> new Lane(id, names.getOrDefault(id, id)))
                        .toList()));
  }
}
