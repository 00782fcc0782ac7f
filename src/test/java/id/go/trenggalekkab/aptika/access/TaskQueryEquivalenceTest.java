package id.go.trenggalekkab.aptika.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Our task query returns what the engine's own returns, for every kind of query and every role, on
 * tasks of both units: unclaimed, claimed, with a second candidate group and a candidate user.
 */
@AptikaSpringBootTest
class TaskQueryEquivalenceTest {

  @Autowired ApplicationContext app;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void everyQueryReturnsWhatTheEnginesOwnStatementReturns() {
    People people = new People(identity);
    for (String clerk : List.of(People.CLERK_DINKES, People.CLERK_DISDIK, People.CLERK_DINKES)) {
      people.actAs(clerk);
      runtime.startProcessInstanceByKey(
          "SubdomainHostingProcess", RequestFixtures.aSubdomainRequest());
    }
    people.actAsNobody();
    List<Task> kadis = tasks.createTaskQuery().taskCandidateGroup("kadis").listPage(0, 3);
    assertThat(kadis).hasSize(3);
    tasks.claim(kadis.get(0).getId(), People.KADIS);
    tasks.addCandidateGroup(kadis.get(1).getId(), "kabid");
    tasks.addCandidateUser(kadis.get(1).getId(), People.EXECUTOR);
    tasks.addCandidateUser(kadis.get(2).getId(), People.KABID);

    int compared = new TaskQueryEquivalence(app).assertSameAsEngine();

    assertThat(compared).as("results compared").isGreaterThan(200);
  }

  /**
   * A query for a lane's tasks has them read first through its candidate links where those are at
   * most {@link LaneTaskQuery#FEW_LINKS}; a query that also lets tasks through without a link, or
   * for every task, runs as the engine's.
   */
  @Test
  void aLaneWithFewCandidateLinksHasItsOwnTasksReadFirst() {
    people().actAs(People.CLERK_DINKES);
    runtime.startProcessInstanceByKey(
        "SubdomainHostingProcess", RequestFixtures.aSubdomainRequest());
    runtime.startProcessInstanceByKey(
        "SubdomainHostingProcess", RequestFixtures.aSubdomainRequest());
    people().actAsNobody();
    long kadisLinks =
        tasks.createTaskQuery().taskCandidateGroup("kadis").includeAssignedTasks().count();
    assertThat(kadisLinks).isGreaterThanOrEqualTo(2).isLessThan(LaneTaskQuery.FEW_LINKS);

    assertThat(chosen(LaneTaskQuery.FEW_LINKS, LaneTaskQuery.LIST, kadis()))
        .isEqualTo(LaneTaskQuery.LANE_LIST);
    assertThat(chosen(LaneTaskQuery.FEW_LINKS, LaneTaskQuery.COUNT, kadis()))
        .isEqualTo(LaneTaskQuery.LANE_COUNT);
    assertThat(chosen((int) kadisLinks, LaneTaskQuery.LIST, kadis()))
        .isEqualTo(LaneTaskQuery.LANE_LIST);
    assertThat(chosen((int) kadisLinks - 1, LaneTaskQuery.LIST, kadis()))
        .isEqualTo(LaneTaskQuery.LIST);
    assertThat(
            chosen(
                LaneTaskQuery.FEW_LINKS,
                LaneTaskQuery.LIST,
                tasks.createTaskQuery().taskCandidateUser(People.KADIS)))
        .isEqualTo(LaneTaskQuery.LANE_LIST);
    assertThat(
            chosen(
                LaneTaskQuery.FEW_LINKS,
                LaneTaskQuery.LIST,
                tasks
                    .createTaskQuery()
                    .or()
                    .taskCandidateGroup("kadis")
                    .taskAssignee(People.KADIS)
                    .endOr()))
        .isEqualTo(LaneTaskQuery.LIST);
    assertThat(
            chosen(
                LaneTaskQuery.FEW_LINKS,
                LaneTaskQuery.LIST,
                tasks.createTaskQuery().taskCandidateGroup("kadis").taskInvolvedUser(People.KADIS)))
        .isEqualTo(LaneTaskQuery.LIST);
    assertThat(
            chosen(
                LaneTaskQuery.FEW_LINKS,
                LaneTaskQuery.COUNT,
                tasks.createTaskQuery().withCandidateGroups()))
        .isEqualTo(LaneTaskQuery.COUNT);
    assertThat(chosen(LaneTaskQuery.FEW_LINKS, LaneTaskQuery.LIST, tasks.createTaskQuery()))
        .isEqualTo(LaneTaskQuery.LIST);

    // as a member of a lane, a query without candidates reads the tasks granted to him first
    people().actAs(People.KABID);
    try {
      assertThat(chosen(LaneTaskQuery.FEW_LINKS, LaneTaskQuery.LIST, tasks.createTaskQuery()))
          .isEqualTo(LaneTaskQuery.GRANTED_LIST);
      assertThat(
              chosen(
                  LaneTaskQuery.FEW_LINKS,
                  LaneTaskQuery.COUNT,
                  tasks.createTaskQuery().dueBefore(new Date())))
          .isEqualTo(LaneTaskQuery.GRANTED_COUNT);
      assertThat(chosen(0, LaneTaskQuery.LIST, tasks.createTaskQuery()))
          .isEqualTo(LaneTaskQuery.LIST);
      // a task opened by its id is read by its id, with no count first
      assertThat(
              chosen(
                  LaneTaskQuery.FEW_LINKS, LaneTaskQuery.LIST, tasks.createTaskQuery().taskId("x")))
          .isEqualTo(LaneTaskQuery.LIST);
    } finally {
      people().actAsNobody();
    }
  }

