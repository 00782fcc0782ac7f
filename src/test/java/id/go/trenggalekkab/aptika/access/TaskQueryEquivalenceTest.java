package id.go.trenggalekkab.aptika.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
}
