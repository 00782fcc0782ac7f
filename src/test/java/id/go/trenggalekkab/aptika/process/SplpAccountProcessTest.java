package id.go.trenggalekkab.aptika.process;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DISDIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.system.OfflineActionLog;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SOP 060/029 A, Pembuatan Akun SPLP: every path of bpmn/SplpAccountProcess.bpmn. */
@ProcessTest
class SplpAccountProcessTest {

  static final String PROCESS = "SplpAccountProcess";

  @Autowired ProcessEngine engine;
  @Autowired OfflineActionLog offlineLog;

  ProcessTest.Driver driver;

  @BeforeEach
  void setUp() {
    driver = new ProcessTest.Driver(engine);
  }

  @Test
  void aCompleteRequestRunsToTheForwardedActivityReport() {
    // given
    ProcessInstance request =
        driver.startAs(CLERK_DISDIK, PROCESS, RequestFixtures.anSplpAccountRequest());

    // when
    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_RegisterSplpAccount");
    driver.executeJob(request, "Task_GenerateActivityReportDraft");
    driver.complete(
        request,
        "Task_PrepareActivityReport",
        Map.of("activityReportNotes", "Akun dibuat, contact person sudah diberi tahu."));
    driver.complete(request, "Task_ForwardActivityReport", Map.of());
    driver.executeJob(request, "Task_SendActivityReport");

    // then
    assertThat(request)
        .isEnded()
        .hasPassed(
            "Task_CheckCompleteness",
            "Task_RegisterSplpAccount",
            "EndEvent_ActivityReportForwarded");
    assertThat(request.getTenantId()).isEqualTo("disdik");
    assertThat(driver.variable(request, "unitName"))
        .isEqualTo("Dinas Pendidikan, Pemuda dan Olahraga");
    assertThat(driver.variable(request, "splpAccount")).isEqualTo("siti@trenggalekkab.go.id");
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains("akun SPLP", "belum dibuat di portal SPLP");
    assertThat(offlineLog.entriesOf(request.getId()))
        .extracting(OfflineActionLog.Entry::action)
        .containsExactly("BUAT_AKUN", "DRAFT_ACTIVITY_REPORT", "SEND_ACTIVITY_REPORT");
  }

  @Test
  void aLetterThatIsNoPdfGoesBackToTheApplicantWhoAttachesTheRealOne() {
    // given: a file named .pdf passes the form; step 4 reads its content
    Map<String, Object> variables = RequestFixtures.anSplpAccountRequest();
    variables.put(
        "requestLetter", RequestFixtures.letter("bukan pdf".getBytes(StandardCharsets.US_ASCII)));
    ProcessInstance request = driver.startAs(CLERK_DISDIK, PROCESS, variables);

    // when
    disposeByKadisAndKabid(request);

    // then
    assertThat(request).isWaitingAt("Task_ReviseRequest");
    assertThat((String) driver.variable(request, "completenessProblems")).contains("PDF");
    String firstLetter = (String) driver.variable(request, "requestLetterDocumentId");

    // when: the applicant attaches the real letter and sends the request again
    driver.complete(
        request,
        "Task_ReviseRequest",
        Map.of("requestLetter", RequestFixtures.letter(RequestFixtures.LETTER_PDF)));
    disposeByKadisAndKabid(request);

    // then
    assertThat(request).isWaitingAt("Task_RegisterSplpAccount");
    assertThat(driver.variable(request, "requestLetterDocumentId")).isNotEqualTo(firstLetter);
  }

  private void disposeByKadisAndKabid(ProcessInstance request) {
    driver.complete(
        request,
        "Task_DisposeRequestByKadis",
        Map.of("dispositionKadis", "Kabid Aptika, mohon dibuatkan akun SPLP."));
    driver.complete(
        request,
        "Task_DisposeRequestByKabid",
        Map.of("dispositionKabid", "Pelaksana, cek kelengkapan lalu daftarkan."));
  }
}
