package id.go.trenggalekkab.aptika.splp;

import static id.go.trenggalekkab.aptika.identity.People.API_USER_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * SOP B from start to end as the Pengguna does it, over HTTP: the engine REST API for the tasks and
 * the one-time retrieval for the credentials.
 */
public final class SplpApplicationRun {

  private final TestRestTemplate http;
  private final TestRestTemplate stranger;
  private final TestRestTemplate anonymous;

  public SplpApplicationRun(TestRestTemplate http) {
    this.http = http.withBasicAuth(API_USER_DINKES, PASSWORD);
    this.stranger = http.withBasicAuth(CLERK_DINKES, PASSWORD);
    this.anonymous = http;
  }

  /** What the run saw. */
  public record Result(
      String processInstanceId,
      String credentialsId,
      Map<String, String> credentials,
      ResponseEntity<Map> secondRetrieval,
      ResponseEntity<Map> anonymousRetrieval,
      ResponseEntity<Map> strangerRetrieval) {}

  /**
   * @param stepThree makes the asynchronous step 3 happen (executes its job, or waits for the job
   *     executor) given the process instance id
   */
  public Result run(String applicationName, Consumer<String> stepThree) {
    String id = start();
    complete(id, "Task_OpenSplpUserPortal", Map.of("splpUserName", "fajar"));
    complete(
        id,
        "Task_FillApplicationData",
        Map.of(
            "applicationName", applicationName,
            "applicationDescription", "Aplikasi layanan kesehatan untuk warga",
            "tokenType", "JWT",
            "keyType", "PRODUCTION",
            "throttlingPolicy", "Unlimited",
            "grantTypes", "client_credentials",
            "apiSubscriptions", "simalik/1.0"));
    stepThree.accept(id);
    String credentialsId = (String) variable(id, "credentialsId");
    ResponseEntity<Map> byAnonymous = retrieve(anonymous, credentialsId);
    ResponseEntity<Map> byStranger = retrieve(stranger, credentialsId);
    ResponseEntity<Map> first = retrieve(http, credentialsId);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getHeaders().getCacheControl()).contains("no-store");
    ResponseEntity<Map> second = retrieve(http, credentialsId);
    complete(id, "Task_RetrieveSplpCredentials", Map.of("credentialsSaved", true));
    @SuppressWarnings("unchecked")
    Map<String, String> credentials = first.getBody();
    return new Result(id, credentialsId, credentials, second, byAnonymous, byStranger);
  }

  /** The Pengguna starts SOP B over REST; the new request's process instance id. */
  public String start() {
    Map<?, ?> started =
        http.postForObject(
            "/engine-rest/process-definition/key/SplpApplicationProcess/start",
            Map.of(
                "variables",
                RequestFixtures.asRestVariables(RequestFixtures.anSplpApplicationRequest())),
            Map.class);
    return (String) started.get("id");
  }

  private static ResponseEntity<Map> retrieve(TestRestTemplate as, String credentialsId) {
    return as.postForEntity("/api/credentials/" + credentialsId + "/retrieve", null, Map.class);
  }

  private void complete(String processInstanceId, String taskKey, Map<String, Object> values) {
    List<?> tasks =
        http.getForObject(
            "/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}",
            List.class,
            processInstanceId,
            taskKey);
    assertThat(tasks).as(taskKey).hasSize(1);
    String taskId = (String) ((Map<?, ?>) tasks.get(0)).get("id");
    ResponseEntity<String> done =
        http.postForEntity(
            "/engine-rest/task/" + taskId + "/complete",
            Map.of("variables", RequestFixtures.asRestVariables(values)),
            String.class);
    assertThat(done.getStatusCode())
        .as(taskKey + ": " + done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Object variable(String processInstanceId, String name) {
    List<?> variables =
        http.getForObject(
            "/engine-rest/history/variable-instance?processInstanceId={id}&variableName={name}",
            List.class,
            processInstanceId,
            name);
    assertThat(variables).as(name).hasSize(1);
    return ((Map<?, ?>) variables.get(0)).get("value");
  }
}
