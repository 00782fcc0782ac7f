package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The engine keeps no metrics that nothing of this office reads and nothing would ever delete: its
 * counters ({@code ACT_RU_METER_LOG}, for Cockpit's enterprise metrics) and its task-worker metric
 * ({@code ACT_RU_TASK_METER_LOG}, a pseudonymised assignee at every claim, for the enterprise
 * licence's reports). docs/operations.md, "Retention".
 */
@AptikaSpringBootTest
class EngineMetricsTest {

  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired TestRestTemplate http;

  @Test
  void theEnginesCountersAreNotCollected() {
    assertThatThrownBy(management::reportDbMetricsNow)
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("disabled");
  }

  @Test
  void aClaimLeavesNoTaskWorkerMetric() {
    String request = RequestFixtures.aSubdomainRequestOverRest(http);
    String task = tasks.createTaskQuery().processInstanceId(request).singleResult().getId();

    tasks.claim(task, People.KADIS);

    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
        .isEqualTo(People.KADIS);
    assertThat(management.getUniqueTaskWorkerCount(null, null))
        .as("task workers counted in ACT_RU_TASK_METER_LOG")
        .isZero();
  }
}
