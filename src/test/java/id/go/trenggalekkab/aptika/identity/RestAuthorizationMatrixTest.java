package id.go.trenggalekkab.aptika.identity;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.util.List;
import java.util.Map;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The authorization matrix over {@code /engine-rest} with HTTP Basic, as a client sees it. */
@AptikaSpringBootTest
class RestAuthorizationMatrixTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;

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
    "hendra, SplpAccountProcess,     403"
  })
  void onlyTheStarterRoleStartsAProcess(String userId, String processKey, int status) {
    assertThat(start(userId, processKey).getStatusCode().value()).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({"siti, 403", "budi, 403", "agus, 403", "hendra, 403", "admin, 200"})
  void onlyAdministratorsDeploy(String userId, int status) {
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
  void aWrongPasswordIsRefused() {
    ResponseEntity<JsonNode> response =
        http.withBasicAuth("wulan", "salah").getForEntity("/engine-rest/task", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
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
