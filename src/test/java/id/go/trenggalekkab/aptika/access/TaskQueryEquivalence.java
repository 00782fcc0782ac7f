package id.go.trenggalekkab.aptika.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.identity.People;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a matrix of task queries (REST's list and count, Tasklist's saved filters, "or" queries,
 * candidate users and groups, involved user, assigned tasks, ordering by a variable) and of
 * variable queries (a page's card variables, a request's, a task's), and the checks of a command on
 * every open task (READ, TASK_WORK), and every permission of every resource on {@code '*'}, on no
 * id, on an unknown id and on ids that have an authorization (alone, and two at a time, "any of"
 * and "all of"), as each demo user: once with {@code TaskQuery.xml}, {@code VariableQuery.xml} and
 * the checks as {@link AuthorizationChecks} makes them (the caller's groups as given, no look for
 * REVOKEs, the check in one fixed statement), and once with the engine's own statements and checks.
 * Asserts that both return the same tasks, counts and answers; the task queries with ours in each
 * of its forms, the lane's tasks read first (through its links or its grants) and not ({@link
 * LaneTaskQuery}). While it runs, authorizations of the kinds the office's own do not include are
 * added (GLOBAL, a user's own, a grant to every user, one that gives some permissions of a resource
 * and not others), so that the checks meet them too. Works on H2 and PostgreSQL alike.
 */
public final class TaskQueryEquivalence {

  private static final String[] USERS = {
    People.KADIS, People.KABID, People.EXECUTOR, People.CLERK_DINKES, People.MANAGER
  };

  private static final String ENGINE_TASKS =
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";
  private static final String ENGINE_VARIABLES =
      "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.";

