package id.go.trenggalekkab.aptika.process;

import static id.go.trenggalekkab.aptika.identity.People.API_USER_DINKES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.splp.CredentialVault;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator.Fault;
import id.go.trenggalekkab.aptika.system.IntegrationModes;
import id.go.trenggalekkab.aptika.system.Integrations.Integration;
import id.go.trenggalekkab.aptika.system.NotFoundException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;

/** SOP 060/029 B, Pembuatan Aplikasi Pengguna SPLP: bpmn/SplpApplicationProcess.bpmn. */
@ProcessTest
class SplpApplicationProcessTest {

  static final String PROCESS = "SplpApplicationProcess";

  @Autowired ProcessEngine engine;
  @Autowired SplpSimulator portal;
  @Autowired CredentialVault vault;
  @Autowired ConfigurableEnvironment environment;

  ProcessTest.Driver driver;

  @BeforeEach
  void setUp() {
    driver = new ProcessTest.Driver(engine);
    portal.reset();
  }

  @Test
  void thePenggunaGetsTheApplicationCreatedAndReadsItsCredentialsOnce() {
    // given
    ProcessInstance application = anApplicationAtStepThree(RequestFixtures.anSplpApplication());

    // when
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");

    // then: created in the portal, with keys, an API key and both subscriptions
    assertThat(application).isWaitingAt("Task_RetrieveSplpCredentials");
    assertThat(application).task().isAssignedTo(API_USER_DINKES);
    assertThat(application.getTenantId()).isEqualTo("dinkes");
    assertThat(portal.applicationCount()).isEqualTo(1);
    assertThat(portal.apiKeyCount("sikesda-mobile")).isEqualTo(1);
    assertThat(portal.subscriptionsOf("sikesda-mobile"))
        .containsExactly("simalik/1.0", "satudata/2.0");
    assertThat((String) driver.variable(application, "systemNotes"))
        .contains(
            "aplikasi 'sikesda-mobile'",
            "dibuat di portal SPLP 127.0.0.1:",
            "berlangganan simalik/1.0, satudata/2.0");
    assertThat(driver.variable(application, "splpApplicationId")).isNotNull();
    String consumerKey = (String) driver.variable(application, "consumerKey");
    String credentials = (String) driver.variable(application, "credentialsId");

    // when: the Pengguna tries to close the task before reading the credentials
    assertThatThrownBy(() -> driver.complete(application, "Task_RetrieveSplpCredentials", saved()))
        .hasMessageContaining("Kredensial aplikasi belum diambil");

    // then: the owner reads them once; nobody else, and not twice
    assertThatThrownBy(() -> vault.retrieveOnce(credentials, "siti"))
        .isInstanceOf(NotFoundException.class);
    Map<String, String> secrets = vault.retrieveOnce(credentials, API_USER_DINKES);
    assertThat(secrets.get("consumerKey")).isEqualTo(consumerKey);
    assertThat(secrets.get("consumerSecret")).isNotBlank();
    assertThat(secrets.get("apiKey")).startsWith("eyJ");
    assertThatThrownBy(() -> vault.retrieveOnce(credentials, API_USER_DINKES))
        .isInstanceOf(NotFoundException.class);

    driver.complete(application, "Task_RetrieveSplpCredentials", saved());
    assertThat(application).isEnded().hasPassed("EndEvent_ApiAccessAvailable");
  }

  @Test
  void aTakenApplicationNameGoesBackToThePenggunaWhoRenamesItAndSendsItAgain() {
    // given
    portal.addForeignApplication("sikesda-mobile");
    ProcessInstance application = anApplicationAtStepThree(RequestFixtures.anSplpApplication());

    // when
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");

    // then
    assertThat(application).isWaitingAt("Task_ResolveSplpApplicationRejection");
    assertThat(application).task().isAssignedTo(API_USER_DINKES);
    assertThat((String) driver.variable(application, "splpRejection"))
        .contains(
            "Portal SPLP menolak pembuatan aplikasi 'sikesda-mobile'",
            "sudah ada di portal",
            "409");

    // when
    Map<String, Object> corrected = RequestFixtures.anSplpApplication();
    corrected.put("applicationName", "sikesda-mobile-dinkes");
    corrected.put("splpResolution", "RETRY");
    driver.complete(application, "Task_ResolveSplpApplicationRejection", corrected);
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");

    // then
    assertThat(application).isWaitingAt("Task_RetrieveSplpCredentials");
    assertThat(portal.applicationCount()).isEqualTo(2);
    assertThat(portal.subscriptionsOf("sikesda-mobile-dinkes")).hasSize(2);
  }

