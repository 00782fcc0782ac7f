package id.go.trenggalekkab.aptika.process;

import static id.go.trenggalekkab.aptika.identity.People.API_USER_DINKES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SOP 060/029 B, Pembuatan Aplikasi Pengguna SPLP: bpmn/SplpApplicationProcess.bpmn. */
@ProcessTest
class SplpApplicationProcessTest {

  static final String PROCESS = "SplpApplicationProcess";

  @Autowired ProcessEngine engine;

  ProcessTest.Driver driver;

  @BeforeEach
  void setUp() {
    driver = new ProcessTest.Driver(engine);
  }

  @Test
  void thePenggunaOpensThePortalFillsTheApplicationAndGetsItCreated() {
    // given
    ProcessInstance application =
        driver.startAs(API_USER_DINKES, PROCESS, RequestFixtures.anSplpApplicationRequest());

    // when / then: both steps are the Pengguna's own, assigned to whoever started
    assertThat(application).task().isAssignedTo(API_USER_DINKES);
    driver.complete(application, "Task_OpenSplpUserPortal", Map.of("splpUserName", "fajar"));
    assertThat(application).task().isAssignedTo(API_USER_DINKES);
    driver.complete(
        application,
        "Task_FillApplicationData",
        Map.of(
            "applicationName", "sikesda-mobile",
            "applicationDescription", "Aplikasi layanan kesehatan untuk warga",
            "tokenType", "JWT",
            "keyType", "PRODUCTION",
            "throttlingPolicy", "Unlimited",
            "grantTypes", "client_credentials refresh_token",
            "apiSubscriptions", "simalik/1.0\nsatudata/2.0"));
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");

    assertThat(application).isEnded().hasPassed("EndEvent_ApiAccessAvailable");
    assertThat(application.getTenantId()).isEqualTo("dinkes");
    assertThat((String) driver.variable(application, "systemNotes"))
        .contains(
            "aplikasi 'sikesda-mobile'",
            "simalik/1.0, satudata/2.0",
            "belum ada consumer key, consumer secret, maupun API key");
  }
}