  /**
   * Over its bound, a lane's tasks are still read first where the lane holds at most a {@link
   * LaneTaskQuery#SHARE}th of the open tasks, and so are a reader's granted tasks where his groups
   * hold that few; a page sorted before it is checked, up to a {@link LaneTaskQuery#PAGE_SHARE}th.
   * A lane holding more is read in due-date order.
   */
  @Test
  void aLaneOverItsBoundIsReadFirstWhileItHoldsAnEighthOfTheOpenTasksAndItsPageAQuarter() {
    for (long open = tasks.createTaskQuery().count(); open < 4 * LaneTaskQuery.SHARE; open++) {
      people().actAs(People.CLERK_DINKES);
      runtime.startProcessInstanceByKey(
          "SubdomainHostingProcess", RequestFixtures.aSubdomainRequest());
      people().actAsNobody();
    }
    List<Task> open = tasks.createTaskQuery().orderByTaskId().asc().list();
    String lane = "test-lane";
    List<Task> laneTasks = open.subList(0, 2);
    link(laneTasks, lane);
    try {
      assertThat(chosen(1, LaneTaskQuery.LIST, tasks.createTaskQuery().taskCandidateGroup(lane)))
          .isEqualTo(LaneTaskQuery.LANE_LIST);
      assertThat(chosen(1, LaneTaskQuery.COUNT, tasks.createTaskQuery().taskCandidateGroup(lane)))
          .isEqualTo(LaneTaskQuery.LANE_COUNT);
      // a pattern names no group whose share could be known
      assertThat(
              chosen(
                  1, LaneTaskQuery.LIST, tasks.createTaskQuery().taskCandidateGroupLike("test-%")))
          .isEqualTo(LaneTaskQuery.LIST);

      // a reader in the lane alone, whose grants the engine gave his group with each link
      assertThat(everyTaskAsReaderIn(lane)).isEqualTo(LaneTaskQuery.GRANTED_LIST);

      // the lane grown past an eighth of the open tasks: its count walks, and so does a page
      // ordered by a variable, which is not sorted before it is checked; its page by due date not
      int overAnEighth = open.size() / LaneTaskQuery.SHARE + 1;
      link(open.subList(laneTasks.size(), overAnEighth), lane);
      assertThat(chosen(1, LaneTaskQuery.COUNT, tasks.createTaskQuery().taskCandidateGroup(lane)))
          .isEqualTo(LaneTaskQuery.COUNT);
      assertThat(
              chosen(
                  1,
                  LaneTaskQuery.LIST,
                  tasks
                      .createTaskQuery()
                      .taskCandidateGroup(lane)
                      .orderByProcessVariable("referenceNumber", ValueType.STRING)
                      .asc()))
          .isEqualTo(LaneTaskQuery.LIST);
      assertThat(
              chosen(
                  1,
                  LaneTaskQuery.LIST,
                  tasks.createTaskQuery().taskCandidateGroup(lane).orderByDueDate().asc()))
          .isEqualTo(LaneTaskQuery.LANE_LIST);
      assertThat(everyTaskAsReaderIn(lane)).isEqualTo(LaneTaskQuery.GRANTED_LIST);

      // past a quarter: its page walks too
      link(open.subList(overAnEighth, open.size() / LaneTaskQuery.PAGE_SHARE + 1), lane);
      assertThat(chosen(1, LaneTaskQuery.LIST, tasks.createTaskQuery().taskCandidateGroup(lane)))
          .isEqualTo(LaneTaskQuery.LIST);
      assertThat(everyTaskAsReaderIn(lane)).isEqualTo(LaneTaskQuery.LIST);
      assertThat(
              chosen(
                  1_000_000, LaneTaskQuery.LIST, tasks.createTaskQuery().taskCandidateGroup(lane)))
          .isEqualTo(LaneTaskQuery.LANE_LIST);
    } finally {
      open.forEach(task -> tasks.deleteCandidateGroup(task.getId(), lane));
      // the engine keeps a group's grant on a task when its link goes
      authorizations
          .createAuthorizationQuery()
          .groupIdIn(lane)
          .list()
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
  }

  /** Makes the lane a candidate group of each of the tasks. */
  private void link(List<Task> more, String lane) {
    more.forEach(task -> tasks.addCandidateGroup(task.getId(), lane));
  }

  /** The statement chosen over a bound of one for every task, as a reader in the group alone. */
  private String everyTaskAsReaderIn(String group) {
    identity.setAuthentication("test-reader", List.of(group));
    try {
      return chosen(1, LaneTaskQuery.LIST, tasks.createTaskQuery());
    } finally {
      people().actAsNobody();
    }
  }

  private TaskQuery kadis() {
    return tasks.createTaskQuery().taskCandidateGroup("kadis").orderByDueDate().asc();
  }

  private People people() {
    return new People(identity);
  }

  /**
   * The statement our task manager runs for the engine's {@code statement} of the query, with the
   * engine's authorization and unit checks of the current user added to it.
   */
  private String chosen(int fewLinks, String statement, TaskQuery query) {
    TaskQueryImpl checked = (TaskQueryImpl) query;
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              context.getAuthorizationManager().configureTaskQuery(checked);
              context.getTenantManager().configureQuery(checked);
              return new LaneTaskQuery(fewLinks).statement(statement, checked);
            });
  }
}
