package id.go.trenggalekkab.aptika.identity;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The authorization matrix over {@code /engine-rest} with HTTP Basic, as a client sees it. */
@AptikaSpringBootTest
class RestAuthorizationMatrixTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  String dinkesRequest;
  String disdikRequest;

  @BeforeEach
  void twoUnitsEachSubmitARequest() {
    dinkesRequest = start(CLERK_DINKES, "SubdomainHostingProcess").getBody().get("id").asText();
    disdikRequest = start(CLERK_DISDIK, "SubdomainHostingProcess").getBody().get("id").asText();
  }

  @Test
  void aClerkListsOnlyTheirOwnUnitsRequests() {
    List<String> seenByDinkes = ids(get(CLERK_DINKES, "/engine-rest/process-instance"));
    assertThat(seenByDinkes).contains(dinkesRequest).doesNotContain(disdikRequest);
    List<String> seenByDisdik = ids(get(CLERK_DISDIK, "/engine-rest/process-instance"));
    assertThat(seenByDisdik).contains(disdikRequest).doesNotContain(dinkesRequest);
  }

  @Test
  void theStartedRequestCarriesTheClerksUnit() {
    JsonNode instance =
        get(CLERK_DINKES, "/engine-rest/process-instance/" + dinkesRequest).getBody();
    assertThat(instance.get("tenantId").asText()).isEqualTo("dinkes");
  }

  /** Not even a 403: that would tell her the task exists (system/DenialsTest). */
  @Test
  void aClerkSeesNoneOfTheKadisTasksAndCannotClaimThem() {
    assertThat(processInstanceIds(get(CLERK_DINKES, "/engine-rest/task")))
        .doesNotContain(dinkesRequest);
    String taskId = kadisTaskOf(dinkesRequest);
    ResponseEntity<JsonNode> claim =
        post(CLERK_DINKES, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "siti"));
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void theKadisListsClaimsAndCompletesTasksOfBothUnits() {
    assertThat(processInstanceIds(get(KADIS, "/engine-rest/task")))
        .contains(dinkesRequest, disdikRequest);
    String taskId = kadisTaskOf(disdikRequest);
    assertThat(
            post(KADIS, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", KADIS))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> body =
        Map.of(
            "variables",
            Map.of("dispositionKadis", Map.of("value", "Segera diproses", "type", "String")));
    assertThat(post(KADIS, "/engine-rest/task/" + taskId + "/complete", body).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** A clerk may not even read the definition of a process they cannot start: 404, not 403. */
  @ParameterizedTest
  @CsvSource({
    "siti,  SubdomainHostingProcess, 200",
    "siti,  SplpApplicationProcess,  404",
    "fajar, SplpApplicationProcess,  200",
    "budi,  SubdomainHostingProcess, 403",
    "agus,  SplpAccountProcess,      403",
    "hendra, SplpAccountProcess,     403",
    "rudi,  SubdomainHostingProcess, 403"
  })
  void onlyTheStarterRoleStartsAProcess(String userId, String processKey, int status) {
    assertThat(start(userId, processKey).getStatusCode().value()).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({"siti, 403", "budi, 403", "agus, 403", "hendra, 403", "rudi, 200", "admin, 200"})
  void onlyAdministratorsAndTheProcessOwnerDeploy(String userId, int status) {
    String bpmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="probe">
          <process id="RestProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="StartEvent_Probe"/>
          </process>
        </definitions>""";
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "probe");
    form.add(
        "data",
        new ByteArrayResource(bpmn.getBytes()) {
          @Override
          public String getFilename() {
            return "probe.bpmn";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<JsonNode> response =
        http.withBasicAuth(userId, PASSWORD)
            .postForEntity(
                "/engine-rest/deployment/create", new HttpEntity<>(form, headers), JsonNode.class);
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    if (response.getStatusCode().is2xxSuccessful()) {
      http.withBasicAuth(ADMIN, PASSWORD)
          .delete(
              "/engine-rest/deployment/" + response.getBody().get("id").asText() + "?cascade=true");
    }
  }

  @Test
  void theProcessOwnerReadsEveryUnitsRequestsButNoTasks() {
    assertThat(ids(get(PROCESS_OWNER, "/engine-rest/process-instance")))
        .contains(dinkesRequest, disdikRequest);
    assertThat(ids(get(PROCESS_OWNER, "/engine-rest/history/process-instance")))
        .contains(dinkesRequest, disdikRequest);
    assertThat(get(PROCESS_OWNER, "/engine-rest/task").getBody()).isEmpty();
    assertThat(get(PROCESS_OWNER, "/engine-rest/filter").getBody()).isEmpty();
    String taskId = kadisTaskOf(dinkesRequest);
    assertThat(
            post(PROCESS_OWNER, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "rudi"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** Users, groups, authorizations and the office's own settings stay with their keepers. */
  @ParameterizedTest
  @CsvSource({
    "POST, /engine-rest/user/create",
    "POST, /engine-rest/group/create",
    "POST, /engine-rest/authorization/create",
    "PUT,  /engine-rest/group/camunda-admin/members/rudi",
    "PUT,  /api/holidays/2030",
    "PUT,  /api/units/dinkes",
    "GET,  /api/outbox",
    "GET,  /api/letters",
    "GET,  /api/services",
    "GET,  /api/mutu-baku/summary?from=2026-01-01&to=2026-01-31",
    "GET,  /api/mutu-baku/late",
    "GET,  /api/integrations",
    "GET,  /actuator/metrics"
  })
  void theProcessOwnerIsRefusedEverythingElse(HttpMethod method, String path) {
    ResponseEntity<String> refused =
        http.withBasicAuth(PROCESS_OWNER, PASSWORD)
            .exchange(path, method, new HttpEntity<>(validBodyFor(path)), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aWrongPasswordIsRefused() {
    ResponseEntity<JsonNode> response =
        http.withBasicAuth("wulan", "salah").getForEntity("/engine-rest/task", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  /**
   * Groups and units are read from the database with every login, on whichever node: a clerk moved
   * to another unit in Admin starts her next request for the new unit and no longer sees the old
   * unit's requests, with no restart and no wait.
   */
  @Test
  void aClerkMovedToAnotherUnitInAdminActsForItFromHerNextRequest() {
    String clerk = new People(identityService).newClerkOf("dinkes", "pindah");
    try {
      String before = start(clerk, "SubdomainHostingProcess").getBody().get("id").asText();
      assertThat(get(clerk, "/engine-rest/process-instance/" + before).getStatusCode())
          .isEqualTo(HttpStatus.OK);

      identityService.deleteTenantUserMembership("dinkes", clerk);
      identityService.createTenantUserMembership("disdik", clerk);

      JsonNode after = start(clerk, "SubdomainHostingProcess").getBody();
      assertThat(after.get("tenantId").asText()).isEqualTo("disdik");
      assertThat(get(clerk, "/engine-rest/process-instance/" + before).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(ids(get(clerk, "/engine-rest/process-instance")))
          .contains(after.get("id").asText(), disdikRequest)
          .doesNotContain(before, dinkesRequest);
    } finally {
      identityService.deleteUser(clerk);
    }
  }

  /** A body the endpoint would accept from its keeper, so that only the role is refused. */
  private static Object validBodyFor(String path) {
    if (path.startsWith("/api/holidays/")) {
      return List.of(Map.of("date", "2030-01-01", "kind", "LIBUR", "name", "Tahun Baru"));
    }
    if (path.startsWith("/api/units/")) {
      return Map.of(
          "name", "Dinas Kesehatan",
          "headTitle", "Kepala Dinas Kesehatan Kabupaten Trenggalek",
          "headName", "dr. Contoh Pejabat",
          "address", "Jl. Dr. Soetomo No. 2, Trenggalek",
          "email", "dinkes@trenggalekkab.example");
    }
    return switch (path) {
      case "/engine-rest/user/create" ->
          Map.of("profile", Map.of("id", "baru"), "credentials", Map.of("password", "rahasia"));
      case "/engine-rest/group/create" -> Map.of("id", "baru", "name", "Baru");
      case "/engine-rest/authorization/create" ->
          Map.of(
              "type",
              1,
              "permissions",
              List.of("ALL"),
              "userId",
              "rudi",
              "resourceType",
              7,
              "resourceId",
              "*");
      default -> null;
    };
  }

  private ResponseEntity<JsonNode> start(String userId, String processKey) {
    Map<String, Object> variables =
        RequestFixtures.asRestVariables(
            switch (processKey) {
              case "SplpApplicationProcess" -> RequestFixtures.anSplpApplicationRequest();
              case "SplpAccountProcess" -> RequestFixtures.anSplpAccountRequest();
              default -> RequestFixtures.aSubdomainRequest();
            });
    return post(
        userId,
        "/engine-rest/process-definition/key/" + processKey + "/start",
        Map.of("variables", variables));
  }

  private String kadisTaskOf(String processInstanceId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .singleResult()
        .getId();
  }

  private ResponseEntity<JsonNode> get(String userId, String path) {
    return http.withBasicAuth(userId, PASSWORD).getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(String userId, String path, Object body) {
    return http.withBasicAuth(userId, PASSWORD).postForEntity(path, body, JsonNode.class);
  }

  private static List<String> ids(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody().findValuesAsText("id");
  }

  private static List<String> processInstanceIds(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody().findValuesAsText("processInstanceId");
  }
}
