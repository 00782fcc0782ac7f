package id.go.trenggalekkab.aptika.retention;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.LocalTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's history cleanup is scheduled into the nightly window, 22:00-05:00 WIB. */
@AptikaSpringBootTest
class HistoryCleanupWindowTest {

  @Autowired ProcessEngine engine;
  @Autowired HistoryService historyService;

  @Test
  void historyIsCleanedUpInTheNightlyWindowByRemovalTime() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(wib(configuration.getHistoryCleanupBatchWindowStartTimeAsDate()))
        .isEqualTo(LocalTime.of(22, 0));
    assertThat(wib(configuration.getHistoryCleanupBatchWindowEndTimeAsDate()))
        .isEqualTo(LocalTime.of(5, 0));

    assertThat(historyService.findHistoryCleanupJobs())
        .isNotEmpty()
        .extracting(Job::getDuedate)
        .allSatisfy(
            due ->
                assertThat(wib(due))
                    .satisfiesAnyOf(
                        time -> assertThat(time).isAfterOrEqualTo(LocalTime.of(22, 0)),
                        time -> assertThat(time).isBefore(LocalTime.of(5, 0))));
  }

  private static LocalTime wib(java.util.Date date) {
    return date.toInstant().atZone(OfficeTime.ZONE).toLocalTime();
  }
}
