package id.go.trenggalekkab.aptika.sla;

import static id.go.trenggalekkab.aptika.identity.People.ADMIN;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.EXECUTOR;
import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static id.go.trenggalekkab.aptika.identity.People.MANAGER;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.system.WebappSession;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * "What is late now" over HTTP, as the Cockpit panel asks it: a Kadis disposition due on Wednesday
 * 23 December 2026 at 10.00, read on Tuesday 29 December at 11.00, is two working days late (24 and
 * 25 December are days off, 26 and 27 a weekend), not six; it shows when it has escalated; only the
 * Manajer Pemantau, the Kadis and the Administrator may read it. The answer counts every late step
 * and lists those late longest, a page at most. The requests come from a clerk of Bappeda, a unit
 * no other test submits for, and are read for that unit: the other tests' requests, late by the
 * engine's clock, would otherwise fill the page before these.
 */
@AptikaSpringBootTest
class LateStepsApiTest {

  private static final String UNIT = "bappeda";
  private static final String LATE = "/api/mutu-baku/late?unit=" + UNIT;

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  String clerk;
  ProcessInstance request;

  @BeforeEach
  void submitBeforeChristmas() {
    clerk = new People(identityService).newClerkOf(UNIT, "bappeda");
    at(LocalDateTime.of(2026, 12, 22, 10, 0));
    request = submit();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getRuntimeService().deleteProcessInstance(request.getId(), "test selesai");
    identityService.deleteUser(clerk);
  }

  @Test
  void aLateStepCountsWorkingDaysAcrossTheHolidaysAndTheWeekend() throws Exception {
    at(LocalDateTime.of(2026, 12, 29, 11, 0));

    JsonNode late = lateStepOf(get(MANAGER, LATE));

    assertThat(late.get("referenceNumber").asText()).isEqualTo(request.getBusinessKey());
    assertThat(late.get("unitId").asText()).isEqualTo(UNIT);
    assertThat(late.get("unitName").asText()).startsWith("Badan Perencanaan Pembangunan Daerah");
    assertThat(late.get("processName").asText()).isEqualTo("Pengajuan Sub Domain / Hosting");
    assertThat(late.get("step").asText()).isEqualTo("Mendisposisi surat permohonan");
    assertThat(late.get("sopStep").asText()).isEqualTo("2");
    assertThat(late.get("holder").asText()).isEqualTo("Kadis Kominfo");
    assertThat(late.get("dueAt").asText()).isEqualTo("2026-12-23T10:00:00+07:00");
    assertThat(late.get("daysLate").asInt()).isEqualTo(2);
    // 23 Dec 10.00-16.00, 28 Dec 07.30-16.00, 29 Dec 07.30-11.00
    assertThat(late.get("lateMinutes").asLong()).isEqualTo(18 * 60);
    assertThat(late.get("late").asText()).isEqualTo("18 jam");
    assertThat(late.get("escalated").asBoolean()).isFalse();
  }

  @Test
  void lessThanOneWorkingDayLateIsZeroDaysAndTheOfficeHours() throws Exception {
    at(LocalDateTime.of(2026, 12, 28, 9, 30));

    JsonNode late = lateStepOf(get(KADIS, LATE));

    assertThat(late.get("daysLate").asInt()).isZero();
    assertThat(late.get("late").asText()).isEqualTo("8 jam");
  }

  @Test
  void anEscalatedStepSaysSoAndToWhom() throws Exception {
    at(LocalDateTime.of(2026, 12, 23, 14, 0));
    timers().forEach(job -> management.executeJob(job.getId()));

    at(LocalDateTime.of(2026, 12, 29, 11, 0));
    JsonNode late = lateStepOf(get(ADMIN, LATE));

    assertThat(late.get("escalated").asBoolean()).isTrue();
    assertThat(late.get("escalatedAt").asText()).isEqualTo("2026-12-23T14:00:00+07:00");
    assertThat(late.get("escalatedTo").asText()).isEqualTo("manager");
    assertThat(late.get("daysLate").asInt()).isEqualTo(2);
  }

