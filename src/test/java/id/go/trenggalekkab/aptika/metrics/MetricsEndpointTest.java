package id.go.trenggalekkab.aptika.metrics;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /actuator/prometheus}: who may read it, and that its figures are the office's. */
@AptikaSpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class MetricsEndpointTest {

  static final String PROCESS = "SubdomainHostingProcess";

  @Autowired TestRestTemplate http;
  @Autowired OperationsMetrics metrics;
  @Autowired ProcessEngine engine;
  @Autowired ServiceRegistry registry;
  @Autowired Outbox outbox;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Nested
  class Access {

    @Test
    void nobodyWithoutCredentials() {
      assertThat(PrometheusScrape.get(http, null).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void notAWrongToken(CapturedOutput log) {
      var answer = PrometheusScrape.get(http, "Bearer " + PrometheusScrape.TOKEN + "x");
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(answer.getBody()).doesNotContain("aptika_");
      assertThat(PrometheusScrape.get(http, "Bearer ").getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      PrometheusScrape.of(http);
      assertThat(log.getAll()).doesNotContain(PrometheusScrape.TOKEN);
    }

    @Test
    void notAClerk() {
      assertThat(
              http.withBasicAuth(CLERK_DINKES, "demo")
                  .getForEntity("/actuator/prometheus", String.class)
                  .getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theTokenOpensOnlyThePrometheusEndpoint() {
      var scrape = PrometheusScrape.get(http, "Bearer " + PrometheusScrape.TOKEN);
      assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(scrape.getBody()).contains("# TYPE aptika_requests_started_total counter");

      var other =
          http.exchange(
              "/actuator/metrics",
              org.springframework.http.HttpMethod.GET,
              new org.springframework.http.HttpEntity<>(
                  headers("Bearer " + PrometheusScrape.TOKEN)),
              String.class);
      assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void administratorsAndManagersWithTheirLogin() {
      for (String person : List.of("admin", "hendra")) {
        assertThat(
                http.withBasicAuth(person, "demo")
                    .getForEntity("/actuator/prometheus", String.class)
                    .getStatusCode())
            .isEqualTo(HttpStatus.OK);
      }
    }
  }

  @Test
  void aRequestThroughTwoStepsIsCountedInOfficeTime() {
    // given: Wednesday 25 November 2026, 09:00 WIB
    at("2026-11-25T09:00");
    PrometheusScrape before = scrape();
    ProcessTest.Driver driver = new ProcessTest.Driver(engine);
    String name = "uji" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", name);

    // when: the Kadis disposes of it after 2 hours, the Kabid the next morning at 08:00
    ProcessInstance request = driver.startAs(CLERK_DINKES, PROCESS, variables);
    registry.reserve(RequestFixtures.anotherRequestTaking(name)); // step 4 returns it to the clerk
    at("2026-11-25T11:00");
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    at("2026-11-26T08:00");
    driver.complete(request, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Cek."));
    outbox.queue(List.of("operator@example.org"), "Uji metrik", "Isi");
    PrometheusScrape after = scrape();

    // then
    String process = "process=\"" + PROCESS + "\"";
    assertThat(delta(before, after, "aptika_requests_started_total", process)).isEqualTo(1);
    assertThat(delta(before, after, "aptika_requests_finished_total", process)).isZero();
    String kadis = process + ",step=\"Task_DisposeRequestByKadis\"";
    String kabid = process + ",step=\"Task_DisposeRequestByKabid\"";
    String revise = process + ",step=\"Task_ReviseRequest\"";
    assertThat(delta(before, after, "aptika_step_duration_seconds_count", kadis)).isEqualTo(1);
    assertThat(delta(before, after, "aptika_step_duration_seconds_sum", kadis)).isEqualTo(7200);
    assertThat(
            delta(before, after, "aptika_step_duration_seconds_bucket", kadis + ",le=\"3600.0\""))
        .isZero();
    assertThat(
            delta(before, after, "aptika_step_duration_seconds_bucket", kadis + ",le=\"14400.0\""))
        .isEqualTo(1);
    // 11:00-16:00 and 07:30-08:00: five and a half hours of office time, not 21
    assertThat(delta(before, after, "aptika_step_duration_seconds_count", kabid)).isEqualTo(1);
    assertThat(delta(before, after, "aptika_step_duration_seconds_sum", kabid)).isEqualTo(19800);
    assertThat(delta(before, after, "aptika_tasks_open", kadis)).isZero();
    assertThat(delta(before, after, "aptika_tasks_open", revise)).isEqualTo(1);
    // the clerk's notice that her request came back, and the mail queued above
    assertThat(outbox.of(request.getId())).extracting(Outbox.Mail::status).contains("MENUNGGU");
    assertThat(delta(before, after, "aptika_outbox_mails", "status=\"waiting\"")).isEqualTo(2);
    assertThat(after.value("aptika_outbox_mails", "status=\"failed\"")).isNotNegative();

    // when: three weeks later the clerk has not revised it
    at("2026-12-16T09:00");
    PrometheusScrape late = scrape();
    Task open = driver.openTask(request);
    List<Task> overdue =
        engine
            .getTaskService()
            .createTaskQuery()
            .processDefinitionKey(PROCESS)
            .taskDefinitionKey("Task_ReviseRequest")
            .dueBefore(ClockUtil.getCurrentTime())
            .list();
    assertThat(overdue).extracting(Task::getId).contains(open.getId());
    assertThat(late.value("aptika_tasks_overdue", revise)).isEqualTo(overdue.size());

    // when: the request is withdrawn
    engine.getRuntimeService().deleteProcessInstance(request.getId(), "uji");
    PrometheusScrape ended = scrape();
    assertThat(delta(before, ended, "aptika_requests_finished_total", process)).isEqualTo(1);
    assertThat(delta(before, ended, "aptika_tasks_open", revise)).isZero();
  }

  @Test
  void theCountsStayWhenTheHistoryCleanupRemovesOldRequests() {
    // given: two requests, one of them withdrawn, and one refused at submission (not a request:
    // it counts nowhere)
    PrometheusScrape before = scrape();
    ProcessTest.Driver driver = new ProcessTest.Driver(engine);
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    ProcessInstance withdrawn = driver.startAs(CLERK_DINKES, PROCESS, variables);
    ProcessInstance running = driver.startAs(CLERK_DINKES, PROCESS, variables);
    Map<String, Object> refused = new HashMap<>(variables);
    refused.put("requestLetterDate", OfficeTime.today().plusDays(1).toString());
    assertThatThrownBy(() -> driver.startAs(CLERK_DINKES, PROCESS, refused))
        .hasMessageContaining("Tanggal surat permohonan");
    engine.getRuntimeService().deleteProcessInstance(withdrawn.getId(), "uji");
    PrometheusScrape counted = scrape();
    String process = "process=\"" + PROCESS + "\"";
    assertThat(delta(before, counted, "aptika_requests_started_total", process)).isEqualTo(2);
    assertThat(delta(before, counted, "aptika_requests_finished_total", process)).isEqualTo(1);

    // when: the withdrawn request's time in the history is up (its removal time yesterday, as
    // 400 days after it ended would be) and the history cleanup runs in its nightly window
    HistoryService history = engine.getHistoryService();
    Batch removalTime =
        history
            .setRemovalTimeToHistoricProcessInstances()
            .absoluteRemovalTime(Date.from(Instant.now().minus(Duration.ofDays(1))))
            .byIds(withdrawn.getId())
            .executeAsync();
    driver.runJobsOf(removalTime.getSeedJobDefinitionId());
    driver.runJobsOf(removalTime.getBatchJobDefinitionId());
    engine.getManagementService().deleteBatch(removalTime.getId(), true);
    at(OfficeTime.today() + "T23:00");
    engine.getManagementService().executeJob(history.cleanUpHistoryAsync(true).getId());
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceIds(Set.of(withdrawn.getId(), running.getId()))
                .list())
        .as("the history of the withdrawn request is gone, the running one's is not")
        .extracting(HistoricProcessInstance::getId)
        .containsExactly(running.getId());
    PrometheusScrape cleaned = scrape();

    // then: the counters have not gone down
    assertThat(cleaned.value("aptika_requests_started_total", process))
        .isEqualTo(counted.value("aptika_requests_started_total", process));
    assertThat(cleaned.value("aptika_requests_finished_total", process))
        .isEqualTo(counted.value("aptika_requests_finished_total", process));

    // and: the running request still counts when it ends
    engine.getRuntimeService().deleteProcessInstance(running.getId(), "uji");
    assertThat(delta(counted, scrape(), "aptika_requests_finished_total", process)).isEqualTo(1);
  }

  /**
   * A request started in a transaction of its own inside another (REQUIRES_NEW) is counted with its
   * own commit, not with the outer transaction, which here rolls back with its request.
   */
  @Test
  void aRequestStartedInATransactionOfItsOwnCountsWithItsOwnCommit(
      @Autowired PlatformTransactionManager transactions) {
    String account = "process=\"SplpAccountProcess\"";
    String subdomain = "process=\"" + PROCESS + "\"";
    PrometheusScrape before = scrape();
    ProcessTest.Driver driver = new ProcessTest.Driver(engine);
    TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            outer -> {
              driver.startAs(CLERK_DINKES, PROCESS, RequestFixtures.aSubdomainRequest());
              ownTransaction.executeWithoutResult(
                  inner ->
                      driver.startAs(
                          CLERK_DINKES,
                          "SplpAccountProcess",
                          RequestFixtures.anSplpAccountRequest()));
              outer.setRollbackOnly();
            });

    PrometheusScrape after = scrape();
    assertThat(delta(before, after, "aptika_requests_started_total", account)).isEqualTo(1);
    assertThat(delta(before, after, "aptika_requests_started_total", subdomain)).isZero();
  }

  /**
   * Starts and ends committed without being counted (as by a node of an earlier version during a
   * rolling upgrade) are caught up with at night from the history; a count above the history (its
   * cleanup removed requests) is not lowered.
   */
  @Test
  void aCountBelowTheHistoryIsRaisedToItAtNightAndNoneIsLowered(
      CapturedOutput log, @Autowired RequestCounts counts, @Autowired JdbcClient jdbc) {
    String account = "process=\"SplpAccountProcess\"";
    ProcessTest.Driver driver = new ProcessTest.Driver(engine);
    driver.startAs(CLERK_DINKES, "SplpAccountProcess", RequestFixtures.anSplpAccountRequest());
    ProcessInstance withdrawn =
        driver.startAs(CLERK_DINKES, "SplpAccountProcess", RequestFixtures.anSplpAccountRequest());
    engine.getRuntimeService().deleteProcessInstance(withdrawn.getId(), "uji");
    counts.catchUpWithHistory();
    PrometheusScrape counted = scrape();
    assertThat(log.getOut()).doesNotContain("Hitungan permohonan SplpAccountProcess");

    // given: the two starts and the end missed
    moveAccountCounts(jdbc, -2, -1);
    assertThat(delta(counted, scrape(), "aptika_requests_started_total", account)).isEqualTo(-2);

    // when
    counts.catchUpWithHistory();

    // then
    PrometheusScrape caughtUp = scrape();
    assertThat(delta(counted, caughtUp, "aptika_requests_started_total", account)).isZero();
    assertThat(delta(counted, caughtUp, "aptika_requests_finished_total", account)).isZero();
    assertThat(log.getOut())
        .contains("Hitungan permohonan SplpAccountProcess lebih kecil dari riwayat mesin proses");

    // and: counts above what the history holds stay
    moveAccountCounts(jdbc, 5, 5);
    counts.catchUpWithHistory();
    PrometheusScrape above = scrape();
    assertThat(delta(counted, above, "aptika_requests_started_total", account)).isEqualTo(5);
    assertThat(delta(counted, above, "aptika_requests_finished_total", account)).isEqualTo(5);
    moveAccountCounts(jdbc, -5, -5);
  }

  /** Moves the SPLP account procedure's kept counts behind the tally's back. */
  private static void moveAccountCounts(JdbcClient jdbc, int started, int ended) {
    jdbc.sql(
            "update apt_request_count set started = started + ?, ended = ended + ?"
                + " where process_key = 'SplpAccountProcess'")
        .params(started, ended)
        .update();
  }

  /** The figures read again from the database, as a scrape after the next refresh sees them. */
  private PrometheusScrape scrape() {
    metrics.refresh();
    return PrometheusScrape.of(http);
  }

  private static double delta(
      PrometheusScrape before, PrometheusScrape after, String name, String labels) {
    return after.value(name, labels) - before.valueOrZero(name, labels);
  }

  private static void at(String wib) {
    ClockUtil.setCurrentTime(
        Date.from(LocalDateTime.parse(wib).atZone(OfficeTime.ZONE).toInstant()));
  }

  private static org.springframework.http.HttpHeaders headers(String authorization) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.set(org.springframework.http.HttpHeaders.AUTHORIZATION, authorization);
    return headers;
  }
}
