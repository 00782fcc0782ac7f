package id.go.trenggalekkab.aptika.cluster;

import static id.go.trenggalekkab.aptika.cluster.OfficeWork.SPLP_ACCOUNT;
import static id.go.trenggalekkab.aptika.cluster.OfficeWork.SPLP_APPLICATION;
import static id.go.trenggalekkab.aptika.cluster.OfficeWork.SUBDOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.trenggalekkab.aptika.provisioning.ProvisioningServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application as several nodes on one PostgreSQL, each node the packaged jar in its own JVM
 * ({@link AppNode}), with BIND, nginx, an SMTP server, the SPLP portal and the BSrE signing
 * appliance outside them ({@link Surroundings}); the nodes sign letters through BSrE. In order: the
 * crash suite (a node killed with SIGKILL inside each external step, after the outside system did
 * its work and before the step's transaction commits, then started again); the database stopped for
 * 30 s under a running node; two nodes sharing a batch of requests with the timers due. The figures
 * go to the log; docs/two-nodes-and-crashes.md records them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesAndCrashesIT {

  private static final Logger LOG = LoggerFactory.getLogger(TwoNodesAndCrashesIT.class);
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** The service tasks that call another system, each a crash point. */
  static final List<String> EXTERNAL_STEPS =
      List.of(
          "Task_ProvisionSubdomain",
          "Task_FinalizeReplyLetter",
          "Task_SendReplyLetter",
          "Task_RegisterSplpAccount",
          "Task_CreateOAuth2TokenAndApiKey",
          "Task_SendActivityReport");

  static Surroundings office;
  static final OfficeWork work = new OfficeWork();
  static final List<AppNode> nodes = new ArrayList<>();

  /** The node that came through the crash suite; the later tests go on with it. */
  static AppNode survivor;

  /** The second node, started while the crash suite's last run starts. */
  static CompletableFuture<AppNode> nodeB;

  @BeforeAll
  static void startTheSurroundings() throws Exception {
    office = Surroundings.start();
  }

  @AfterAll
  static void stopEverything() throws Exception {
    nodes.forEach(AppNode::kill);
    if (office != null) {
      office.close();
    }
  }

  @Test
  @Order(1)
  void aNodeKilledInsideEachExternalStepLosesNothingAndDoesNothingTwice() throws Exception {
    Instant began = Instant.now();
    int accountsBefore = office.portal.simulator().userCount();
    int applicationsBefore = office.portal.simulator().applicationCount();
    Set<String> remaining = new LinkedHashSet<>(EXTERNAL_STEPS);
    List<String> table = new ArrayList<>();
    int run = 1;
    AppNode node = crashNode(run, remaining);
    Map<String, String> requests = new LinkedHashMap<>();
    requests.put(work.start(node, SUBDOMAIN, "crash-hosting"), SUBDOMAIN);
    requests.put(work.start(node, SPLP_ACCOUNT, "crash-account"), SPLP_ACCOUNT);
    requests.put(work.start(node, SPLP_APPLICATION, "crash-app"), SPLP_APPLICATION);

    while (!remaining.isEmpty()) {
      assertThat(driveUntilCrashOrEnd(node, requests.keySet(), marker(run)))
          .as("crash points %s never reached; see %s", remaining, node.log())
          .isNotEmpty();
      node.kill();
      // every job held at a crash point until the kill died inside its step
      List<String> inside = Files.readAllLines(marker(run));
      for (String line : inside) {
        String step = line.split(" ")[0];
        remaining.remove(step);
        table.add(step + " | run " + run + " | " + requests.get(line.split(" ")[1]));
      }
      LOG.info("Killed {} with SIGKILL inside {}", node.name(), inside);
      if (remaining.isEmpty()) {
        // the second node starts beside the last run; it takes part from here on
        nodeB = CompletableFuture.supplyAsync(TwoNodesAndCrashesIT::startNodeB);
      }
      node = crashNode(++run, remaining);
    }
    survivor = node;
    assertThat(driveUntilCrashOrEnd(node, requests.keySet(), marker(run))).isEmpty();

    requests.forEach(
        (id, process) ->
            assertThat(OfficeWork.state(survivor, id))
                .as(process + " " + id)
                .isEqualTo("COMPLETED"));
    String fqdn = "crash-hosting." + ProvisioningServers.ZONE;
    assertThat(office.provisioning.records(fqdn, "A")).as("A records of " + fqdn).hasSize(1);
    assertThat(office.provisioning.sites(fqdn)).as("nginx sites of " + fqdn).hasSize(1);
    assertThat(office.provisioning.get(fqdn)).startsWith("HTTP/1.1 200");
    assertThat(office.portal.simulator().userCount() - accountsBefore)
        .as("accounts created in the portal")
        .isEqualTo(1);
    assertThat(office.portal.simulator().applicationCount() - applicationsBefore)
        .as("applications created in the portal")
        .isEqualTo(1);
    Aftermath.everyMailOnce(office);
    Aftermath.lettersNumberedOnceAndConsecutively(office);
    Aftermath.everyJobRanOnce(office);
    Aftermath.everyRequestCountedOnce(office);
    Aftermath.noPersonDidATaskTwice(office, requests.keySet());
    LOG.info(
        "Crash suite: {} kills, {} s; step | killed in | request:\n  {}\nmails: {}\nAPI keys"
            + " generated for crash-app (one per attempt): {}",
        run - 1,
        Duration.between(began, Instant.now()).toSeconds(),
        String.join("\n  ", table),
        office.mailsByRecipientsAndSubject(),
        office.portal.simulator().apiKeyCount("crash-app"));
  }

  @Test
  @Order(2)
  void theDatabaseGoneForThirtySecondsIsShownAndOvercomeWithoutARestart() throws Exception {
    AppNode node = survivor;
    assertThat(node).as("the crash suite's last node").isNotNull();
    AppNode other = nodeB.join();
    String request = work.start(node, SUBDOMAIN, "outage");
    String kadisTask = openTask(node, request, "Task_DisposeRequestByKadis");

    office.database.stopServer();
    Instant down = Instant.now();
    await("health DOWN")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(node::healthStatus, status -> status == 503);
    String health = node.health();
    await("the other node's health DOWN")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(other::healthStatus, status -> status == 503);
    ResponseEntity<String> refused = completeAs(node, "budi", kadisTask);
    Thread.sleep(
        Math.max(
            0, Duration.ofSeconds(30).minus(Duration.between(down, Instant.now())).toMillis()));
    office.database.startServer();
    Instant back = Instant.now();
    await("health UP again")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(node::healthStatus, status -> status == 200);
    long recovered = Duration.between(back, Instant.now()).toSeconds();
    await("the other node's health UP again")
        .atMost(Duration.ofSeconds(30))
        .until(other::healthStatus, status -> status == 200);

    assertThat(health).contains("\"db\":{\"status\":\"DOWN\"");
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(503);
    assertThat(refused.getBody()).contains("Basis data sedang tidak dapat dihubungi");
    ResponseEntity<String> repeated = completeAs(node, "budi", kadisTask);
    assertThat(repeated.getStatusCode().value()).as(repeated.getBody()).isEqualTo(204);
    work.completeOpenTasks(node, request);
    // the job executors go on by themselves: step 5 runs (jobs per node: see the batch below)
    openTask(node, request, "Task_PrepareReplyLetterDraft");
    LOG.info(
        "Database outage: down {} s; health DOWN; completion refused with 503; health UP {} s after"
            + " the database was back; the completion repeated and step 5 ran without a restart",
        Duration.between(down, back).toSeconds(),
        recovered);
  }

  private static ResponseEntity<String> completeAs(AppNode node, String user, String taskId) {
    return node.as(user)
        .postForEntity(
            "/engine-rest/task/" + taskId + "/complete",
            Map.of(
                "variables",
                Map.of(
                    "dispositionKadis",
                    Map.of("value", "Kabid Aptika, mohon diproses.", "type", "String"))),
            String.class);
  }

  /** Waits (the job executor works) until the request waits at the task; its id. */
  private static String openTask(AppNode node, String request, String key) {
    return await(key)
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> OfficeWork.openTasks(node, request).get(key), id -> id != null);
  }

  @Test
  @Order(3)
  void twoNodesShareABatchWithTheTimersDueAndDoNothingTwice() throws Exception {
    AppNode a = survivor;
    assertThat(a).as("the crash suite's last node").isNotNull();
    AppNode b = nodeB.join();
    Instant began = Instant.now();
    JdbcTemplate jdbc = office.database.jdbc();
    List<AppNode> both = List.of(a, b);
    Random random = new Random(15);

    // a holiday saved on node A governs a due date computed on node B
    String control = work.start(b, SUBDOMAIN, "libur-kontrol");
    OffsetDateTime dueBefore = dueAfterKadis(b, control);
    LocalDate holiday = dueBefore.atZoneSameInstant(WIB).toLocalDate();
    saveHoliday(a, holiday);
    Instant holidaySaved = Instant.now();

    Map<String, String> requests = new LinkedHashMap<>();
    for (int i = 1; i <= 2; i++) {
      requests.put(work.start(pick(both, random), SUBDOMAIN, "batch" + i), SUBDOMAIN);
      requests.put(work.start(pick(both, random), SPLP_ACCOUNT, "batch-akun" + i), SPLP_ACCOUNT);
      requests.put(
          work.start(pick(both, random), SPLP_APPLICATION, "batch-app" + i), SPLP_APPLICATION);
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    String afterHoliday = null;
    while (Instant.now().isBefore(deadline)) {
      // every reminder and escalation of an open task is due now
      jdbc.update(
          "update act_ru_job set duedate_ = now() - interval '1 second'"
              + " where handler_type_ = 'timer-task-listener' and duedate_ > now()");
      boolean open = false;
      for (String id : requests.keySet()) {
        if (!"COMPLETED".equals(OfficeWork.state(a, id))) {
          open = true;
          work.completeOpenTasks(pick(both, random), id);
        }
      }
      if (afterHoliday == null
          && Duration.between(holidaySaved, Instant.now()).compareTo(HOLIDAY_BOUND) > 0) {
        afterHoliday = work.start(b, SUBDOMAIN, "libur-sesudah");
      }
      if (!open && afterHoliday != null) {
        break;
      }
      Thread.sleep(300);
    }
    requests.forEach(
        (id, process) ->
            assertThat(OfficeWork.state(a, id)).as(process + " " + id).isEqualTo("COMPLETED"));
    OffsetDateTime dueAfter = dueAfterKadis(b, afterHoliday);
    String signedAcross = approveOnOneNodeAndSignOnTheOther(a, b);
    noPassphraseLeftATrace(signedAcross);

    assertThat(work.refused().keySet())
        .as("completions refused because a timer changed the request at the same moment")
        .allSatisfy(refusal -> assertThat(refusal).startsWith("409").contains("belum tersimpan"));
    Map<String, Integer> jobs = Aftermath.everyJobRanOnce(office);
    Aftermath.everyRequestCountedOnce(office);
    Aftermath.everyMailOnce(office);
    Aftermath.lettersNumberedOnceAndConsecutively(office);
    Aftermath.everyReminderAndEscalationOnce(office);
    for (int i = 1; i <= 2; i++) {
      String fqdn = "batch" + i + "." + ProvisioningServers.ZONE;
      assertThat(office.provisioning.records(fqdn, "A")).as(fqdn).hasSize(1);
    }
    Map<String, Integer> jobsPerNode = new LinkedHashMap<>();
    jdbc.query(
        "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_",
        row -> {
          jobsPerNode.put(row.getString(1), row.getInt(2));
        });
    LOG.info(
        "Two nodes: {} requests in {} s; jobs {}; jobs done per node {}; mails {}; completions"
            + " refused and repeated {}; signed across nodes: {}; BSrE signing calls: {}",
        requests.size() + 3,
        Duration.between(began, Instant.now()).toSeconds(),
        jobs,
        jobsPerNode,
        office.mailsByRecipientsAndSubject().size(),
        work.refused(),
        signedAcross,
        office.bsre.passphrasesReceived().size());
    assertThat(dueAfter.atZoneSameInstant(WIB).toLocalDate())
        .as(
            "due date on node B, %s after the holiday %s was saved on node A",
            HOLIDAY_BOUND, holiday)
        .isAfter(holiday);
  }

  /**
   * The Kadis approves a reply letter on node A, typing the BSrE passphrase; the signing job is
   * held (its job definition suspended) until node A has stopped, so node B takes the passphrase
   * from the shared store, has BSrE sign, and sends the letter. The request ends on B.
   *
   * @return the request
   */
  private static String approveOnOneNodeAndSignOnTheOther(AppNode a, AppNode b) {
    String request = work.start(a, SUBDOMAIN, "lintas");
    String approval =
        await("Task_ApproveReplyLetter on node A")
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(300))
            .until(
                () -> {
                  String waiting = OfficeWork.openTasks(a, request).get("Task_ApproveReplyLetter");
                  if (waiting == null) {
                    work.completeOpenTasks(a, request);
                  }
                  return waiting;
                },
                id -> id != null);
    JdbcTemplate jdbc = office.database.jdbc();
    int signingCalls = office.bsre.passphrasesReceived().size();
    suspendSigning(b, true);
    assertThat(work.complete(a, request, approval, "Task_ApproveReplyLetter")).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from apt_passphrase where process_instance_id = ?",
                Integer.class,
                request))
        .as("the passphrase held sealed for the signing job")
        .isEqualTo(1);
    a.stop();
    suspendSigning(b, false);
    await("the request ends on node B")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> OfficeWork.state(b, request), "COMPLETED"::equals);
    assertThat(
            office
                .database
                .jdbc()
                .queryForList(
                    "select hostname_ from act_hi_job_log where process_instance_id_ = ?"
                        + " and act_id_ = 'Task_FinalizeReplyLetter' and job_state_ = 2",
                    String.class,
                    request))
        .as("the node that signed")
        .containsExactly("node-b");
    List<String> received = office.bsre.passphrasesReceived();
    assertThat(received.subList(signingCalls, received.size()))
        .as("the passphrases BSrE received for the letter approved on node A")
        .containsExactly(work.passphraseOf(request));
    assertThat(
            jdbc.queryForList(
                "select signer_method from apt_letter where process_instance_id = ?"
                    + " and signed_at is not null",
                String.class,
                request))
        .as("the signed letter")
        .containsExactly("BSRE");
    return request;
  }

  /**
   * No typed passphrase is left in the store, in the engine's variables and history (the rows as
   * text, and every byte array) or in any node's log.
   */
  private static void noPassphraseLeftATrace(String signedAcross) throws Exception {
    JdbcTemplate jdbc = office.database.jdbc();
    assertThat(jdbc.queryForObject("select count(*) from apt_passphrase", Integer.class))
        .as("passphrases still held")
        .isZero();
    String found =
        "select (select count(*) from act_hi_varinst t where strpos(t::text, ?) > 0)"
            + " + (select count(*) from act_hi_detail t where strpos(t::text, ?) > 0)"
            + " + (select count(*) from act_ru_variable t where strpos(t::text, ?) > 0)"
            + " + (select count(*) from act_ge_bytearray"
            + " where position(convert_to(?, 'UTF8') in bytes_) > 0)";
    String subdomain = (String) OfficeWork.variable(nodeB.join(), signedAcross, "subdomainName");
    assertThat(
            jdbc.queryForObject(found, Integer.class, subdomain, subdomain, subdomain, subdomain))
        .as("the search finds what is there: the subdomain %s", subdomain)
        .isPositive();
    List<String> typed = work.passphrasesTyped();
    assertThat(typed).contains(work.passphraseOf(signedAcross));
    for (String passphrase : typed) {
      assertThat(
              jdbc.queryForObject(
                  found, Integer.class, passphrase, passphrase, passphrase, passphrase))
          .as("rows holding the passphrase %s", passphrase)
          .isZero();
      for (AppNode node : nodes) {
        assertThat(Files.readString(node.log()))
            .as("log of %s", node.name())
            .doesNotContain(passphrase);
      }
    }
  }

  private static void suspendSigning(AppNode node, boolean suspended) {
    List<?> definitions =
        node.as("admin")
            .getForObject(
                "/engine-rest/job-definition?activityIdIn=Task_FinalizeReplyLetter", List.class);
    assertThat(definitions).isNotEmpty();
    for (Object definition : definitions) {
      ResponseEntity<String> done =
          node.as("admin")
              .exchange(
                  "/engine-rest/job-definition/"
                      + ((Map<?, ?>) definition).get("id")
                      + "/suspended",
                  HttpMethod.PUT,
                  new HttpEntity<>(Map.of("suspended", suspended, "includeJobs", true)),
                  String.class);
      assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    }
  }

  private static AppNode startNodeB() {
    Map<String, String> properties = office.nodeProperties();
    properties.put("camunda.bpm.generic-properties.properties.hostname", "node-b");
    AppNode b = AppNode.of("node-b", properties);
    synchronized (nodes) {
      nodes.add(b);
    }
    return b.start();
  }

  /** How long a holiday list saved on one node may take to govern due dates on another. */
  static final Duration HOLIDAY_BOUND = Duration.ofSeconds(35);

  private static AppNode pick(List<AppNode> nodes, Random random) {
    return nodes.get(random.nextInt(nodes.size()));
  }

  /** The Kadis disposes the request on this node; the due date of the Kabid's task that follows. */
  private static OffsetDateTime dueAfterKadis(AppNode node, String request) {
    String kadis = openTask(node, request, "Task_DisposeRequestByKadis");
    assertThat(work.complete(node, request, kadis, "Task_DisposeRequestByKadis")).isTrue();
    String kabid = openTask(node, request, "Task_DisposeRequestByKabid");
    Map<?, ?> task = node.as("admin").getForObject("/engine-rest/task/" + kabid, Map.class);
    return OffsetDateTime.parse(
        ((String) task.get("due")).replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"));
  }

  private static void saveHoliday(AppNode node, LocalDate date) {
    Map<?, ?> list =
        node.as("admin").getForObject("/api/holidays?year=" + date.getYear(), Map.class);
    List<Map<String, Object>> holidays = new ArrayList<>();
    for (Object entry : (List<?>) list.get("holidays")) {
      Map<?, ?> holiday = (Map<?, ?>) entry;
      holidays.add(
          Map.of(
              "date",
              holiday.get("date"),
              "kind",
              holiday.get("kind"),
              "name",
              holiday.get("name")));
    }
    holidays.add(Map.of("date", date.toString(), "kind", "LIBUR", "name", "Libur uji dua node"));
    ResponseEntity<String> saved =
        node.as("admin")
            .exchange(
                "/api/holidays/" + date.getYear(),
                HttpMethod.PUT,
                new HttpEntity<>(holidays),
                String.class);
    assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
  }

  private static AppNode crashNode(int run, Set<String> crashAt) {
    Map<String, String> properties = office.nodeProperties();
    // a killed node's job is free for another run this long after it was taken (default 5 min)
    properties.put("camunda.bpm.job-execution.lock-time-in-millis", "20000");
    properties.put("camunda.bpm.generic-properties.properties.hostname", "node-a");
    if (!crashAt.isEmpty()) {
      properties.put("aptika.test.crash-at", String.join(",", crashAt));
      properties.put("aptika.test.crash-marker", marker(run).toString());
    }
    AppNode node = AppNode.of("node-a-run-" + run, properties);
    synchronized (nodes) {
      nodes.add(node);
    }
    Instant start = Instant.now();
    node.start();
    LOG.info("{} up in {} s", node.name(), Duration.between(start, Instant.now()).toSeconds());
    return node;
  }

  private static Path marker(int run) {
    return AppNode.WORK.resolve("crash-" + run + ".marker");
  }

  /**
   * The people complete what the requests wait for until the node holds requests at crash points
   * (the marker's lines: step and request), or every request has ended (an empty list). Once the
   * first is held, the others go on for up to 20 s to reach theirs, so one kill covers as many
   * steps as it can.
   */
  private static List<String> driveUntilCrashOrEnd(
      AppNode node, Collection<String> requests, Path marker) throws Exception {
    Files.deleteIfExists(marker);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    Instant firstHeld = null;
    while (Instant.now().isBefore(deadline)) {
      List<String> held = Files.exists(marker) ? Files.readAllLines(marker) : List.of();
      if (!held.isEmpty() && firstHeld == null) {
        firstHeld = Instant.now();
      }
      List<String> open = new ArrayList<>();
      for (String id : requests) {
        if (!"COMPLETED".equals(OfficeWork.state(node, id))) {
          open.add(id);
        }
      }
      boolean allHeldOrEnded =
          open.stream().allMatch(id -> held.stream().anyMatch(line -> line.endsWith(" " + id)));
      if (firstHeld != null
          && (allHeldOrEnded || firstHeld.plusSeconds(20).isBefore(Instant.now()))) {
        return held;
      }
      if (open.isEmpty()) {
        return List.of();
      }
      for (String id : open) {
        work.completeOpenTasks(node, id);
      }
      Thread.sleep(300);
    }
    throw new AssertionError(
        "requests neither ended nor crashed within 3 minutes; see " + node.log());
  }
}
