package id.go.trenggalekkab.aptika.process;

import static id.go.trenggalekkab.aptika.identity.People.API_USER_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** Every request gets its reference number at submission, from the server, and keeps it. */
@AptikaSpringBootTest
@ExtendWith(FixedOfficeClock.class)
class ReferenceNumberAssignmentTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identityService;
  @Autowired ServiceRegistry registry;

  People people;
  ProcessTest.Driver driver;

  @BeforeEach
  void setUp() {
    people = new People(identityService);
    driver = new ProcessTest.Driver(engine);
  }

  @Test
  void eachProcedureNumbersItsRequestsPerYearAsBusinessKeyAndTaskCardVariable() {
    ProcessInstance subdomain = start(CLERK_DINKES, "SubdomainHostingProcess", aSubdomain());
    ProcessInstance next = start(CLERK_DINKES, "SubdomainHostingProcess", aSubdomain());
    ProcessInstance account =
        start(CLERK_DINKES, "SplpAccountProcess", RequestFixtures.anSplpAccountRequest());
    ProcessInstance application =
        start(
            API_USER_DINKES, "SplpApplicationProcess", RequestFixtures.anSplpApplicationRequest());

    assertThat(subdomain.getBusinessKey()).matches("SD-2026-\\d{4}");
    assertThat(sequenceOf(next)).isEqualTo(sequenceOf(subdomain) + 1);
    assertThat(account.getBusinessKey()).matches("SPLP-2026-\\d{4}");
    assertThat(application.getBusinessKey()).matches("API-2026-\\d{4}");
    for (ProcessInstance request : new ProcessInstance[] {subdomain, account, application}) {
      assertThat(runtime.getVariable(request.getId(), ReferenceNumbers.VARIABLE))
          .isEqualTo(request.getBusinessKey());
      assertThat(
              history
                  .createHistoricProcessInstanceQuery()
                  .processInstanceBusinessKey(request.getBusinessKey())
                  .singleResult()
                  .getId())
          .as("Cockpit finds the request by its number")
          .isEqualTo(request.getId());
    }
  }

  @Test
  void aRefusedSubmissionTakesNoNumber() {
    ProcessInstance first = start(CLERK_DINKES, "SubdomainHostingProcess", aSubdomain());
    Map<String, Object> reserved = aSubdomain();
    reserved.put("subdomainName", "www");

    assertThatThrownBy(() -> start(CLERK_DINKES, "SubdomainHostingProcess", reserved))
        .isInstanceOf(FormFieldValidationException.class);
    ProcessInstance second = start(CLERK_DINKES, "SubdomainHostingProcess", aSubdomain());

    assertThat(sequenceOf(second)).isEqualTo(sequenceOf(first) + 1);
  }

  @Test
  void aClerkCannotChooseTheNumber() {
    people.actAs(CLERK_DINKES);
    try {
      assertThatThrownBy(
              () ->
                  runtime.startProcessInstanceByKey(
                      "SubdomainHostingProcess", "SD-2026-9999", aSubdomain()))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("business key");
    } finally {
      people.actAsNobody();
    }
  }

  @Test
  void aRevisedRequestKeepsItsNumber() {
    String name = "uji" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = aSubdomain();
    variables.put("subdomainName", name);
    ProcessInstance request = start(CLERK_DINKES, "SubdomainHostingProcess", variables);
    String number = request.getBusinessKey();
    returnToClerk(request, name);

    driver.complete(request, "Task_ReviseRequest", Map.of("subdomainName", name + "b"));

    assertThat(driver.openTask(request).getTaskDefinitionKey())
        .isEqualTo("Task_DisposeRequestByKadis");
    assertThat(runtime.getVariable(request.getId(), ReferenceNumbers.VARIABLE)).isEqualTo(number);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceId(request.getId())
                .singleResult()
                .getBusinessKey())
        .isEqualTo(number);
  }

  private void returnToClerk(ProcessInstance request, String name) {
    registry.reserve(RequestFixtures.anotherRequestTaking(name));
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    driver.complete(request, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Cek."));
    assertThat(driver.openTask(request).getTaskDefinitionKey()).isEqualTo("Task_ReviseRequest");
  }

  private ProcessInstance start(String userId, String key, Map<String, Object> variables) {
    return driver.startAs(userId, key, variables);
  }

  private static Map<String, Object> aSubdomain() {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", "uji" + UUID.randomUUID().toString().substring(0, 8));
    return variables;
  }

  private static int sequenceOf(ProcessInstance request) {
    String key = request.getBusinessKey();
    return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
  }
}
