package id.go.trenggalekkab.aptika.sla;

import static id.go.trenggalekkab.aptika.identity.People.API_USER_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.notification.MailLinks;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.splp.CredentialVault;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each step held to its Mutu Baku time in working time: due dates from the calendar, the reminder
 * at the due date, the escalation after the grace period to the lane's superior, the record of
 * every overrun. The engine clock is moved and timers are executed; nothing sleeps.
 */
@AptikaSpringBootTest
class MutuBakuTest {

  static final ZoneId WIB = OfficeTime.ZONE;

  /** Tuesday before Nyepi and Idulfitri (18-24 March 2026 are days off). */
  static final LocalDateTime BEFORE_IDUL_FITRI = LocalDateTime.of(2026, 3, 17, 10, 0);

  @Autowired CredentialVault vault;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired SlaBreaches breaches;
  @Autowired Outbox outbox;
  @Autowired ServiceRegistry registry;

  @Autowired JdbcClient jdbc;

  ProcessTest.Driver driver;
  final List<String> started = new ArrayList<>();

  @BeforeEach
  void setUp() {
    driver = new ProcessTest.Driver(engine);
    at(BEFORE_IDUL_FITRI);
  }

  /**
   * Removes the requests the test started, with their history and overruns, so that the shared
   * context's first semester of 2026 holds no request of this class's March: MutuBakuApiTest
   * evaluates that semester from its own hand-worked requests, whichever class runs first.
   */
  @AfterEach
  void resetClockAndRemoveTheRequests() {
    ClockUtil.reset();
    if (started.isEmpty()) {
      return;
    }
    List<String> running =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceIds(Set.copyOf(started))
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toList();
    if (!running.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(running, "uji selesai", true, true);
    }
    engine.getHistoryService().deleteHistoricProcessInstancesIfExists(started);
    jdbc.sql("delete from apt_sla_breach where process_instance_id in (:ids)")
        .param("ids", started)
        .update();
    started.clear();
  }

  private ProcessInstance start(String userId, String key, Map<String, Object> variables) {
    ProcessInstance request = driver.startAs(userId, key, variables);
    started.add(request.getId());
    return request;
  }

  @Test
  void theKadisDispositionIsDueOneWorkingDayLaterAcrossTheHolidays() {
    ProcessInstance request = submit();

    assertThat(driver.openTask(request).getDueDate()).isEqualTo(wib(2026, 3, 25, 10, 0));
    assertThat(timers(request))
        .extracting(Job::getDuedate)
        .containsExactly(wib(2026, 3, 25, 10, 0), wib(2026, 3, 25, 14, 0));
  }

