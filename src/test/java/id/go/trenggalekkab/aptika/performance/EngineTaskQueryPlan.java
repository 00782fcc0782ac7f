package id.go.trenggalekkab.aptika.performance;

import id.go.trenggalekkab.aptika.access.LaneTaskQuery;
import id.go.trenggalekkab.aptika.identity.People;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.context.ApplicationContext;

/**
 * The SQL the engine itself issues for a task query, for one user, exactly as MyBatis binds it
 * (authorization and unit checks included), run under {@code EXPLAIN}; and two statements the
 * engine runs in every step, the job executor's look for due jobs and the end of a task's look for
 * its subtasks.
 */
public final class EngineTaskQueryPlan {

  public static final String LIST = LaneTaskQuery.LIST;
  public static final String COUNT = LaneTaskQuery.COUNT;
  public static final String VARIABLES = "selectVariableInstanceByQueryCriteria";

  private final ApplicationContext app;

  public EngineTaskQueryPlan(ApplicationContext app) {
    this.app = app;
  }

  /** A group's tasks by due date, as {@code /engine-rest/task?candidateGroup=..} asks for them. */
  public TaskQueryImpl candidateGroup(String group, int maxResults) {
    TaskQueryImpl query =
        (TaskQueryImpl)
            app.getBean(TaskService.class)
                .createTaskQuery()
                .taskCandidateGroup(group)
                .orderByDueDate()
                .asc();
    query.setFirstResult(0);
    query.setMaxResults(maxResults);
    return query;
  }

  /**
   * Every task the reader may see, by due date, as Tasklist's "Semua tugas" asks for them (and
   * "Lewat tenggat", with a due date before now).
   */
  public TaskQueryImpl everyTask(int maxResults) {
    TaskQueryImpl query =
        (TaskQueryImpl) app.getBean(TaskService.class).createTaskQuery().orderByDueDate().asc();
    query.setFirstResult(0);
    query.setMaxResults(maxResults);
    return query;
  }

  /**
   * {@code EXPLAIN (options) <the engine's SQL>} for the statement ({@link #LIST} or {@link
   * #COUNT}) and query, as {@code userId} would run it (in the form {@link LaneTaskQuery} chooses
   * for it); the plan's text. With no options, the statement itself with its parameters in place
   * (PostgreSQL's driver), to run by hand.
   */
  public String explain(String statement, TaskQueryImpl query, String userId, String options) {
    return explain(statement, query, userId, options, LaneTaskQuery.FEW_LINKS);
  }

  /**
   * As {@link #explain(String, TaskQueryImpl, String, String)}, in the form our task query takes
   * where a lane's own tasks are read first up to {@code fewLinks} candidate links (0: never).
   */
  public String explain(
      String statement, TaskQueryImpl query, String userId, String options, int fewLinks) {
    return bound(
        context -> {
          context.getAuthorizationManager().configureTaskQuery(query);
          context.getTenantManager().configureQuery(query);
          return new LaneTaskQuery(fewLinks).statement(statement, query);
        },
        query,
        userId,
        (mapped, sql) -> run(mapped, sql, query, options));
  }