  /** The variables Tasklist's shared filters show on each task card (access/TasklistFilters). */
  public static final List<String> CARD_VARIABLES =
      List.of("referenceNumber", "unitName", "requestLetterNumber", "subdomainName");

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
    List<String> added = addAuthorizationsOfEveryKind();
    try {
      compared += assertSameAuthorizationChecks("tidak-terdaftar", List.of());
      for (String user : USERS) {
        people.actAs(user);
        List<String> groups =
            app.getBean(IdentityService.class).getCurrentAuthentication().getGroupIds();
        compared += assertSameCommandChecks(user, groups);
        compared += assertSameAuthorizationChecks(user, groups);
        for (Map.Entry<String, Supplier<TaskQuery>> query : queries(user).entrySet()) {
          compared +=
              assertSameInEveryForm(
                  user + ": " + query.getKey(), () -> Result.of(query.getValue().get()));
        }
        FilterService filters = app.getBean(FilterService.class);
        for (Filter filter : filters.createFilterQuery().list()) {
          compared +=
              assertSameInEveryForm(
                  user + ": filter " + filter.getName(),
                  () ->
                      new Result(
                          sorted(filters.<Task>list(filter.getId()), Task::getId),
                          filters.count(filter.getId())));
        }
        for (Map.Entry<String, Supplier<VariableInstanceQuery>> query :
            variableQueries().entrySet()) {
          compared +=
              assertSame(
                  user + ": variables, " + query.getKey(),
                  () ->
                      new Result(
                          sorted(query.getValue().get().list(), VariableInstance::getId),
                          query.getValue().get().count()));
          // a page in the middle, in the engine's order (by id): our statement's bounds are numbers
          compared +=
              assertSame(
                  user + ": variables, " + query.getKey() + ", 5 from the 3rd",
                  () ->
                      new Result(
                          query.getValue().get().listPage(2, 5).stream()
                              .map(VariableInstance::getId)
                              .toList(),
                          query.getValue().get().count()));
        }
      }
    } finally {
      people.actAsNobody();
      AuthorizationService authorizations = app.getBean(AuthorizationService.class);
      added.forEach(authorizations::deleteAuthorization);
    }
    return compared;
  }

  /**
   * Authorizations of the kinds the office's own do not include, each on a resource and id of its
   * own: a GLOBAL one on all of a kind and on one id, a user's own, a grant to every user ({@code
   * '*'}), one holding some permissions of a kind and not others, and one holding none.
   */
  private List<String> addAuthorizationsOfEveryKind() {
    AuthorizationService authorizations = app.getBean(AuthorizationService.class);
    List<String> ids = new ArrayList<>();
    record Kind(
        int type, String user, String group, Resource resource, String id, Permission... p) {}
    for (Kind kind :
        List.of(
            new Kind(
                Authorization.AUTH_TYPE_GLOBAL, "*", null, Resources.BATCH, "*", Permissions.READ),
            new Kind(
                Authorization.AUTH_TYPE_GLOBAL,
                "*",
                null,
                Resources.DEPLOYMENT,
                "uji-kesetaraan",
                Permissions.READ,
                Permissions.DELETE),
            new Kind(
                Authorization.AUTH_TYPE_GRANT,
                People.KABID,
                null,
                Resources.PROCESS_INSTANCE,
                "*",
                Permissions.READ,
                Permissions.UPDATE),
            new Kind(
                Authorization.AUTH_TYPE_GRANT,
                "*",
                null,
                Resources.DECISION_DEFINITION,
                "*",
                Permissions.READ),
            new Kind(
                Authorization.AUTH_TYPE_GRANT,
                null,
                "kadis",
                Resources.TENANT,
                "uji-kesetaraan",
                Permissions.READ),
            new Kind(Authorization.AUTH_TYPE_GRANT, null, "executor", Resources.REPORT, "*"))) {
      Authorization authorization = authorizations.createNewAuthorization(kind.type());
      authorization.setUserId(kind.user());
      authorization.setGroupId(kind.group());
      authorization.setResource(kind.resource());
      authorization.setResourceId(kind.id());
      for (Permission permission : kind.p()) {
        authorization.addPermission(permission);
      }
      ids.add(authorizations.saveAuthorization(authorization).getId());
    }
    return ids;
  }

  /**
   * Every permission of every resource, on all of its kind ({@code '*'}), on no id, on an id no
   * authorization names, and on the ids that have authorizations (the first three of each kind),
   * each alone; then each with the next, as "any of" and as "all of". And one permission the
   * resource does not have, which both refuse. Only the answers that differ are reported.
   */
  private int assertSameAuthorizationChecks(String user, List<String> groups) {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    List<PermissionCheck> checks = new ArrayList<>();
    checks.add(check(Permissions.READ, Resources.APPLICATION, "*"));
    for (Resource resource : Resources.values()) {
      List<String> ids = new ArrayList<>(Arrays.asList("*", null, "tidak-ada"));
      ids.addAll(
          jdbc
              .queryForList(
                  "select distinct RESOURCE_ID_ from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ?"
                      + " and RESOURCE_ID_ <> '*' order by RESOURCE_ID_",
                  String.class,
                  resource.resourceType())
              .stream()
              .limit(3)
              .toList());
      for (Permission permission :
          ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType())) {
        if (ResourceTypeUtil.resourceIsContainedInArray(
            resource.resourceType(), permission.getTypes())) {
          ids.forEach(id -> checks.add(check(permission, resource, id)));
        }
      }
    }
    List<String> ours = withOurStatements(true, () -> answers(user, groups, checks));
    List<String> engines = withOurStatements(false, () -> answers(user, groups, checks));
    assertThat(ours).hasSameSizeAs(engines);
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < ours.size(); i++) {
      if (!ours.get(i).equals(engines.get(i))) {
        differing.add(ours.get(i) + ", the engine's: " + engines.get(i));
      }
    }
    assertThat(differing).as(user + ": every permission of every resource, ours").isEmpty();
    assertThat(ours).anyMatch(answer -> answer.endsWith(" true"));
    return ours.size();
  }

  /** Each check's answer, and each with the next as "any of" and "all of", in one command. */
  private List<String> answers(String user, List<String> groups, List<PermissionCheck> checks) {
    return configuration()
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              AuthorizationManager manager = context.getAuthorizationManager();
              List<String> answers = new ArrayList<>();
              for (int i = 0; i < checks.size(); i++) {
                PermissionCheck check = checks.get(i);
                answers.add(
                    describe(check)
                        + answer(
                            () ->
                                manager.isAuthorized(
                                    user,
                                    groups,
                                    check.getPermission(),
                                    check.getResource(),
                                    check.getResourceId())));
                PermissionCheck next = checks.get((i + 1) % checks.size());
                for (boolean anyOf : new boolean[] {true, false}) {
                  CompositePermissionCheck both = new CompositePermissionCheck(anyOf);
                  both.addAtomicCheck(check);
                  both.addAtomicCheck(next);
                  answers.add(
                      describe(check)
                          + (anyOf ? " or " : " and ")
                          + describe(next)
                          + answer(() -> manager.isAuthorized(user, groups, both)));
                }
              }
              return answers;
            });
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) app.getBean(ProcessEngineConfiguration.class);
  }

  private static PermissionCheck check(Permission permission, Resource resource, String id) {
    PermissionCheck check = new PermissionCheck();
    check.setPermission(permission);
    check.setResource(resource);
    check.setResourceId(id);
    return check;
  }

  /** The check's answer, or the refusal it ends in (a permission the resource does not have). */
  private static String answer(Supplier<Boolean> check) {
    try {
      return " " + check.get();
    } catch (RuntimeException e) {
      return " " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static String describe(PermissionCheck check) {
    return check.getPermission().getName()
        + " "
        + check.getResource().resourceName()
        + " "
        + check.getResourceId();
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

  /** The variable queries Tasklist and Cockpit send: a page's card variables, a task's, all. */
  private Map<String, Supplier<VariableInstanceQuery>> variableQueries() {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    IdentityService identity = app.getBean(IdentityService.class);
    String user = identity.getCurrentAuthentication().getUserId();
    List<Task> page;
    identity.clearAuthentication();
    try {
      page = tasks.createTaskQuery().orderByDueDate().asc().listPage(0, 15);
    } finally {
      new People(identity).actAs(user);
    }
    String[] instances = page.stream().map(Task::getProcessInstanceId).toArray(String[]::new);
    String[] taskIds = page.stream().map(Task::getId).toArray(String[]::new);
    Map<String, Supplier<VariableInstanceQuery>> queries = new LinkedHashMap<>();
    queries.put(
        "card variables of a page",
        () ->
            runtime
                .createVariableInstanceQuery()
                .variableNameIn(CARD_VARIABLES.toArray(String[]::new))
                .variableScopeIdIn(instances));
    queries.put(
        "of a page's requests",
        () -> runtime.createVariableInstanceQuery().processInstanceIdIn(instances));
    queries.put("of a page's tasks", () -> runtime.createVariableInstanceQuery().taskIdIn(taskIds));
    queries.put(
        "one name everywhere",
        () -> runtime.createVariableInstanceQuery().variableName("referenceNumber"));
    return queries;
  }

  private static String engineNamespace(String statement) {
    return statement.contains("Variable") ? ENGINE_VARIABLES : ENGINE_TASKS;
  }

  /**
   * The engine's own checks of a command (claim, complete, read by id) on each open task, which run
   * as {@link AuthorizationChecks} makes them: READ and TASK_WORK.
   */
  private int assertSameCommandChecks(String user, List<String> groups) {
    AuthorizationService authorizations = app.getBean(AuthorizationService.class);
    List<String> openTasks = withOurStatements(true, () -> allOpenTaskIds());
    return assertSame(
        user + ": the commands' checks",
        () ->
            new Result(
                openTasks.stream()
                    .flatMap(
                        task ->
                            Stream.of(Permissions.READ, TaskPermissions.TASK_WORK)
                                .map(
                                    permission ->
                                        task
                                            + " "
                                            + permission.getName()
                                            + " "
                                            + authorizations.isUserAuthorized(
                                                user, groups, permission, Resources.TASK, task)))
                    .toList(),
                openTasks.size()));
  }

  /** Every open task, read without the caller's authorizations. */
  private List<String> allOpenTaskIds() {
    IdentityService identity = app.getBean(IdentityService.class);
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return tasks.createTaskQuery().list().stream().map(Task::getId).sorted().toList();
    } finally {
      identity.setAuthentication(caller);
    }
  }

  /**
   * Our statements with the lane's tasks read first where its candidate links (or the reader's
   * grants on single tasks) are at most this many ({@link LaneTaskQuery}): as the engine is
   * configured, always, and never; and over a bound of one, where the lane holds at most a {@link
   * LaneTaskQuery#SHARE}th of the open tasks (a {@link LaneTaskQuery#PAGE_SHARE}th for a page
   * sorted before it is checked).
   */
  private static final List<Integer> LANE_FORMS = List.of(LaneTaskQuery.FEW_LINKS, 1_000_000, 0, 1);

  private <T> T withOurStatements(boolean ours, Supplier<T> work) {
    return withOurStatements(ours, LaneTaskQuery.FEW_LINKS, work);
  }

  private <T> T withOurStatements(boolean ours, int fewLinks, Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration = configuration();
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings();
    Map<Class<?>, SessionFactory> factories = configuration.getSessionFactories();
    SessionFactory ourChecks = factories.get(AuthorizationManager.class);
    SessionFactory ourTasks = factories.get(TaskManager.class);
    String revokes = configuration.getAuthorizationCheckRevokes();
    if (ours) {
      assertThat(mappings).containsAllEntriesOf(TaskQueryMapping.STATEMENTS);
      assertThat(ourChecks).isInstanceOf(AuthorizationChecks.Sessions.class);
      assertThat(ourTasks).isInstanceOf(LaneTaskQuery.Sessions.class);
      assertThat(revokes).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
      factories.put(TaskManager.class, new LaneTaskQuery.Sessions(fewLinks));
      try {
        return work.get();
      } finally {
        factories.put(TaskManager.class, ourTasks);
      }
    }
    Map<String, String> engines = new HashMap<>(mappings);
    for (String statement : TaskQueryMapping.STATEMENTS.keySet()) {
      engines.put(statement, engineNamespace(statement) + statement);
    }
    sessions.setStatementMappings(engines);
    factories.put(
        AuthorizationManager.class, new GenericManagerFactory(AuthorizationManager.class));
    factories.put(TaskManager.class, new GenericManagerFactory(TaskManager.class));
    configuration.setAuthorizationCheckRevokes(
        ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
    try {
      return work.get();
    } finally {
      sessions.setStatementMappings(mappings);
      factories.put(AuthorizationManager.class, ourChecks);
      factories.put(TaskManager.class, ourTasks);
      configuration.setAuthorizationCheckRevokes(revokes);
    }
  }

  /** Our statements' result and the engine's; how many ids were compared (at least 1). */
  private int assertSame(String what, Supplier<Result> run) {
    Result ours = withOurStatements(true, run);
    assertThat(ours).as(what).isEqualTo(withOurStatements(false, run));
    return ours.ids().size() + 1;
  }

  /** The same for a task query, with ours in each of the {@link #LANE_FORMS}. */
  private int assertSameInEveryForm(String what, Supplier<Result> run) {
    Result engines = withOurStatements(false, run);
    for (int fewLinks : LANE_FORMS) {
      assertThat(withOurStatements(true, fewLinks, run))
          .as(what + " (lane's tasks first up to " + fewLinks + " links)")
          .isEqualTo(engines);
    }
    return engines.ids().size() + 1;
  }

  /** The ids, sorted: tasks with the same due date may come in either order. */
  private static <T> List<String> sorted(List<T> found, Function<T, String> id) {
    return found.stream().map(id).sorted().toList();
  }

  record Result(List<String> ids, long count) {
    static Result of(TaskQuery query) {
      return new Result(sorted(query.list(), Task::getId), query.count());
    }
  }
}
