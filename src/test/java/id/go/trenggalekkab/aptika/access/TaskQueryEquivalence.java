package id.go.trenggalekkab.aptika.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.identity.People;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.context.ApplicationContext;

/**
 * Runs a matrix of task queries (REST's list and count, Tasklist's saved filters, "or" queries,
 * candidate users and groups, involved user, assigned tasks, ordering by a variable) as each demo
 * user, once with {@code TaskQuery.xml} and once with the engine's own statements, and asserts that
 * both return the same tasks and the same counts. Works on H2 and PostgreSQL alike.
 */
public final class TaskQueryEquivalence {

  private static final String[] USERS = {
    People.KADIS, People.KABID, People.EXECUTOR, People.CLERK_DINKES, People.MANAGER
  };

  private static final String ENGINE_NAMESPACE =
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";

  private final ApplicationContext app;
  private final TaskService tasks;

  public TaskQueryEquivalence(ApplicationContext app) {
    this.app = app;
    this.tasks = app.getBean(TaskService.class);
  }

  /** Every query of the matrix, as every user; returns how many results were compared. */
  public int assertSameAsEngine() {
    int compared = 0;
    People people = new People(app.getBean(IdentityService.class));
    try {
      for (String user : USERS) {
        people.actAs(user);
        for (Map.Entry<String, Supplier<TaskQuery>> query : queries(user).entrySet()) {
          String what = user + ": " + query.getKey();
          Map<Boolean, Result> both = new HashMap<>();
          for (boolean ours : new boolean[] {true, false}) {
            both.put(ours, withOurStatements(ours, () -> Result.of(query.getValue().get())));
          }
          assertThat(both.get(true)).as(what).isEqualTo(both.get(false));
          compared += both.get(true).ids().size() + 1;
        }
        for (Filter filter : app.getBean(FilterService.class).createFilterQuery().list()) {
          FilterService filters = app.getBean(FilterService.class);
          String what = user + ": filter " + filter.getName();
          Function<Boolean, Result> run =
              ours ->
                  withOurStatements(
                      ours,
                      () ->
                          new Result(
                              sorted(filters.<Task>list(filter.getId())),
                              filters.count(filter.getId())));
          assertThat(run.apply(true)).as(what).isEqualTo(run.apply(false));
          compared++;
        }
      }
    } finally {
      people.actAsNobody();
    }
    return compared;
  }

  private Map<String, Supplier<TaskQuery>> queries(String user) {
    Map<String, Supplier<TaskQuery>> queries = new LinkedHashMap<>();
    queries.put("all by due date", () -> tasks.createTaskQuery().orderByDueDate().asc());
    queries.put("all, newest first", () -> tasks.createTaskQuery().orderByTaskCreateTime().desc());
    for (String group : List.of("kadis", "kabid", "executor", "applicant")) {
      queries.put(
          "candidate group " + group,
          () -> tasks.createTaskQuery().taskCandidateGroup(group).orderByDueDate().asc());
      queries.put(
          "candidate group " + group + " with assigned",
          () ->
              tasks
                  .createTaskQuery()
                  .taskCandidateGroup(group)
                  .includeAssignedTasks()
                  .orderByDueDate()
                  .asc());
    }
    queries.put(
        "candidate groups kadis, kabid, unassigned",
        () ->
            tasks
                .createTaskQuery()
                .taskCandidateGroupIn(List.of("kadis", "kabid"))
                .taskUnassigned()
                .orderByDueDate()
                .asc());
    queries.put("candidate group like", () -> tasks.createTaskQuery().taskCandidateGroupLike("k%"));
    queries.put("candidate user", () -> tasks.createTaskQuery().taskCandidateUser(user));
    queries.put(
        "candidate user with assigned",
        () -> tasks.createTaskQuery().taskCandidateUser(user).includeAssignedTasks());
    queries.put("involved user", () -> tasks.createTaskQuery().taskInvolvedUser(user));
    queries.put(
        "involved user and candidate group",
        () -> tasks.createTaskQuery().taskInvolvedUser(user).taskCandidateGroup("kadis"));
    queries.put("assignee", () -> tasks.createTaskQuery().taskAssignee(user));
    queries.put("with candidate groups", () -> tasks.createTaskQuery().withCandidateGroups());
    queries.put("with candidate users", () -> tasks.createTaskQuery().withCandidateUsers());
    queries.put("without candidate groups", () -> tasks.createTaskQuery().withoutCandidateGroups());
    queries.put(
        "or: candidate group kadis or assignee",
        () ->
            tasks
                .createTaskQuery()
                .or()
                .taskCandidateGroup("kadis")
                .taskAssignee(user)
                .endOr()
                .orderByDueDate()
                .asc());
    queries.put(
        "candidate group kabid and (or: candidate user or assignee)",
        () ->
            tasks
                .createTaskQuery()
                .taskCandidateGroup("kabid")
                .or()
                .taskCandidateUser(People.EXECUTOR)
                .taskAssignee(user)
                .endOr());
    queries.put(
        "overdue and active",
        () -> tasks.createTaskQuery().dueBefore(new Date()).active().orderByDueDate().asc());
    queries.put(
        "by a process variable",
        () ->
            tasks
                .createTaskQuery()
                .taskCandidateGroup("kadis")
                .includeAssignedTasks()
                .orderByProcessVariable("referenceNumber", ValueType.STRING)
                .asc());
    queries.put(
        "one procedure",
        () ->
            tasks
                .createTaskQuery()
                .processDefinitionKey("SubdomainHostingProcess")
                .orderByDueDate()
                .asc());
    return queries;
  }

  private <T> T withOurStatements(boolean ours, Supplier<T> work) {
    DbSqlSessionFactory sessions =
        ((ProcessEngineConfigurationImpl) app.getBean(ProcessEngineConfiguration.class))
            .getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings();
    if (ours) {
      assertThat(mappings).containsKeys(TaskQueryMapping.STATEMENTS);
      return work.get();
    }
    Map<String, String> engines = new HashMap<>(mappings);
    for (String statement : TaskQueryMapping.STATEMENTS) {
      engines.put(statement, ENGINE_NAMESPACE + statement);
    }
    sessions.setStatementMappings(engines);
    try {
      return work.get();
    } finally {
      sessions.setStatementMappings(mappings);
    }
  }

  /** The ids, sorted: tasks with the same due date may come in either order. */
  private static List<String> sorted(List<Task> tasks) {
    return tasks.stream().map(Task::getId).sorted().toList();
  }

  record Result(List<String> ids, long count) {
    static Result of(TaskQuery query) {
      return new Result(sorted(query.list()), query.count());
    }
  }
}