  /**
   * What {@code use} makes of a statement as MyBatis binds it for the query, inside a command of
   * the engine run as {@code userId}. {@code statement} adds to the query the engine's
   * authorization and unit checks of that kind of query, and names the statement.
   */
  private <T> T bound(
      Function<CommandContext, String> statement,
      Object query,
      String userId,
      BiFunction<MappedStatement, BoundSql, T> use) {
    ProcessEngineConfigurationImpl configuration = configuration();
    IdentityService identity = app.getBean(IdentityService.class);
    new People(identity).actAs(userId);
    try {
      return configuration
          .getCommandExecutorTxRequired()
          .execute(
              context -> {
                String name = statement.apply(context);
                MappedStatement mapped =
                    configuration
                        .getSqlSessionFactory()
                        .getConfiguration()
                        .getMappedStatement(
                            configuration.getDbSqlSessionFactory().mapStatement(name));
                return use.apply(mapped, mapped.getBoundSql(query));
              });
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The plan PostgreSQL makes once for any parameters (prepared, under {@code plan_cache_mode =
   * force_generic_plan}, {@code EXPLAIN (FORMAT JSON) EXECUTE}) of the variable query Tasklist
   * sends for the cards of a page: every variable of those names on those scopes, as {@code userId}
   * would run it. A statement run often on one connection is prepared there, and PostgreSQL may
   * keep running this plan.
   */
  public String genericPlanOfCardVariables(
      List<String> names, List<String> scopeIds, String userId) {
    VariableInstanceQueryImpl query =
        (VariableInstanceQueryImpl)
            app.getBean(RuntimeService.class)
                .createVariableInstanceQuery()
                .variableNameIn(names.toArray(String[]::new))
                .variableScopeIdIn(scopeIds.toArray(String[]::new));
    query.setFirstResult(0);
    query.setMaxResults(Integer.MAX_VALUE); // list(): all of them
    String sql =
        bound(
            context -> {
              authorizationCheckOf(context.getAuthorizationManager(), query);
              context.getTenantManager().configureQuery(query);
              return VARIABLES;
            },
            query,
            userId,
            (mapped, bound) -> bound.getSql());
    StringBuilder numbered = new StringBuilder();
    int parameter = 0;
    for (char c : sql.toCharArray()) {
      numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
    }
    try (Connection connection = app.getBean(DataSource.class).getConnection();
        Statement explain = connection.createStatement()) {
      connection.setAutoCommit(false);
      explain.execute("set local plan_cache_mode = force_generic_plan");
      explain.execute("prepare card_variables as " + numbered);
      try (ResultSet plan =
          explain.executeQuery(
              "explain (format json) execute card_variables("
                  + String.join(", ", Collections.nCopies(parameter, "null"))
                  + ")")) {
        plan.next();
        return plan.getString(1);
      } finally {
        explain.execute("deallocate card_variables");
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The plan of the job executor's look for due jobs ({@code selectNextJobsToExecute}, bound with
   * the parameters the engine's {@code JobManager.findNextJobsToExecute} gives it under this
   * engine's configuration, for a page of {@code maxJobsPerAcquisition}), as PostgreSQL makes it
   * for the current time: {@code EXPLAIN (options)}.
   */
  public String planOfJobAcquisition(String options) {
    ProcessEngineConfigurationImpl configuration = configuration();
    return plan(
        JOB_ACQUISITION,
        new ListQueryParameterObject(
            jobAcquisitionParameters(configuration),
            0,
            configuration.getJobExecutor().getMaxJobsPerAcquisition()),
        options);
  }

  static final String JOB_ACQUISITION = "selectNextJobsToExecute";

  /**
   * The parameters {@code JobManager.findNextJobsToExecute} of Camunda 7.24.0 binds the look for
   * due jobs with (read with {@code javap}; {@code JobAcquisitionParametersTest} fails when an
   * upgrade names others). This engine orders no acquisition by priority, type or due date; were it
   * configured to, the engine would bind an ordering that this does not, so it refuses.
   */
  static Map<String, Object> jobAcquisitionParameters(
      ProcessEngineConfigurationImpl configuration) {
    if (configuration.isJobExecutorAcquireByPriority()
        || configuration.isJobExecutorPreferTimerJobs()
        || configuration.isJobExecutorAcquireByDueDate()) {
      throw new IllegalStateException(
          "the job executor orders its acquisition: bind the ordering as JobManager does");
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("now", new Date());
    parameters.put("alwaysSetDueDate", configuration.isEnsureJobDueDateNotNull());
    parameters.put("deploymentAware", configuration.isJobExecutorDeploymentAware());
    if (configuration.isJobExecutorDeploymentAware()
        && !configuration.getRegisteredDeployments().isEmpty()) {
      parameters.put("deploymentIds", configuration.getRegisteredDeployments());
    }
    parameters.put("jobPriorityMin", null);
    parameters.put("jobPriorityMax", null);
    parameters.put("historyCleanupEnabled", configuration.isHistoryCleanupEnabled());
    parameters.put("orderingProperties", List.of());
    parameters.put("applyOrdering", false);
    parameters.put(
        "applyExclusiveOverProcessHierarchies",
        configuration.isJobExecutorAcquireExclusiveOverProcessHierarchies());
    return parameters;
  }

  /**
   * The plan of the engine's look for a task's subtasks ({@code selectTasksByParentTaskId}), which
   * it makes whenever a task ends: {@code EXPLAIN (options)}.
   */
  public String planOfSubtasks(String taskId, String options) {
    return plan(
        "selectTasksByParentTaskId",
        new ListQueryParameterObject(taskId, 0, Integer.MAX_VALUE),
        options);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) app.getBean(ProcessEngineConfiguration.class);
  }

  /** {@code EXPLAIN (options)} of one of the engine's statements, bound to {@code parameter}. */
  private String plan(String statement, Object parameter, String options) {
    ProcessEngineConfigurationImpl configuration = configuration();
    MappedStatement mapped =
        configuration
            .getSqlSessionFactory()
            .getConfiguration()
            .getMappedStatement(configuration.getDbSqlSessionFactory().mapStatement(statement));
    return run(mapped, mapped.getBoundSql(parameter), parameter, options);
  }

  /** The engine's own authorization check of a variable query (protected in the engine). */
  private static void authorizationCheckOf(
      AuthorizationManager authorizations, VariableInstanceQueryImpl query) {
    try {
      Method configure =
          AuthorizationManager.class.getDeclaredMethod(
              "configureVariableInstanceQuery", VariableInstanceQueryImpl.class);
      configure.setAccessible(true);
      configure.invoke(authorizations, query);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private String run(MappedStatement mapped, BoundSql sql, Object query, String options) {
    try (Connection connection = app.getBean(DataSource.class).getConnection();
        PreparedStatement explain =
            connection.prepareStatement(
                (options.isEmpty() ? "" : "explain (" + options + ") ") + sql.getSql())) {
      ParameterHandler parameters = new DefaultParameterHandler(mapped, query, sql);
      parameters.setParameters(explain);
      if (options.isEmpty()) {
        return explain.toString(); // the driver shows the statement with its parameters in place
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
