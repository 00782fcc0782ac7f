package id.go.trenggalekkab.aptika.metrics;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.FixedOfficeClock;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * ops/grafana/layanan-aptika.json: every query names a metric the application exports, and every
 * figure the application exports is on the dashboard.
 */
@AptikaSpringBootTest
@ExtendWith(FixedOfficeClock.class)
class GrafanaDashboardTest {

  static final Path DASHBOARD = Path.of("ops/grafana/layanan-aptika.json");

  @Autowired TestRestTemplate http;
  @Autowired OperationsMetrics metrics;
  @Autowired ProcessEngine engine;

  JsonNode dashboard;
  Set<String> exported;

  @BeforeEach
  void scrapeAfterOneCompletedStep() throws IOException {
    dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
    // the step histogram has series once a task has been completed
    ProcessTest.Driver driver = new ProcessTest.Driver(engine);
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", "uji" + UUID.randomUUID().toString().substring(0, 8));
    ProcessInstance request = driver.startAs(CLERK_DINKES, "SubdomainHostingProcess", variables);
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    engine.getRuntimeService().deleteProcessInstance(request.getId(), "uji");
    metrics.refresh();
    exported = PrometheusScrape.of(http).names();
  }

  @Test
  void everyQueryNamesAnExportedMetric() {
    Set<String> named = DashboardQueries.metricNames(dashboard);
    assertThat(named).isNotEmpty().allMatch(name -> name.startsWith("aptika_"));
    assertThat(unknown(dashboard)).isEmpty();
  }

  @Test
  void everyFigureOfTheApplicationIsOnTheDashboard() {
    Set<String> families =
        exported.stream()
            .filter(name -> name.startsWith("aptika_"))
            .map(name -> name.replaceAll("_(bucket|count|sum|max)$", ""))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> shown =
        DashboardQueries.metricNames(dashboard).stream()
            .map(name -> name.replaceAll("_(bucket|count|sum|max)$", ""))
            .collect(Collectors.toSet());
    assertThat(families)
        .contains(
            "aptika_requests_started_total",
            "aptika_requests_finished_total",
            "aptika_tasks_open",
            "aptika_tasks_overdue",
            "aptika_step_duration_seconds",
            "aptika_outbox_mails",
            "aptika_incidents_open",
            "aptika_calendar_warnings");
    assertThat(shown).containsAll(families);
  }

  @Test
  void aPanelNamingAnUnknownMetricFails() {
    ObjectNode broken = dashboard.deepCopy();
    ((ObjectNode) broken.path("panels").get(0).path("targets").get(0))
        .put("expr", "sum by (process) (increase(aptika_requests_rejected_total[$__range]))");
    assertThat(unknown(broken)).containsExactly("aptika_requests_rejected_total");
  }

  @Test
  void theDatasourceIsAVariable() {
    assertThat(dashboard.path("templating").path("list").findValuesAsText("type"))
        .contains("datasource");
    assertThat(dashboard.findValues("datasource"))
        .filteredOn(JsonNode::isObject)
        .isNotEmpty()
        .allMatch(datasource -> datasource.path("uid").asText().equals("${datasource}"));
  }

  private Set<String> unknown(JsonNode board) {
    Set<String> unknown = new TreeSet<>(DashboardQueries.metricNames(board));
    unknown.removeAll(exported);
    return unknown;
  }

  @Nested
  class NamesInAQuery {

    @Test
    void leaveOutFunctionsLabelsKeywordsAndVariables() {
      assertThat(
              DashboardQueries.metricNames(
                  "histogram_quantile(0.9, sum by (le, process) (rate(a_bucket{step=\"x y\"}"
                      + "[$__rate_interval]))) / on (process) group_left b_total > 0 and c"
                      + " offset 5m"))
          .containsExactly("a_bucket", "b_total", "c");
    }
  }
}