  @Test
  void theReminderFiresAtTheDueDateAndWritesToTheKadis() {
    ProcessInstance request = submit();

    at(LocalDateTime.of(2026, 3, 25, 10, 0));
    managementService.executeJob(timers(request).get(0).getId());

    Outbox.Mail mail = latestMailTo("budi@trenggalekkab.example");
    assertThat(mail.subject())
        .isEqualTo(
            "["
                + request.getBusinessKey()
                + "] [Pengingat] Tugas \"Mendisposisi surat permohonan\" melewati tenggat");
    assertThat(mail.body())
        .contains(
            "Pengajuan Sub Domain / Hosting",
            "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana",
            "Rabu, 25 Maret 2026 pukul 10.00 WIB",
            "Terlambat  : 0 menit");
    assertThat(MailLinks.of(mail.body()))
        .as("the link can be clicked in a mail program")
        .containsExactly(
            MailLinks.PUBLIC_URL
                + "/camunda/app/tasklist/default/#/?task="
                + driver.openTask(request).getId());
    assertThat(breaches.ofProcessInstance(request.getId()))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.activityId()).isEqualTo("Task_DisposeRequestByKadis");
              assertThat(b.sopStep()).isEqualTo("2");
              assertThat(b.remindedAt()).isNotNull();
              assertThat(b.doneAt()).isNull();
            });
    assertThat(driver.openTask(request)).as("a reminder does not interrupt").isNotNull();
  }

  @Test
  void theKadisOwnOverrunIsReportedToTheKadisAndTheManagers() {
    ProcessInstance request = submit();

    at(LocalDateTime.of(2026, 3, 25, 14, 0));
    executeTimers(request);

    Outbox.Mail mail = latestMailTo("hendra@trenggalekkab.example");
    assertThat(mail.subject()).startsWith("[" + request.getBusinessKey() + "] [Eskalasi]");
    assertThat(MailLinks.of(mail.body())).singleElement().asString().contains("?task=");
    assertThat(mail.recipients()).contains("budi@trenggalekkab.example");
    assertThat(mail.body()).contains("Terlambat  : 4 jam (waktu kerja)");
    assertThat(breaches.ofProcessInstance(request.getId()))
        .singleElement()
        .extracting(SlaBreaches.Breach::escalatedTo)
        .isEqualTo("manager");
  }

  @Test
  void aKabidOverrunEscalatesToTheKadisWhoMayThenClaimIt() {
    ProcessInstance request = submit();
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    Task kabidTask = driver.openTask(request);

    at(LocalDateTime.of(2026, 3, 25, 14, 0));
    executeTimers(request);

    assertThat(candidateGroups(kabidTask)).containsExactlyInAnyOrder("kabid", "kadis");
    new People(identityService).actAs(KADIS);
    try {
      assertThat(taskService.createTaskQuery().taskId(kabidTask.getId()).count()).isOne();
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(latestMailTo("budi@trenggalekkab.example").subject())
        .startsWith("[" + request.getBusinessKey() + "] [Eskalasi]");
  }

  @Test
  void aPelaksanaOverrunEscalatesToTheKabid() {
    ProcessInstance request = submit();
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    driver.complete(request, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Proses."));
    driver.executeJob(request, "Task_ProvisionSubdomain");
    // no DNS integration here: step 5 is the Pelaksana's own task, with its Mutu Baku of 2 days
    Task byHand = driver.openTask(request);
    assertThat(byHand.getTaskDefinitionKey()).isEqualTo("Task_CreateSubdomainManually");
    assertThat(byHand.getDueDate()).isEqualTo(wib(2026, 3, 26, 10, 0));

    at(LocalDateTime.of(2026, 3, 26, 14, 0));
    executeTimers(request);

    assertThat(candidateGroups(byHand)).containsExactlyInAnyOrder("executor", "kabid");
    assertThat(latestMailTo("sri@trenggalekkab.example").subject())
        .startsWith("[" + request.getBusinessKey() + "] [Eskalasi]");
  }

  @Test
  void anApplicantsOverrunIsRemindedToTheirOwnUnitOnlyAndReportedToTheManagers() {
    // a name free at submission, taken by another request before step 4 returns this one
    String name = "sla" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", name);
    variables.put("requestLetterDate", "2026-03-02");
    ProcessInstance request = start(CLERK_DINKES, "SubdomainHostingProcess", variables);
    registry.reserve(RequestFixtures.anotherRequestTaking(name));
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    driver.complete(request, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Proses."));
    assertThat(driver.openTask(request).getTaskDefinitionKey()).isEqualTo("Task_ReviseRequest");

    at(LocalDateTime.of(2026, 3, 25, 14, 0));
    List<Job> timers = timers(request);
    managementService.executeJob(timers.get(0).getId());
    Outbox.Mail reminder = latestMailTo("siti@trenggalekkab.example");
    assertThat(reminder.subject()).startsWith("[" + request.getBusinessKey() + "] [Pengingat]");
    assertThat(reminder.recipients())
        .as("clerks of other units never hear of it")
        .doesNotContain("eko@trenggalekkab.example", "wulan@trenggalekkab.example");

    managementService.executeJob(timers.get(1).getId());
    assertThat(latestMailTo("hendra@trenggalekkab.example").subject())
        .startsWith("[" + request.getBusinessKey() + "] [Eskalasi]");
    assertThat(breaches.ofProcessInstance(request.getId()))
        .singleElement()
        .extracting(SlaBreaches.Breach::escalatedTo)
        .isEqualTo("manager");
  }

  @Test
  void thePenggunasOwnStepIsDueInOfficeMinutesAndRemindedToHim() {
    at(LocalDateTime.of(2026, 3, 9, 15, 55));
    ProcessInstance app = anApplication();
    assertThat(driver.openTask(app).getDueDate()).isEqualTo(wib(2026, 3, 10, 7, 35));

    at(LocalDateTime.of(2026, 3, 10, 7, 35));
    managementService.executeJob(timers(app).get(0).getId());

    assertThat(latestMailTo("fajar@trenggalekkab.example").subject())
        .startsWith("[" + app.getBusinessKey() + "] [Pengingat]");
  }

  @Test
  void thePenggunasOwnOverrunIsReportedToTheManagersAndTheStepStaysHis() {
    at(LocalDateTime.of(2026, 3, 9, 15, 55));
    ProcessInstance app = anApplication();
    Task own = driver.openTask(app);
    Job escalation = timers(app).get(1);

    at(LocalDateTime.ofInstant(escalation.getDuedate().toInstant(), WIB));
    managementService.executeJob(escalation.getId());

    assertThat(latestMailTo("hendra@trenggalekkab.example").subject())
        .startsWith("[" + app.getBusinessKey() + "] [Eskalasi]");
    assertThat(breaches.ofProcessInstance(app.getId()))
        .singleElement()
        .extracting(SlaBreaches.Breach::escalatedTo)
        .isEqualTo("manager");
    assertThat(candidateGroups(own)).as("no lane of the office takes it over").isEmpty();
    assertThat(driver.openTask(app).getAssignee()).isEqualTo(own.getAssignee()).isNotNull();
  }

  @Test
  void aStepDoneInTimeTriggersNothing() {
    ProcessInstance request = submit();
    int mails = outbox.latest(500).size();

    at(LocalDateTime.of(2026, 3, 25, 9, 59));
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));

    assertThat(breaches.ofProcessInstance(request.getId())).isEmpty();
    assertThat(outbox.latest(500)).hasSize(mails);
    assertThat(timers(request))
        .extracting(Job::getDuedate)
        .as("only the Kabid's timers remain")
        .containsExactly(wib(2026, 3, 26, 9, 59), wib(2026, 3, 26, 13, 59));
  }

  @Test
  void anOverrunIsRecordedWithHowLateItWasInWorkingTime() {
    ProcessInstance request = submit();

    // due Wednesday 25 March 10:00; done Thursday 26 March 09:00 = 6 h + 1 h 30 of office time
    at(LocalDateTime.of(2026, 3, 26, 9, 0));
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));

    assertThat(breaches.ofProcessInstance(request.getId()))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.kind()).isEqualTo("TASK");
              assertThat(b.dueAt()).isEqualTo(LocalDateTime.of(2026, 3, 25, 10, 0));
              assertThat(b.doneAt()).isEqualTo(LocalDateTime.of(2026, 3, 26, 9, 0));
              assertThat(b.lateMinutes()).isEqualTo(6 * 60 + 90);
              assertThat(b.unitId()).isEqualTo("dinkes");
            });
  }

  @Test
  void aServiceStepIsHeldToItsTimeFromWhenItBecameDue() {
    ProcessInstance request = submit();
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    driver.complete(request, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Proses."));

    // provisioning ("2 hari") became due on 17 March 10:00, so was due 26 March 10:00
    at(LocalDateTime.of(2026, 3, 27, 10, 0));
    driver.executeJob(request, "Task_ProvisionSubdomain");

    assertThat(breaches.ofProcessInstance(request.getId()))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.kind()).isEqualTo("SERVICE");
              assertThat(b.activityId()).isEqualTo("Task_ProvisionSubdomain");
              assertThat(b.dueAt()).isEqualTo(LocalDateTime.of(2026, 3, 26, 10, 0));
              assertThat(b.lateMinutes()).isEqualTo(8 * 60 + 30);
            });
  }

  @Test
  void theWholeProcedureIsHeldToItsStandardTime() {
    at(LocalDateTime.of(2026, 3, 9, 10, 0));
    ProcessInstance app = anApplication();
    assertThat(driver.openTask(app).getDueDate()).isEqualTo(wib(2026, 3, 9, 10, 10));

    at(LocalDateTime.of(2026, 3, 9, 10, 5));
    driver.complete(app, "Task_OpenSplpUserPortal", Map.of("splpUserName", "fajar"));
    at(LocalDateTime.of(2026, 3, 9, 10, 40));
    driver.complete(
        app,
        "Task_FillApplicationData",
        Map.of(
            "applicationName",
            "sikesda-sla",
            "tokenType",
            "JWT",
            "keyType",
            "SANDBOX",
            "throttlingPolicy",
            "Unlimited",
            "grantTypes",
            "client_credentials"));
    driver.executeJob(app, "Task_CreateOAuth2TokenAndApiKey");
    vault.retrieveOnce((String) driver.variable(app, "credentialsId"), API_USER_DINKES);
    driver.complete(app, "Task_RetrieveSplpCredentials", Map.of("credentialsSaved", true));

    assertThat(breaches.ofProcessInstance(app.getId()))
        .extracting(SlaBreaches.Breach::activityId, SlaBreaches.Breach::lateMinutes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Task_FillApplicationData", 25L),
            org.assertj.core.groups.Tuple.tuple("SplpApplicationProcess", 10L));
    assertThat(latestMailTo("hendra@trenggalekkab.example").subject())
        .isEqualTo(
            "["
                + app.getBusinessKey()
                + "] [Laporan] Prosedur \"Pembuatan Aplikasi Pengguna SPLP\" melewati waktu baku");
  }

  @Test
  void changingAStepsTimeInTheModelChangesTheDueDatesOfNewInstances() throws Exception {
    String model = Files.readString(Path.of("bpmn/SubdomainHostingProcess.bpmn"));
    int kadisTask = model.indexOf("id=\"Task_DisposeRequestByKadis\"");
    String oneDay = "name=\"mutuBakuDuration\" value=\"P1D\"";
    int property = model.indexOf(oneDay, kadisTask);
    String changed =
        model.substring(0, property)
            + "name=\"mutuBakuDuration\" value=\"P3D\""
            + model.substring(property + oneDay.length());
    String deployment =
        repositoryService
            .createDeployment()
            .addString("SubdomainHostingProcess.bpmn", changed)
            .deploy()
            .getId();
    try {
      ProcessInstance request = submit();
      assertThat(driver.openTask(request).getDueDate()).isEqualTo(wib(2026, 3, 27, 10, 0));
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
    assertThat(driver.openTask(submit()).getDueDate()).isEqualTo(wib(2026, 3, 25, 10, 0));
  }

  private ProcessInstance submit() {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", "sla" + UUID.randomUUID().toString().substring(0, 8));
    variables.put("requestLetterDate", "2026-03-02");
    return start(CLERK_DINKES, "SubdomainHostingProcess", variables);
  }

  private ProcessInstance anApplication() {
    return start(
        API_USER_DINKES, "SplpApplicationProcess", RequestFixtures.anSplpApplicationRequest());
  }

  private List<Job> timers(ProcessInstance instance) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .list()
        .stream()
        .sorted(Comparator.comparing(Job::getDuedate))
        .toList();
  }

  private void executeTimers(ProcessInstance instance) {
    timers(instance).forEach(job -> managementService.executeJob(job.getId()));
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private Outbox.Mail latestMailTo(String address) {
    return outbox.latest(500).stream()
        .filter(m -> m.recipients().contains(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mail to " + address));
  }

  private static void at(LocalDateTime wib) {
    ClockUtil.setCurrentTime(Date.from(wib.atZone(WIB).toInstant()));
  }

  private static Date wib(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(WIB).toInstant());
  }
}
