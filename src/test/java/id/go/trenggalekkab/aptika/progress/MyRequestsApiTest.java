package id.go.trenggalekkab.aptika.progress;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DISDIK;
import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.FixedOfficeClock;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.system.WebappSession;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * "Permohonan saya" over HTTP with the webapp session, as the page calls it: the clerk follows her
 * unit's request step by step; a clerk of another unit sees nothing of it.
 */
@AptikaSpringBootTest
@ExtendWith(FixedOfficeClock.class)
class MyRequestsApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ServiceRegistry registry;
  @Autowired TestRestTemplate http;

  ProcessTest.Driver driver;
  String name;
  ProcessInstance request;

  @BeforeEach
  void submit() {
    driver = new ProcessTest.Driver(engine);
    name = "uji" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", name);
    request = driver.startAs(CLERK_DINKES, "SubdomainHostingProcess", variables);
  }

  @Test
  void theClerkFollowsHerRequestFromSubmissionThroughTheDispositions() throws Exception {
    WebappSession siti = WebappSession.signIn(port, CLERK_DINKES, PASSWORD);

    HttpResponse<String> listed = siti.get("/api/my-requests");
    JsonNode submitted = find(json(listed), request);
    assertThat(listed.headers().firstValue("X-Total-Count"))
        .as("the unit's requests she may follow, in all")
        .hasValue(
            String.valueOf(
                new People(engine.getIdentityService())
                    .requestsToFollow(
                        CLERK_DINKES, request.getTenantId(), engine.getHistoryService())));
    assertThat(submitted.get("procedure").asText()).isEqualTo("Pengajuan Sub Domain / Hosting");
    assertThat(submitted.get("status").asText()).isEqualTo("BERJALAN");
    assertThat(submitted.get("subject").asText()).isEqualTo(name);
    JsonNode atKadis = submitted.get("current").get(0);
    assertThat(atKadis.get("name").asText()).isEqualTo("Mendisposisi surat permohonan");
    assertThat(atKadis.get("holder").asText()).isEqualTo("Kelompok Kadis Kominfo");
    assertThat(atKadis.get("dueAt").asText()).isEqualTo("2026-11-26T09:00:00+07:00");
    assertThat(atKadis.get("taskLink").isNull()).as("not her task").isTrue();
    assertThat(submitted.get("history").get(0).get("outcome").asText()).isEqualTo("Diterima");

    // when: the Kadis disposes
    Task disposition = driver.openTask(request);
    engine.getTaskService().claim(disposition.getId(), KADIS);
    engine.getTaskService().complete(disposition.getId(), Map.of("dispositionKadis", "Proses."));

    // then
    JsonNode moved = json(siti.get("/api/my-requests/" + request.getId()));
    assertThat(moved.get("current").get(0).get("holder").asText())
        .isEqualTo("Kelompok Kabid Aptika");
    assertThat(moved.get("history"))
        .anySatisfy(
            step -> {
              assertThat(step.get("name").asText()).isEqualTo("Mendisposisi surat permohonan");
              assertThat(step.get("holder").asText()).isEqualTo("Budi Santoso");
              assertThat(step.get("outcome").asText()).isEqualTo("Selesai");
              assertThat(step.get("endedAt").asText()).endsWith("+07:00");
            });
  }

  @Test
  void theStartFormAsksForTheNumberOfHerLatestRequest() throws Exception {
    // a clerk of the unit who has sent nothing yet: the requests other tests of the shared context
    // started, on clocks ahead of this one too, are not hers
    String clerk =
        new People(engine.getIdentityService()).newClerkOf(request.getTenantId(), "baru");
    try {
      Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
      variables.put("subdomainName", "uji" + UUID.randomUUID().toString().substring(0, 8));
      driver.startAs(clerk, "SubdomainHostingProcess", variables);
      ClockUtil.setCurrentTime(Date.from(FixedOfficeClock.NOW.toInstant().plusSeconds(60)));
      ProcessInstance latest =
          driver.startAs(clerk, "SplpAccountProcess", RequestFixtures.anSplpAccountRequest());

      JsonNode shown =
          json(WebappSession.signIn(port, clerk, PASSWORD).get("/api/my-requests/latest"));

      assertThat(shown.get("referenceNumber").asText()).isEqualTo(latest.getBusinessKey());
      assertThat(shown.get("procedure").asText()).isEqualTo("Pembuatan Akun SPLP");
    } finally {
      engine.getIdentityService().deleteUser(clerk);
    }
  }

  @Test
  void aReturnedRequestSaysSoWithTheReasonAndLinksToHerTask() throws Exception {
    registry.reserve(RequestFixtures.anotherRequestTaking(name));
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    driver.complete(request, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Cek."));
    WebappSession siti = WebappSession.signIn(port, CLERK_DINKES, PASSWORD);

    JsonNode returned = json(siti.get("/api/my-requests/" + request.getId()));

    assertThat(returned.get("status").asText()).isEqualTo("DIKEMBALIKAN");
    assertThat(returned.get("statusText").asText()).isEqualTo("Dikembalikan untuk perbaikan");
    assertThat(returned.get("returnReason").asText()).contains(name).contains("sudah terdaftar");
    JsonNode revise = returned.get("current").get(0);
    assertThat(revise.get("holder").asText()).isEqualTo("Siti Rahmawati");
    assertThat(revise.get("taskLink").asText())
        .isEqualTo("/camunda/app/tasklist/default/#/?task=" + driver.openTask(request).getId());
    assertThat(returned.get("notes").toString()).contains("Langkah 4");
  }

  @Test
  void eachRequestOfTheListHasItsOwnStepsReasonAndNotes() throws Exception {
    // given: beside the request at the Kadis, one returned for a name already taken and sent again
    String taken = "uji" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", taken);
    ProcessInstance resent = driver.startAs(CLERK_DINKES, "SubdomainHostingProcess", variables);
    registry.reserve(RequestFixtures.anotherRequestTaking(taken));
    driver.complete(resent, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    driver.complete(resent, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Cek."));
    driver.complete(resent, "Task_ReviseRequest", Map.of("subdomainName", taken + "b"));

    // when
    JsonNode list =
        json(WebappSession.signIn(port, CLERK_DINKES, PASSWORD).get("/api/my-requests"));

    // then
    JsonNode atKadis = find(list, request);
    JsonNode again = find(list, resent);
    assertThat(atKadis.get("subject").asText()).isEqualTo(name);
    assertThat(atKadis.get("current"))
        .singleElement()
        .extracting(step -> step.get("holder").asText())
        .isEqualTo("Kelompok Kadis Kominfo");
    assertThat(atKadis.get("history"))
        .extracting(step -> step.get("outcome").asText())
        .containsExactly("Diterima");
    assertThat(atKadis.get("notes")).isEmpty();
    assertThat(again.get("subject").asText()).isEqualTo(taken + "b");
    assertThat(again.get("current"))
        .singleElement()
        .extracting(step -> step.get("name").asText())
        .isEqualTo("Mendisposisi surat permohonan");
    assertThat(again.get("history"))
        .extracting(step -> step.get("holder").asText() + ": " + step.get("outcome").asText())
        .containsExactly(
            "Sistem (otomatis): Diterima",
            "-: Selesai",
            "-: Selesai",
            "Sistem (otomatis): Selesai",
            "Siti Rahmawati: Dikembalikan untuk perbaikan (Nama sub domain \""
                + taken
                + "\" sudah terdaftar; pilih nama lain); dikirim ulang");
    assertThat(again.get("notes").toString()).contains("Langkah 4: permohonan belum lengkap");
  }

  @Test
  void aClerkOfAnotherUnitSeesNothingOfIt() throws Exception {
    WebappSession eko = WebappSession.signIn(port, CLERK_DISDIK, PASSWORD);

    JsonNode list = json(eko.get("/api/my-requests"));
    assertThat(StreamSupport.stream(list.spliterator(), false))
        .noneMatch(r -> r.get("id").asText().equals(request.getId()))
        .allMatch(r -> !r.get("unitName").asText().contains("Kesehatan"));
    assertThat(eko.get("/api/my-requests/" + request.getId()).statusCode()).isEqualTo(404);
    assertThat(
            http.withBasicAuth(CLERK_DISDIK, PASSWORD)
                .getForEntity("/api/my-requests/" + request.getId(), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/my-requests", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void thePageIsServedInBahasaIndonesia() {
    String page = http.getForObject("/permohonan-saya/", String.class);
    assertThat(page).contains("<html lang=\"id\">").contains("<h1>Permohonan saya</h1>");
  }

  private static JsonNode find(JsonNode list, ProcessInstance request) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(r -> r.get("referenceNumber").asText().equals(request.getBusinessKey()))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode json(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }
}
