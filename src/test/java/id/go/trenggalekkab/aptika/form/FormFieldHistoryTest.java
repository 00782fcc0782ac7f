package id.go.trenggalekkab.aptika.form;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_COMPLETE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_CREATE;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.system.WebappSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A form submitted as the staff submit it, the clerk's start form over engine-rest's {@code
 * submit-form} and the Kadis's task form through the API Tasklist calls, leaves each field in the
 * history once: as the update of its variable, from which the step and the person who gave it are
 * found (the operation log's entry of the same operation).
 */
@AptikaSpringBootTest
class FormFieldHistoryTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @LocalServerPort int port;

  @Test
  void eachSubmittedFieldIsKeptOnceAsItsVariablesUpdateWithTheStepAndThePerson() throws Exception {
    // given: the clerk submits the start form
    Map<String, Object> request = RequestFixtures.aSubdomainRequest();
    String subdomain = "riwayat" + System.nanoTime() % 1_000_000;
    request.put("subdomainName", subdomain);
    ResponseEntity<JsonNode> started =
        http.withBasicAuth(CLERK_DINKES, PASSWORD)
            .postForEntity(
                "/engine-rest/process-definition/key/SubdomainHostingProcess/submit-form",
                Map.of("variables", RequestFixtures.asRestVariables(request)),
                JsonNode.class);
    assertThat(started.getStatusCode())
        .as(String.valueOf(started.getBody()))
        .isEqualTo(HttpStatus.OK);
    String instance = started.getBody().get("id").asText();
    String kadisTask = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    // when: the Kadis submits his form in Tasklist
    HttpResponse<String> submitted =
        WebappSession.signIn(port, KADIS, PASSWORD)
            .postJson(
                "/camunda/api/engine/engine/default/task/" + kadisTask + "/submit-form",
                """
                {"variables": {"dispositionKadis": {"value": "Kabid, mohon diproses.", "type": "String"}}}
                """);

    // then
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).formFields().count())
        .as("no field written a second time as a form field")
        .isZero();

    HistoricVariableUpdate subdomainGiven = onlyUpdateOf(instance, "subdomainName");
    assertThat(subdomainGiven.getValue()).isEqualTo(subdomain);
    assertThat(subdomainGiven.getActivityInstanceId())
        .as("given as the request started: the request's own activity instance")
        .isEqualTo(instance);
    UserOperationLogEntry start = entryOf(subdomainGiven, OPERATION_TYPE_CREATE);
    assertThat(start.getUserId()).isEqualTo(CLERK_DINKES);
    assertThat(start.getProcessInstanceId()).isEqualTo(instance);

    HistoricVariableUpdate disposition = onlyUpdateOf(instance, "dispositionKadis");
    assertThat(disposition.getValue()).isEqualTo("Kabid, mohon diproses.");
    HistoricTaskInstance step =
        history.createHistoricTaskInstanceQuery().taskId(kadisTask).singleResult();
    assertThat(disposition.getActivityInstanceId()).isEqualTo(step.getActivityInstanceId());
    UserOperationLogEntry completion = entryOf(disposition, OPERATION_TYPE_COMPLETE);
    assertThat(completion.getUserId()).isEqualTo(KADIS);
    assertThat(completion.getTaskId()).isEqualTo(kadisTask);
  }

  private HistoricVariableUpdate onlyUpdateOf(String instance, String variable) {
    return history
        .createHistoricDetailQuery()
        .processInstanceId(instance)
        .variableUpdates()
        .variableNameLike(variable)
        .list()
        .stream()
        .map(HistoricVariableUpdate.class::cast)
        .filter(update -> variable.equals(update.getVariableName()))
        .reduce(
            (one, another) -> {
              throw new AssertionError("more than one update of " + variable);
            })
        .orElseThrow(() -> new AssertionError("no update of " + variable));
  }

  /** The operation log's entry, of the given type, of the operation that made the update. */
  private UserOperationLogEntry entryOf(HistoricVariableUpdate update, String operationType) {
    assertThat(update.getUserOperationId()).as("the update's operation").isNotNull();
    return history
        .createUserOperationLogQuery()
        .operationId(update.getUserOperationId())
        .operationType(operationType)
        .list()
        .stream()
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + operationType + " in the update's operation"));
  }
}