  @Test
  void anUnknownApiIsCorrectedAndTheRetryGoesOnWithTheApplicationAlreadyMade() {
    // given: the application is made before the portal turns out not to know an API
    Map<String, Object> data = RequestFixtures.anSplpApplication();
    data.put("apiSubscriptions", "simalik/1.0\nsimpeg/9.9");
    ProcessInstance application = anApplicationAtStepThree(data);
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");
    assertThat(application).isWaitingAt("Task_ResolveSplpApplicationRejection");
    assertThat((String) driver.variable(application, "splpRejection"))
        .contains("tidak mengenal API 'simpeg/9.9'");

    // when
    Map<String, Object> corrected = RequestFixtures.anSplpApplication();
    corrected.put("apiSubscriptions", "simalik/1.0\ndukcapil/1.0");
    corrected.put("splpResolution", "RETRY");
    driver.complete(application, "Task_ResolveSplpApplicationRejection", corrected);
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");

    // then: one application, its keys renewed rather than generated twice
    assertThat(application).isWaitingAt("Task_RetrieveSplpCredentials");
    assertThat(portal.applicationCount()).isEqualTo(1);
    assertThat(portal.subscriptionsOf("sikesda-mobile"))
        .containsExactly("simalik/1.0", "dukcapil/1.0");
    assertThat((String) driver.variable(application, "systemNotes"))
        .contains("dilanjutkan dari percobaan sebelumnya");
  }

  @Test
  void thePenggunaMayRecordThatTheApplicationWasMadeByHand() {
    portal.addForeignApplication("sikesda-mobile");
    ProcessInstance application = anApplicationAtStepThree(RequestFixtures.anSplpApplication());
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");

    driver.complete(
        application,
        "Task_ResolveSplpApplicationRejection",
        Map.of(
            "splpResolution",
            "MANUAL",
            "splpResolutionNote",
            "Aplikasi sikesda-mobile di portal memang milik kami, dibuat tahun lalu."));

    assertThat(application).isEnded().hasPassed("EndEvent_ApplicationCreatedByHand");
    assertThat(portal.applicationCount()).isEqualTo(1);
  }

  @Test
  void aPortalThatStaysDownEndsInAnIncidentWithTheFormKept() {
    ProcessInstance application = anApplicationAtStepThree(RequestFixtures.anSplpApplication());
    portal.failNext("POST /applications", Fault.UNAVAILABLE, 100);

    driver.failJobUntilIncident(application, "Task_CreateOAuth2TokenAndApiKey");

    assertThat(driver.incident(application).getIncidentMessage())
        .contains("Portal SPLP belum dapat melayani POST /applications: HTTP 503");
    assertThat(driver.variable(application, "applicationName")).isEqualTo("sikesda-mobile");
    assertThat(portal.applicationCount()).isZero();

    portal.clearFaults();
    driver.retryIncident(application);
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");
    assertThat(application).isWaitingAt("Task_RetrieveSplpCredentials");
  }

  @Test
  void crashesAfterThePortalMadeTheApplicationAndTheKeysDuplicateNothing() {
    // given: the portal makes the application and later its keys, but both replies are lost
    ProcessInstance application = anApplicationAtStepThree(RequestFixtures.anSplpApplication());
    portal.failNext("POST /applications", Fault.LOST_REPLY, 1);
    driver.failJob(application, "Task_CreateOAuth2TokenAndApiKey");
    portal.failNext("POST /applications/generate-keys", Fault.LOST_REPLY, 1);
    driver.failJob(application, "Task_CreateOAuth2TokenAndApiKey");
    assertThat(portal.applicationCount()).isEqualTo(1);

    // when
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");

    // then: one application, the lost secret replaced by a new one, subscribed once
    assertThat(application).isWaitingAt("Task_RetrieveSplpCredentials");
    assertThat(portal.applicationCount()).isEqualTo(1);
    assertThat(portal.subscriptionsOf("sikesda-mobile")).hasSize(2);
    Map<String, String> secrets =
        vault.retrieveOnce((String) driver.variable(application, "credentialsId"), API_USER_DINKES);
    assertThat(secrets.get("consumerSecret")).isNotBlank();
  }

