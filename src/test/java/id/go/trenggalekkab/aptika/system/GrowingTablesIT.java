package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.notification.DirectMail;
import id.go.trenggalekkab.aptika.performance.UnindexedReads;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.sla.SlaBreaches;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our own tables that grow with every request (mails, Mutu Baku overruns, letters, services,
 * documents, notes, portal attempts) are read through an index by every statement the office's work
 * runs on them, so that none of those reads costs more as the history grows. The application runs
 * on PostgreSQL with {@code pg_stat_statements}; the test does the office's reads of those tables
 * (the mail dispatcher and the metrics on their own schedule, the clerk's requests, the outbox,
 * letter and late-step lists, a mail sent once, a reply letter recorded, the overruns of a month),
 * then has PostgreSQL plan each statement it saw, for any parameters ({@code EXPLAIN
 * (GENERIC_PLAN)}), with sequential scans made the last resort: a plan then reads a whole table
 * only when no index serves the statement ({@link UnindexedReads}, which the benchmark's smoke and
 * {@code PostgresIT} use for everything they send).
 */
class GrowingTablesIT {

  private static final Pattern A_GROWING_TABLE =
      Pattern.compile("(?i)\\b(" + String.join("|", UnindexedReads.OUR_GROWING_TABLES) + ")\\b");

  static EmbeddedPostgres postgres;
  static GreenMail smtp;
  static ConfigurableApplicationContext app;

  @BeforeAll
  static void start() throws Exception {
    postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .start();
    try (ServerSocket socket = new ServerSocket(0)) {
      smtp = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", "smtp"));
    }
    smtp.start();
    app =
        PostgresIT.startOn(
            postgres,
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--aptika.mail.dispatch-interval=PT1S",
            "--aptika.metrics.refresh=PT1S");
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (app != null) {
        app.close();
      }
      if (smtp != null) {
        smtp.stop();
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  @Test
  void everyReadOfATableThatGrowsWithTheRequestsGoesThroughAnIndex() throws Exception {
    JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
    database.execute("create extension if not exists pg_stat_statements");
    database.execute("select pg_stat_statements_reset()");

    // given: a request of the Dinas Kesehatan whose first step is late
    ProcessInstance request = submitASubdomainRequest();
    TaskService tasks = app.getBean(TaskService.class);
    Task kadis = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();
    tasks.setDueDate(kadis.getId(), Date.from(Instant.now().minusSeconds(86_400)));

    // when: the office reads what it reads of those tables
    TestRestTemplate http = http();
    assertThat(
            http.withBasicAuth(People.MANAGER, People.PASSWORD)
                .getForEntity("/api/mutu-baku/late", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            http.withBasicAuth(People.CLERK_DINKES, People.PASSWORD)
                .getForEntity("/api/my-requests", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String path : List.of("/api/outbox", "/api/outbox?status=GAGAL", "/api/letters")) {
      assertThat(
              http.withBasicAuth(People.KADIS, People.PASSWORD)
                  .getForEntity(path, String.class)
                  .getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.OK);
    }
    DirectMail mail = app.getBean(DirectMail.class);
    for (int i = 0; i < 2; i++) {
      mail.sendOnce(
          List.of("rahmat.hidayat@dinkes.trenggalekkab.go.id"),
          "Uji kirim sekali",
          "Isi surel.",
          request.getId(),
          List.of());
    }
    app.getBean(ServiceRegistry.class).recordReplyLetter(request.getId(), "B/000.1/1/406.009/2026");
    app.getBean(SlaBreaches.class)
        .touching(LocalDateTime.now().minusMonths(1), LocalDateTime.now().plusDays(1), null);
    // the mail dispatcher and the metrics read them on their own, every second here
    List<String> expected =
        List.of(
            "from apt_outbox where status",
            "update apt_outbox set status",
            "group by status",
            "from apt_outbox where process_instance_id",
            "left join apt_outbox",
            "from apt_sla_breach where task_id",
            "reminded_at >=",
            "update apt_service set reply_letter_number",
            "from apt_request_note");
    List<String> seen = awaitStatements(database, expected);

    // then: PostgreSQL reads none of those tables whole for any of the statements it saw
    assertThat(expected)
        .as("the reads this test does are among the statements seen: %s", seen)
        .allSatisfy(part -> assertThat(seen).anySatisfy(query -> assertThat(query).contains(part)));
    assertThat(UnindexedReads.in(postgres.getJdbcUrl("postgres", "postgres"), seen))
        .as("statements that read a growing table whole")
        .isEmpty();
  }

  /** The statements on the growing tables, once those named are among them or after 20 s. */
  private static List<String> awaitStatements(JdbcTemplate database, List<String> parts)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    List<String> seen = statementsOnGrowingTables(database);
    while (!allSeen(seen, parts) && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
      seen = statementsOnGrowingTables(database);
    }
    return seen;
  }

  /** The reads, updates and deletes PostgreSQL was sent that name one of our growing tables. */
  private static List<String> statementsOnGrowingTables(JdbcTemplate database) {
    return UnindexedReads.sent(database).stream()
        .filter(query -> A_GROWING_TABLE.matcher(query).find())
        .toList();
  }

  private static boolean allSeen(List<String> seen, List<String> parts) {
    return parts.stream().allMatch(part -> seen.stream().anyMatch(query -> query.contains(part)));
  }

  private static ProcessInstance submitASubdomainRequest() {
    People people = new People(app.getBean(IdentityService.class));
    Map<String, Object> request = RequestFixtures.aSubdomainRequest();
    request.put("subdomainName", "ujiindeks");
    request.put("requestLetterDate", LocalDate.now().minusDays(3).toString());
    people.actAs(People.CLERK_DINKES);
    try {
      return app.getBean(RuntimeService.class)
          .startProcessInstanceByKey("SubdomainHostingProcess", request);
    } finally {
      people.actAsNobody();
    }
  }

  private static TestRestTemplate http() {
    String port = app.getBean(Environment.class).getProperty("local.server.port");
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }
}