  @Test
  void aUnitOrAProcedureNarrowsTheList() throws Exception {
    at(LocalDateTime.of(2026, 12, 29, 11, 0));

    assertThat(ids(get(MANAGER, LATE))).contains(request.getId());
    assertThat(ids(get(MANAGER, "/api/mutu-baku/late?unit=disdik")))
        .doesNotContain(request.getId());
    assertThat(ids(get(MANAGER, LATE + "&process=SubdomainHostingProcess")))
        .contains(request.getId());
    assertThat(ids(get(MANAGER, LATE + "&process=SplpAccountProcess")))
        .doesNotContain(request.getId());
  }

  @Test
  void theAnswerCountsEveryLateStepAndListsThoseLateLongestFirst() throws Exception {
    at(LocalDateTime.of(2026, 12, 23, 9, 0));
    ProcessInstance later = submit();
    try {
      at(LocalDateTime.of(2026, 12, 29, 11, 0));
      JsonNode all = get(MANAGER, LATE);
      assertThat(ids(all)).containsExactly(request.getId(), later.getId());
      assertThat(all.get("total").asLong()).isEqualTo(2);

      JsonNode first = get(MANAGER, LATE + "&maxResults=1");
      assertThat(ids(first)).containsExactly(request.getId());
      assertThat(first.get("total").asLong()).isEqualTo(2);

      JsonNode counted = get(KADIS, LATE + "&maxResults=0");
      assertThat(ids(counted)).isEmpty();
      assertThat(counted.get("total").asLong()).isEqualTo(2);

      JsonNode everyUnit = get(MANAGER, "/api/mutu-baku/late?maxResults=0");
      assertThat(everyUnit.get("total").asLong()).isGreaterThanOrEqualTo(2);
    } finally {
      engine.getRuntimeService().deleteProcessInstance(later.getId(), "test selesai");
    }
  }

  @Test
  void moreThanAPageIsRefusedNamingTheParameter() {
    var response =
        WebappSession.signIn(port, MANAGER, PASSWORD).get("/api/mutu-baku/late?maxResults=101");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("maxResults").contains("paling banyak 100 langkah");
  }

  @Test
  void aClerkOrAPelaksanaIsRefused() throws Exception {
    at(LocalDateTime.of(2026, 12, 29, 11, 0));
    for (String refused : List.of(CLERK_DINKES, EXECUTOR)) {
      var response = WebappSession.signIn(port, refused, PASSWORD).get("/api/mutu-baku/late");
      assertThat(response.statusCode()).as(refused).isEqualTo(403);
      assertThat(response.body()).as(refused).contains("tidak berwenang");
    }
    assertThat(
            http.withBasicAuth(CLERK_DINKES, PASSWORD)
                .getForEntity("/api/mutu-baku/late", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/mutu-baku/late", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ProcessInstance submit() {
    return new ProcessTest.Driver(engine)
        .startAs(clerk, "SubdomainHostingProcess", RequestFixtures.aSubdomainRequest());
  }

  private JsonNode get(String userId, String path) throws Exception {
    var response = WebappSession.signIn(port, userId, PASSWORD).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private JsonNode lateStepOf(JsonNode answer) {
    JsonNode list = answer.get("steps");
    return StreamSupport.stream(list.spliterator(), false)
        .filter(step -> step.get("processInstanceId").asText().equals(request.getId()))
        .reduce(
            (one, another) -> {
              throw new AssertionError("two late steps of one request: " + list);
            })
        .orElseThrow(() -> new AssertionError("not listed as late: " + list));
  }

  private static List<String> ids(JsonNode answer) {
    return StreamSupport.stream(answer.get("steps").spliterator(), false)
        .map(step -> step.get("processInstanceId").asText())
        .toList();
  }

  private List<Job> timers() {
    return management.createJobQuery().processInstanceId(request.getId()).timers().list().stream()
        .sorted(Comparator.comparing(Job::getDuedate))
        .toList();
  }

  private static void at(LocalDateTime wib) {
    ClockUtil.setCurrentTime(Date.from(wib.atZone(MutuBakuTest.WIB).toInstant()));
  }
}