  @Test
  void inManualModeThePenggunaMakesTheApplicationAndKeysHimselfAndTheSystemHoldsNoKey() {
    try (IntegrationModes manual = IntegrationModes.manual(environment, Integration.SPLP)) {
      // given
      ProcessInstance application = anApplicationAtStepThree(RequestFixtures.anSplpApplication());

      // then: his own task, due like his other steps, showing the portal; no call, no job
      assertThat(application).isWaitingAt("Task_CreateSplpApplicationByHand");
      assertThat(application).task().isAssignedTo(API_USER_DINKES);
      assertThat(driver.openTask(application).getDueDate()).isNotNull();
      assertThat(
              engine
                  .getManagementService()
                  .createJobQuery()
                  .processInstanceId(application.getId())
                  .timers()
                  .count())
          .as("the Mutu Baku reminder and escalation")
          .isEqualTo(2);
      assertThat(driver.variable(application, "splpPortalUrl"))
          .isEqualTo("https://splp.layanan.go.id/");
      assertThat(portal.applicationCount()).isZero();

      // when: he has not ticked that he keeps the keys, or offers a key to the system
      assertThatThrownBy(
              () ->
                  driver.complete(
                      application,
                      "Task_CreateSplpApplicationByHand",
                      Map.of(
                          "splpApplicationCreated",
                          "sikesda-mobile",
                          "keysStoredByPengguna",
                          false)))
          .hasMessageContaining("Kunci OAuth2 dan API key sudah saya simpan sendiri");
      assertThatThrownBy(
              () ->
                  driver.complete(
                      application,
                      "Task_CreateSplpApplicationByHand",
                      Map.of(
                          "splpApplicationCreated", "sikesda-mobile",
                          "keysStoredByPengguna", true,
                          "consumerSecret", "rahasia-yang-tidak-boleh-disimpan")))
          .hasMessageContaining("\"consumerSecret\"");

      // when
      driver.complete(
          application,
          "Task_CreateSplpApplicationByHand",
          Map.of("splpApplicationCreated", "sikesda-mobile-dinkes", "keysStoredByPengguna", true));

      // then: the end says what he did, the notes say who, what and when, and no key exists here
      assertThat(application)
          .isEnded()
          .hasPassed("Task_CreateSplpApplicationByHand", "EndEvent_ApplicationCreatedByPengguna")
          .hasNotPassed("Task_CreateOAuth2TokenAndApiKey", "Task_RetrieveSplpCredentials");
      assertThat((String) driver.variable(application, "systemNotes"))
          .contains(
              "Langkah 3 (manual): Pengguna Fajar Nugroho membuat aplikasi 'sikesda-mobile-dinkes'"
                  + " beserta kunci OAuth2 dan API key sendiri di portal SPLP"
                  + " https://splp.layanan.go.id/ pada 25 November 2026, sesuai konfirmasinya");
      assertThat(
              engine
                  .getHistoryService()
                  .createHistoricVariableInstanceQuery()
                  .processInstanceId(application.getId())
                  .variableNameIn("credentialsId", "consumerKey", "consumerSecret", "apiKey")
                  .count())
          .isZero();
      assertThat(portal.applicationCount()).isZero();
    }
  }

  @Test
  void inIntegratedModeTheSystemMakesTheApplicationAndThePenggunaNeverGetsTheManualTask() {
    ProcessInstance application = anApplicationAtStepThree(RequestFixtures.anSplpApplication());

    assertThat(application)
        .isWaitingAt("Task_CreateOAuth2TokenAndApiKey")
        .hasPassed("Gateway_SplpPortalIntegrated")
        .hasNotPassed("Task_CreateSplpApplicationByHand");
  }

  private ProcessInstance anApplicationAtStepThree(Map<String, Object> data) {
    ProcessInstance application =
        driver.startAs(API_USER_DINKES, PROCESS, RequestFixtures.anSplpApplicationRequest());
    assertThat(application).task().isAssignedTo(API_USER_DINKES);
    driver.complete(application, "Task_OpenSplpUserPortal", Map.of("splpUserName", "fajar"));
    driver.complete(application, "Task_FillApplicationData", data);
    return application;
  }

  private static Map<String, Object> saved() {
    return Map.of("credentialsSaved", true);
  }
}
