package id.go.trenggalekkab.aptika.calendar;

import static id.go.trenggalekkab.aptika.calendar.HolidayFixtures.wib;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From 1 October 2026, while 2027's list is missing: the health component, Cockpit's notice, the
 * weekly mail to the administrators and the tasks due in 2027 say so. 2027's list is removed for
 * each test and afterwards left as it was found (entered again by whichever test of the shared
 * context had entered it, removed if none had).
 */
@AptikaSpringBootTest
class NextYearsHolidayListTest {

  static final int NEXT_YEAR = 2027;

  @Autowired TestRestTemplate http;
  @Autowired HolidayRepository repository;
  @Autowired HolidayListReminder reminder;
  @Autowired HolidayListWarnings warnings;
  @Autowired Outbox outbox;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired OfficeTemplates templates;
  @Autowired ProcessEngine engine;

  HolidayYearList entered;

  @BeforeEach
  void withoutNextYearsList() {
    entered = repository.findYear(NEXT_YEAR);
    repository.removeYear(NEXT_YEAR);
  }

  @AfterEach
  void putItBack() {
    ClockUtil.reset();
    if (entered.known()) {
      repository.replaceYear(NEXT_YEAR, entered.holidays(), entered.updatedBy());
    } else {
      repository.removeYear(NEXT_YEAR);
    }
    jdbc.sql("delete from apt_holiday_list_reminder").update();
  }

  @Test
  void cockpitsNoticeAndTheHealthComponentSayItFromOctober() {
    today("2026-10-05T09:00");

    List<String> messages = warningsAs("budi");
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0))
        .startsWith("Daftar hari libur tahun 2027 belum ada: mulai 1 Januari");
    JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
    assertThat(health.get("status").asText()).isEqualTo("UP");
    JsonNode component = health.get("components").get("holidayCalendar");
    assertThat(component.get("status").asText()).isEqualTo("WARNING");
    assertThat(component.get("description").asText()).isEqualTo(messages.get(0));

    putNextYearsList();
    assertThat(warningsAs("budi")).isEmpty();
    assertThat(
            http.getForObject("/actuator/health", JsonNode.class)
                .get("components")
                .get("holidayCalendar")
                .get("status")
                .asText())
        .isEqualTo("UP");
  }

  @Test
  void theNoticeIsForTheOfficesStaff() {
    assertThat(
            http.withBasicAuth(CLERK_DINKES, "demo")
                .getForEntity("/api/calendar/warnings", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/calendar/warnings", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void administratorsGetOneMailAWeekWhicheverNodeSendsIt() {
    today("2026-10-05T08:00");
    long before = reminders();

    reminder.remind();
    reminder.remind();
    // a second node: its own instance, the same database
    new HolidayListReminder(warnings, templates, outbox, identityService, jdbc, transaction)
        .remind();

    assertThat(reminders()).isEqualTo(before + 1);
    Outbox.Mail mail = latestReminder();
    assertThat(mail.recipients()).isEqualTo("admin@kominfo.trenggalekkab.go.id");
    assertThat(mail.subject()).isEqualTo("[Pengingat] Daftar hari libur 2027 belum diisi");
    assertThat(mail.body())
        .startsWith("Yth. Administrator Layanan Aptika,")
        .contains("- Daftar hari libur tahun 2027 belum ada: mulai 1 Januari 2027");

    today("2026-10-12T08:00");
    reminder.remind();
    assertThat(reminders()).isEqualTo(before + 2);

    putNextYearsList();
    today("2026-10-19T08:00");
    reminder.remind();
    assertThat(reminders()).isEqualTo(before + 2);
  }

  @Test
  void aTaskDueInAYearWithoutListIsMarked() {
    ProcessTest.Driver driver = new ProcessTest.Driver(engine);
    // Thursday 31 December 2026, 10:00 + 1 hari: due on 1 January 2027, New Year's Day
    today("2026-12-31T10:00");
    ProcessInstance late = submit(driver);
    today("2026-11-25T10:00");
    ProcessInstance early = submit(driver);

    Task marked = driver.openTask(late);
    assertThat(marked.getDueDate()).isEqualTo(Date.from(wib("2027-01-01T10:00")));
    assertThat(engine.getTaskService().getVariableLocal(marked.getId(), "holidayListMissingYear"))
        .isEqualTo(NEXT_YEAR);
    assertThat(marked.getDescription())
        .startsWith("Perhatian: tenggat tugas ini jatuh pada tahun 2027, yang daftar hari liburnya")
        .contains(
            "dapat jatuh pada hari libur.\n\nLangkah 2\nKegiatan: Mendisposisi surat permohonan");
    // what Tasklist reads for its "Deskripsi" tab
    JsonNode overRest =
        http.withBasicAuth("admin", "demo")
            .getForObject("/engine-rest/task/" + marked.getId(), JsonNode.class);
    assertThat(overRest.get("description").asText()).isEqualTo(marked.getDescription());

    Task unmarked = driver.openTask(early);
    assertThat(unmarked.getDescription()).startsWith("Langkah 2").doesNotContain("Perhatian");
    assertThat(engine.getTaskService().getVariablesLocal(unmarked.getId())).isEmpty();

    engine.getRuntimeService().deleteProcessInstance(late.getId(), "uji");
    engine.getRuntimeService().deleteProcessInstance(early.getId(), "uji");
  }

  @Test
  void anAdministratorRemovesAListSavedUnderTheWrongYear() {
    putNextYearsList();
    String url = "/api/holidays/" + NEXT_YEAR;
    assertThat(delete("siti", url)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repository.findYear(NEXT_YEAR).known()).isTrue();

    assertThat(delete("admin", url)).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(repository.findYear(NEXT_YEAR).known()).isFalse();
    assertThat(repository.findYear(NEXT_YEAR).holidays()).isEmpty();
    assertThat(repository.holidays().knowsYear(NEXT_YEAR)).isFalse();
    assertThat(delete("admin", url)).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private HttpStatusCode delete(String person, String url) {
    return http.withBasicAuth(person, "demo")
        .exchange(url, HttpMethod.DELETE, null, String.class)
        .getStatusCode();
  }

  private ProcessInstance submit(ProcessTest.Driver driver) {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", "uji" + UUID.randomUUID().toString().substring(0, 8));
    return driver.startAs(CLERK_DINKES, "SubdomainHostingProcess", variables);
  }

  private List<String> warningsAs(String person) {
    JsonNode answer =
        http.withBasicAuth(person, "demo").getForObject("/api/calendar/warnings", JsonNode.class);
    assertThat(answer.isArray()).isTrue();
    return answer.findValuesAsText("message");
  }

  private void putNextYearsList() {
    repository.replaceYear(
        NEXT_YEAR,
        List.of(
            new Holiday(
                java.time.LocalDate.parse("2027-01-01"), HolidayKind.LIBUR, "Tahun Baru 2027")),
        "admin");
  }

  private long reminders() {
    return outbox.latest(1000).stream().filter(NextYearsHolidayListTest::isReminder).count();
  }

  private Outbox.Mail latestReminder() {
    return outbox.latest(1000).stream()
        .filter(NextYearsHolidayListTest::isReminder)
        .findFirst()
        .orElseThrow();
  }

  private static boolean isReminder(Outbox.Mail mail) {
    return mail.subject().startsWith("[Pengingat] Daftar hari libur");
  }

  private static void today(String wibDateTime) {
    ClockUtil.setCurrentTime(Date.from(wib(wibDateTime)));
  }
}
