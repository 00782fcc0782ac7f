package id.go.trenggalekkab.aptika.system;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.splp.CredentialVault;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A denial says nothing about whether the object exists: asking for a task, request, job, document
 * or credentials of another unit answers exactly as asking for an id that does not exist, over
 * {@code /engine-rest}, the webapps' {@code /camunda/api/engine} and our {@code /api}; the answer
 * is a 403 or 404 in Bahasa Indonesia, and the log holds no stack trace for it.
 */
@AptikaSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DenialsTest {

  static final String NOT_YOURS = "tidak ditemukan atau Anda tidak berwenang mengaksesnya.";

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CredentialVault vault;
  @LocalServerPort int port;

  /** The ids of one request of dinkes, which eko (disdik) may not see. */
  Map<String, String> dinkes;

  /** The same kinds of id, of nothing. */
  Map<String, String> unknown;

  @BeforeAll
  void dinkesSubmitsARequest() {
    String instance = RequestFixtures.aSubdomainRequestOverRest(http);
    JsonNode variables =
        http.withBasicAuth(CLERK_DINKES, PASSWORD)
            .getForObject(
                "/engine-rest/process-instance/" + instance + "/variables", JsonNode.class);
    dinkes =
        Map.of(
            "task",
            taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
            "instance",
            instance,
            "job",
            managementService.createJobQuery().processInstanceId(instance).list().get(0).getId(),
            "document",
            variables.get("requestLetterUrl").get("value").asText().replace("/api/documents/", ""),
            "credentials",
            vault.store(instance, API_USER_DINKES, Map.of("consumerSecret", "rahasia")));
    unknown =
        Map.of(
            "task",
            random(),
            "instance",
            random(),
            "job",
            random(),
            "document",
            random(),
            "credentials",
            random());
  }

  static Stream<Arguments> engineRestCalls() {
    return Stream.of(
        call("GET", "/task/{task}"),
        call("GET", "/task/{task}/form"),
        call("GET", "/task/{task}/variables"),
        call("GET", "/task/{task}/variables/unitId"),
        call("GET", "/task/{task}/variables/requestLetterUrl/data"),
        call("GET", "/task/{task}/localVariables"),
        call("GET", "/task/{task}/localVariables/unitId"),
        call("GET", "/task/{task}/form-variables"),
        call("GET", "/task/{task}/rendered-form"),
        call("GET", "/task/{task}/deployed-form"),
        call("GET", "/task/{task}/comment"),
        call("GET", "/task/{task}/attachment"),
        call("GET", "/task/{task}/identity-links"),
        call("POST", "/task/{task}/claim", "{\"userId\":\"eko\"}"),
        call("POST", "/task/{task}/complete", "{}"),
        call("POST", "/task/{task}/submit-form", "{}"),
        call("POST", "/task/{task}/comment/create", "{\"message\":\"halo\"}"),
        call("PUT", "/task/{task}/variables/catatan", "{\"value\":\"x\",\"type\":\"String\"}"),
        call("DELETE", "/task/{task}"),
        call("GET", "/process-instance/{instance}"),
        call("GET", "/process-instance/{instance}/variables"),
        call("GET", "/process-instance/{instance}/activity-instances"),
        call(
            "POST",
            "/process-instance/{instance}/modification",
            "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_DisposeRequestByKadis\"}]}"),
        call("PUT", "/process-instance/{instance}/suspended", "{\"suspended\":true}"),
        call("DELETE", "/process-instance/{instance}"),
        call("GET", "/execution/{instance}"),
        call("GET", "/execution/{instance}/localVariables"),
        call("GET", "/history/process-instance/{instance}"),
        call("DELETE", "/history/process-instance/{instance}"),
        call("GET", "/job/{job}"),
        call("POST", "/job/{job}/execute", "{}"),
        call("PUT", "/job/{job}/retries", "{\"retries\":3}"),
        call("GET", "/job/{job}/stacktrace"));
  }

  @ParameterizedTest(name = "{0} /engine-rest{1}")
  @MethodSource("engineRestCalls")
  void anotherUnitsObjectAnswersLikeAnUnknownId(
      HttpMethod method, String path, String body, CapturedOutput output) {
    assertAnswersLikeAnUnknownId(CLERK_DISDIK, method, path, body, output);
  }

  /** Siti's own unit's task that her role may not see: no different either. */
  @ParameterizedTest(name = "{0} /engine-rest{1}")
  @MethodSource("engineRestCalls")
  void anObjectTheRoleMayNotSeeAnswersLikeAnUnknownId(
      HttpMethod method, String path, String body, CapturedOutput output) {
    if (path.startsWith("/task")) { // a clerk may see her own unit's requests, jobs and history
      assertAnswersLikeAnUnknownId(CLERK_DINKES, method, path, body, output);
    }
  }

  @Test
  void theWebappsApiAnswersTheSame(CapturedOutput output) {
    WebappSession eko = WebappSession.login(port, CLERK_DISDIK, PASSWORD);
    eko.assertLoggedIn();
    String api = "/camunda/api/engine/engine/default";
    for (Function<Map<String, String>, HttpResponse<String>> call :
        List.<Function<Map<String, String>, HttpResponse<String>>>of(
            ids -> eko.get(api + "/task/" + ids.get("task")),
            ids -> eko.get(api + "/task/" + ids.get("task") + "/form-variables"),
            ids ->
                eko.post(
                    api + "/task/" + ids.get("task") + "/claim",
                    MediaType.APPLICATION_JSON_VALUE,
                    "{\"userId\":\"eko\"}"),
            ids ->
                eko.post(
                    api + "/task/" + ids.get("task") + "/submit-form",
                    MediaType.APPLICATION_JSON_VALUE,
                    "{\"variables\":{}}"),
            ids -> eko.get(api + "/process-instance/" + ids.get("instance")),
            ids -> eko.get(api + "/process-instance/" + ids.get("instance") + "/variables"))) {
      HttpResponse<String> otherUnit = call.apply(dinkes);
      HttpResponse<String> nothing = call.apply(unknown);
      assertSameDenial(
          otherUnit.statusCode(), otherUnit.body(), nothing.statusCode(), nothing.body());
    }
    assertNoStackTrace(output);
  }

  @Test
  void ourApiAnswersTheSame(CapturedOutput output) {
    ResponseEntity<String> otherDocument =
        basic(CLERK_DISDIK, HttpMethod.GET, "/api/documents/" + dinkes.get("document"), null);
    ResponseEntity<String> noDocument =
        basic(CLERK_DISDIK, HttpMethod.GET, "/api/documents/" + unknown.get("document"), null);
    assertSameDenial(
        otherDocument.getStatusCode().value(),
        otherDocument.getBody(),
        noDocument.getStatusCode().value(),
        noDocument.getBody());

    String retrieve = "/api/credentials/%s/retrieve";
    ResponseEntity<String> othersCredentials =
        basic(CLERK_DISDIK, HttpMethod.POST, retrieve.formatted(dinkes.get("credentials")), "{}");
    ResponseEntity<String> noCredentials =
        basic(CLERK_DISDIK, HttpMethod.POST, retrieve.formatted(unknown.get("credentials")), "{}");
    assertThat(othersCredentials.getStatusCode().value()).isEqualTo(404);
    assertThat(othersCredentials.getBody()).isEqualTo(noCredentials.getBody());
    assertThat(noCredentials.getStatusCode()).isEqualTo(othersCredentials.getStatusCode());
    assertThat(vault.isWaiting(dinkes.get("credentials"))).as("still there for fajar").isTrue();
    assertNoStackTrace(output);
  }

  @Test
  void aRoleThatMaySeeButNotChangeIsToldSoInIndonesian(CapturedOutput output) {
    ResponseEntity<String> refused =
        basic(
            CLERK_DINKES,
            HttpMethod.DELETE,
            "/engine-rest/process-instance/" + dinkes.get("instance"),
            null);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody()).contains("Anda tidak berwenang melakukan tindakan ini.");
    assertNoStackTrace(output);
  }

  private void assertAnswersLikeAnUnknownId(
      String userId, HttpMethod method, String path, String body, CapturedOutput output) {
    ResponseEntity<String> dinkesObject = basic(userId, method, ids(path, dinkes), body);
    ResponseEntity<String> nothing = basic(userId, method, ids(path, unknown), body);

    assertSameDenial(
        dinkesObject.getStatusCode().value(),
        dinkesObject.getBody(),
        nothing.getStatusCode().value(),
        nothing.getBody());
    assertNoStackTrace(output);
  }

  private void assertSameDenial(int status, String body, int unknownStatus, String unknownBody) {
    assertThat(status).isIn(403, 404).isEqualTo(unknownStatus);
    assertThat(body).isEqualTo(unknownBody).contains(NOT_YOURS).doesNotContain("ENGINE-");
  }

  private static void assertNoStackTrace(CapturedOutput output) {
    assertThat(output.getAll().lines())
        .noneMatch(line -> line.matches("\\s+at [\\w.$]+\\(.*"))
        .noneMatch(line -> line.contains("ENGINE-16004"));
  }

  private ResponseEntity<String> basic(String userId, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(userId, PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static String ids(String path, Map<String, String> ids) {
    String result = "/engine-rest" + path;
    for (var id : ids.entrySet()) {
      result = result.replace("{" + id.getKey() + "}", id.getValue());
    }
    return result;
  }

  private static Arguments call(String method, String path) {
    return call(method, path, null);
  }

  private static Arguments call(String method, String path, String body) {
    return Arguments.of(HttpMethod.valueOf(method), path, body);
  }

  private static String random() {
    return UUID.randomUUID().toString();
  }
}
