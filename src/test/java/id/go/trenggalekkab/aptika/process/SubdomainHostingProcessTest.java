package id.go.trenggalekkab.aptika.process;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.system.OfflineActionLog;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SOP 060/018, Pengajuan Sub Domain / Hosting: every path of bpmn/SubdomainHostingProcess.bpmn. */
@ProcessTest
class SubdomainHostingProcessTest {

  static final String PROCESS = "SubdomainHostingProcess";

  @Autowired ProcessEngine engine;
  @Autowired ServiceRegistry registry;
  @Autowired OfflineActionLog offlineLog;

  ProcessTest.Driver driver;

  @BeforeEach
  void setUp() {
    driver = new ProcessTest.Driver(engine);
  }

  @Test
  void aCompleteRequestRunsFromLetterToSentReply() {
    // given
    String name = uniqueName();
    ProcessInstance request = submit(name);

    // when
    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_ProvisionSubdomain");
    driver.executeJob(request, "Task_GenerateReplyLetterDraft");
    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of("executorNotes", "Siap."));
    driver.complete(request, "Task_RaiseDraftToKadis", Map.of("kabidDecision", "RAISE"));
    driver.complete(request, "Task_ApproveReplyLetter", Map.of("kadisDecision", "APPROVE"));
    driver.executeJob(request, "Task_FinalizeReplyLetter");
    driver.executeJob(request, "Task_SendReplyLetter");

    // then
    assertThat(request)
        .isEnded()
        .hasPassedInOrder(
            "Task_DisposeRequestByKadis",
            "Task_DisposeRequestByKabid",
            "Task_CheckCompleteness",
            "Task_ProvisionSubdomain",
            "Task_PrepareReplyLetterDraft",
            "Task_RaiseDraftToKadis",
            "Task_ApproveReplyLetter",
            "Task_FinalizeReplyLetter",
            "Task_SendReplyLetter",
            "EndEvent_ReplyLetterSent");
    assertThat(registry.findByName(name))
        .get()
        .satisfies(
            entry -> {
              assertThat(entry.fqdn()).isEqualTo(name + ".trenggalekkab.go.id");
              assertThat(entry.recordType()).isEqualTo("A");
              assertThat(entry.unitId()).isEqualTo("dinkes");
              assertThat(entry.status()).isEqualTo("DICATAT");
            });
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains("Langkah 4: permohonan lengkap.", "Mode offline", "belum dibuat di server DNS");
    assertThat(offlineLog.entriesOf(request.getId()))
        .extracting(OfflineActionLog.Entry::action)
        .containsExactly(
            "BUAT_REKAMAN", "DRAFT_REPLY_LETTER", "FINALIZE_REPLY_LETTER", "SEND_REPLY_LETTER");
  }

  @Test
  void aReservedNameGoesBackToTheApplicantWhoCorrectsItAndTheRequestPassesStepsTwoToFourAgain() {
    // given: "www" passes the form's pattern but is reserved
    ProcessInstance request = submit("www");

    // when
    disposeByKadisAndKabid(request);

    // then
    assertThat(request).isWaitingAt("Task_ReviseRequest");
    assertThat(driver.openTask(request).getTenantId()).isEqualTo("dinkes");
    assertThat((String) driver.variable(request, "completenessProblems"))
        .contains("Nama sub domain")
        .contains("www");

    // when: the applicant corrects the name and sends the request again
    String corrected = uniqueName();
    // Tasklist sends the untouched file input as an empty file: no new letter, the stored one stays
    String letter = (String) driver.variable(request, "requestLetterDocumentId");
    driver.complete(
        request,
        "Task_ReviseRequest",
        Map.of(
            "subdomainName",
            corrected,
            "requestLetter",
            Variables.fileValue("").file(new byte[0]).create()));
    assertThat(request).isWaitingAt("Task_DisposeRequestByKadis");
    disposeByKadisAndKabid(request);

    // then
    assertThat(request).isWaitingAt("Task_ProvisionSubdomain");
    assertThat(driver.variable(request, "requestComplete")).isEqualTo(true);
    assertThat(driver.variable(request, "subdomainName")).isEqualTo(corrected);
    assertThat(driver.variable(request, "requestLetterDocumentId")).isEqualTo(letter);
  }

  @Test
  void theKabidReturnsTheDraftToThePelaksanaWithNotes() {
    ProcessInstance request = provisionedRequest();
    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of());

    driver.complete(
        request,
        "Task_RaiseDraftToKadis",
        Map.of("kabidDecision", "RETURN", "kabidNotes", "Perbaiki nomor surat rujukan."));

    assertThat(request).isWaitingAt("Task_PrepareReplyLetterDraft");
    assertThat(driver.variable(request, "kabidNotes")).isEqualTo("Perbaiki nomor surat rujukan.");
  }

  @Test
  void theKadisReturnsTheDraftToThePelaksanaWithNotes() {
    ProcessInstance request = provisionedRequest();
    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of());
    driver.complete(request, "Task_RaiseDraftToKadis", Map.of("kabidDecision", "RAISE"));

    driver.complete(
        request,
        "Task_ApproveReplyLetter",
        Map.of("kadisDecision", "RETURN", "kadisNotes", "Tambahkan tembusan Bupati."));

    assertThat(request).isWaitingAt("Task_PrepareReplyLetterDraft");
  }

  @Test
  void aHostingRequestNeedsNoTargetAndIsRecordedAsHosting() {
    String name = uniqueName();
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", name);
    variables.put("serviceType", "HOSTING");
    variables.remove("targetAddress");
    ProcessInstance request = driver.startAs(CLERK_DINKES, PROCESS, variables);

    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_ProvisionSubdomain");

    assertThat(registry.findByName(name))
        .get()
        .extracting(ServiceRegistry.Entry::serviceType)
        .isEqualTo("HOSTING");
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains("virtual host nginx untuk " + name + ".trenggalekkab.go.id");
  }

  private ProcessInstance provisionedRequest() {
    ProcessInstance request = submit(uniqueName());
    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_ProvisionSubdomain");
    driver.executeJob(request, "Task_GenerateReplyLetterDraft");
    return request;
  }

  private ProcessInstance submit(String subdomainName) {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", subdomainName);
    return driver.startAs(CLERK_DINKES, PROCESS, variables);
  }

  private void disposeByKadisAndKabid(ProcessInstance request) {
    driver.complete(
        request,
        "Task_DisposeRequestByKadis",
        Map.of("dispositionKadis", "Kabid Aptika, mohon diproses."));
    driver.complete(
        request,
        "Task_DisposeRequestByKabid",
        Map.of("dispositionKabid", "Pelaksana, cek kelengkapan dan buatkan."));
  }

  /** Names are registered for good, so each test asks for its own. */
  private static String uniqueName() {
    return "uji" + UUID.randomUUID().toString().substring(0, 8);
  }
}
