package id.go.trenggalekkab.aptika.process;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DISDIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.notification.MailLinks;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator.Fault;
import id.go.trenggalekkab.aptika.system.IntegrationModes;
import id.go.trenggalekkab.aptika.system.Integrations.Integration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/** SOP 060/029 A, Pembuatan Akun SPLP: every path of bpmn/SplpAccountProcess.bpmn. */
@ProcessTest
class SplpAccountProcessTest {

  static final String PROCESS = "SplpAccountProcess";

  @Autowired ProcessEngine engine;
  @Autowired SplpSimulator portal;
  @Autowired DocumentStore documents;
  @Autowired Outbox outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurableEnvironment environment;
  @Autowired id.go.trenggalekkab.aptika.system.Integrations integrations;
  @Autowired org.springframework.mail.javamail.JavaMailSender mailSender;

  @org.junit.jupiter.api.extension.RegisterExtension
  static com.icegreen.greenmail.junit5.GreenMailExtension smtp =
      new com.icegreen.greenmail.junit5.GreenMailExtension(
          com.icegreen.greenmail.util.ServerSetupTest.SMTP.dynamicPort());

  ProcessTest.Driver driver;

  @BeforeEach
  void setUp() {
    driver = new ProcessTest.Driver(engine);
    portal.reset();
  }

  @Test
  void aCompleteRequestRunsToTheForwardedActivityReport() throws IOException {
    // given
    ProcessInstance request =
        driver.startAs(CLERK_DISDIK, PROCESS, RequestFixtures.anSplpAccountRequest());

    // when
    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_RegisterSplpAccount");
    driver.executeJob(request, "Task_GenerateActivityReportDraft");
    String draft = (String) driver.variable(request, "activityReportUrl");
    engine.getTaskService().claim(driver.openTask(request).getId(), "sri");
    driver.complete(
        request,
        "Task_PrepareActivityReport",
        Map.of("activityReportNotes", "Akun dibuat, contact person sudah diberi tahu."));
    String report = (String) driver.variable(request, "activityReportUrl");
    driver.complete(
        request,
        "Task_ForwardActivityReport",
        Map.of("forwardNotes", "Mohon dijaga kerahasiaannya."));
    // no SMTP server: the report is sent by hand and the date and channel confirmed
    assertThat(request).isWaitingAt("Task_SendActivityReportByHand");
    assertThat((String) driver.variable(request, "activityReportMailBody"))
        .contains("Mohon dijaga kerahasiaannya.");
    String today = id.go.trenggalekkab.aptika.system.OfficeTime.today().toString();
    driver.complete(
        request,
        "Task_SendActivityReportByHand",
        Map.of("sentOn", today, "sentChannel", "KERTAS", "sentNote", "Diterima Pak Joko."));

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
        .contains("akun SPLP siti@trenggalekkab.go.id", "dibuat di portal SPLP 127.0.0.1:");
    assertThat(portal.isSubscriber("siti")).isTrue();

    // the report: drafted from the process, finalized by the Kabid, mailed with the report
    assertThat(pdfText(draft))
        .contains(
            "KONSEP",
            "LAPORAN KEGIATAN PEMBUATAN AKUN SPLP",
            "Dinas Pendidikan, Pemuda dan Olahraga",
            "400.7/123/406.010/2026",
            "20 November 2026",
            "Kabid Aptika, mohon dibuatkan akun SPLP.",
            "Akun SPLP yang dibuat siti@trenggalekkab.go.id",
            "Pelaksanaan Akun SPLP siti@trenggalekkab.go.id didaftarkan oleh sistem di portal SPLP"
                + " 127.0.0.1:",
            "/splp-simulator pada 25 November 2026.",
            "Mendisposisi surat permohonan",
            "Hari kerja");
    assertThat(pdfText(report))
        .contains(
            "LAPORAN KEGIATAN PEMBUATAN AKUN SPLP",
            "Nomor registrasi",
            request.getBusinessKey(),
            "Akun dibuat, contact person sudah diberi tahu.",
            "Sri Wahyuni",
            "Menyusun laporan kegiatan pelaksanaan pembuatan akun SPLP")
        .doesNotContain("KONSEP");
    assertThat((String) driver.variable(request, "activityReportMailSubject"))
        .isEqualTo(
            "["
                + request.getBusinessKey()
                + "] Laporan kegiatan pembuatan akun SPLP untuk Dinas Pendidikan, Pemuda dan"
                + " Olahraga");
    assertThat(MailLinks.of((String) driver.variable(request, "activityReportMailBody"))).isEmpty();
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains(
            "Langkah 7: laporan kegiatan dikirim kepada Siti Rahmawati melalui surat kertas yang"
                + " diantar langsung pada ",
            "(catatan: Diterima Pak Joko.)");
    assertThat(outbox.of(request.getId())).isEmpty();
  }

  @Test
  void withAnSmtpServerTheReportIsMailedAndTheProcessEndsOnlyOnceTheServerAcceptedIt()
      throws Exception {
    // given: mail integrated, the SMTP server on this machine
    org.mockito.Mockito.doReturn(false).when(integrations).manual("mail");
    ((org.springframework.mail.javamail.JavaMailSenderImpl) mailSender)
        .setPort(smtp.getSmtp().getPort());
    ProcessInstance request =
        driver.startAs(CLERK_DISDIK, PROCESS, RequestFixtures.anSplpAccountRequest());
    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_RegisterSplpAccount");
    driver.executeJob(request, "Task_GenerateActivityReportDraft");
    driver.complete(request, "Task_PrepareActivityReport", Map.of("activityReportNotes", "Ok."));
    driver.complete(request, "Task_ForwardActivityReport", Map.of("forwardNotes", "Terlampir."));
    assertThat(request).isWaitingAt("Task_SendActivityReport");
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // when
    driver.executeJob(request, "Task_SendActivityReport");

    // then
    assertThat(request).isEnded().hasNotPassed("Task_SendActivityReportByHand");
    jakarta.mail.internet.MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("siti@trenggalekkab.example");
    assertThat(mail.getSubject())
        .isEqualTo(
            "["
                + request.getBusinessKey()
                + "] Laporan kegiatan pembuatan akun SPLP untuk Dinas Pendidikan, Pemuda dan"
                + " Olahraga");
    assertThat(outbox.of(request.getId()))
        .singleElement()
        .satisfies(sent -> assertThat(sent.status()).isEqualTo("TERKIRIM"));
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains(
            "Langkah 7: laporan kegiatan dikirim lewat surel kepada siti@trenggalekkab.example");
  }

  @Test
  void aTakenUserNameGoesToThePelaksanaWhoChoosesAnotherAndRegistersAgain() {
    // given: somebody already holds the name in the portal
    portal.addForeignUser("siti");
    ProcessInstance request = aCompleteRequestAtStepFive();

    // when
    driver.executeJob(request, "Task_RegisterSplpAccount");

    // then: the Pelaksana reads the portal's reason in Bahasa Indonesia
    assertThat(request).isWaitingAt("Task_ResolveSplpAccountRejection");
    assertThat(request).task().hasCandidateGroup("executor");
    assertThat((String) driver.variable(request, "splpRejection"))
        .contains("Portal SPLP menolak", "sudah ada di portal", "409", "siti already exists");

    // when: another name, registered again through the system
    driver.complete(
        request,
        "Task_ResolveSplpAccountRejection",
        Map.of("splpResolution", "RETRY", "splpUserName", "siti.disdik"));
    driver.executeJob(request, "Task_RegisterSplpAccount");

    // then
    assertThat(request).isWaitingAt("Task_GenerateActivityReportDraft");
    assertThat(driver.variable(request, "splpAccount"))
        .isEqualTo("siti.disdik@trenggalekkab.go.id");
    assertThat(portal.isSubscriber("siti.disdik")).isTrue();
    assertThat(portal.userCount()).isEqualTo(2);
  }

  @Test
  void aRejectionCanBeSettledByRegisteringTheAccountByHand() {
    portal.addForeignUser("siti");
    ProcessInstance request = aCompleteRequestAtStepFive();
    driver.executeJob(request, "Task_RegisterSplpAccount");
    engine.getTaskService().claim(driver.openTask(request).getId(), "agus");

    driver.complete(
        request,
        "Task_ResolveSplpAccountRejection",
        Map.of(
            "splpResolution", "MANUAL",
            "splpAccount", "siti.pendidikan@trenggalekkab.go.id",
            "splpResolutionNote", "Didaftarkan manual lewat konsol portal."));

    assertThat(request)
        .isWaitingAt("Task_GenerateActivityReportDraft")
        .hasPassed("Gateway_MergeSplpAccountAvailable");
    assertThat(driver.variable(request, "splpAccount"))
        .isEqualTo("siti.pendidikan@trenggalekkab.go.id");
    assertThat(driver.variable(request, "splpAccountRegistration"))
        .isEqualTo(
            "Akun SPLP siti.pendidikan@trenggalekkab.go.id dibuat secara manual oleh Pelaksana"
                + " Agus Prasetyo di portal SPLP https://splp.layanan.go.id/ pada 25 November 2026,"
                + " setelah portal menolak pendaftaran sebelumnya, sesuai konfirmasi Pelaksana.");
    assertThat(portal.userCount()).isEqualTo(1);
  }

  @Test
  void inManualModeThePelaksanaRegistersTheAccountByHandAndTheReportSaysWhoDidWhatAndWhen()
      throws IOException {
    try (IntegrationModes manual = IntegrationModes.manual(environment, Integration.SPLP)) {
      // given
      ProcessInstance request =
          driver.startAs(CLERK_DISDIK, PROCESS, RequestFixtures.anSplpAccountRequest());

      // when
      disposeByKadisAndKabid(request);

      // then: the Pelaksana's task, due like the other steps, with what to enter in the portal
      assertThat(request).isWaitingAt("Task_RegisterSplpAccountByHand");
      assertThat(request).task().hasCandidateGroup("executor");
      Task task = driver.openTask(request);
      assertThat(task.getDueDate()).isNotNull();
      assertThat(
              engine
                  .getManagementService()
                  .createJobQuery()
                  .processInstanceId(request.getId())
                  .timers()
                  .count())
          .as("the Mutu Baku reminder and escalation")
          .isEqualTo(2);
      assertThat(driver.variable(request, "splpPortalUrl"))
          .isEqualTo("https://splp.layanan.go.id/");
      assertThat(driver.variable(request, "splpTenant")).isEqualTo("trenggalekkab.go.id");
      assertThat(driver.variable(request, "splpRole")).isEqualTo("Internal/subscriber");
      assertThat(driver.variable(request, "splpUserName")).isEqualTo("siti");
      assertThat(portal.userCount()).as("no portal is called in manual mode").isZero();

      // when: Agus made the account under another name than proposed
      engine.getTaskService().claim(task.getId(), "agus");
      driver.complete(
          request,
          "Task_RegisterSplpAccountByHand",
          Map.of(
              "splpAccountOutcome", "CREATED", "splpAccount", "siti.disdik@trenggalekkab.go.id"));
      driver.executeJob(request, "Task_GenerateActivityReportDraft");

      // then: the notes and the report say exactly that, and nothing of the system registering it
      String confirmed =
          "Akun SPLP siti.disdik@trenggalekkab.go.id dibuat secara manual oleh Pelaksana Agus"
              + " Prasetyo di portal SPLP https://splp.layanan.go.id/ pada 25 November 2026,"
              + " sesuai konfirmasi Pelaksana.";
      assertThat((String) driver.variable(request, "systemNotes"))
          .contains("Langkah 5 (manual): " + confirmed);
      assertThat(pdfText((String) driver.variable(request, "activityReportUrl")))
          .contains(
              "Akun SPLP yang dibuat siti.disdik@trenggalekkab.go.id",
              "Pelaksanaan " + confirmed,
              "Mendaftarkan akun secara manual melalui")
          .doesNotContain("didaftarkan oleh sistem");
      assertThat(request).hasNotPassed("Task_RegisterSplpAccount");
      assertThat(portal.userCount()).isZero();
    }
  }

  @Test
  void inManualModeARefusalThePelaksanaRecordsTakesTheRejectionPathAndHeTriesAnotherName() {
    try (IntegrationModes manual = IntegrationModes.manual(environment, Integration.SPLP)) {
      // given
      ProcessInstance request =
          driver.startAs(CLERK_DISDIK, PROCESS, RequestFixtures.anSplpAccountRequest());
      disposeByKadisAndKabid(request);
      engine.getTaskService().claim(driver.openTask(request).getId(), "agus");

      // when: the portal refused the proposed name
      driver.complete(
          request,
          "Task_RegisterSplpAccountByHand",
          Map.of(
              "splpAccountOutcome",
              "REFUSED",
              "splpPortalRefusal",
              "User siti already exists in tenant trenggalekkab.go.id"));

      // then: the rejection path, with his words, his name and the date
      assertThat(request).isWaitingAt("Task_ResolveSplpAccountRejection");
      assertThat(driver.variable(request, "splpRejection"))
          .isEqualTo(
              "Portal SPLP menolak pendaftaran akun siti (dicatat oleh Pelaksana Agus Prasetyo"
                  + " pada 25 November 2026): User siti already exists in tenant"
                  + " trenggalekkab.go.id");

      // when: another name, back to his manual task, and this time the portal accepts
      driver.complete(
          request,
          "Task_ResolveSplpAccountRejection",
          Map.of("splpResolution", "RETRY", "splpUserName", "siti.disdik"));
      assertThat(request).isWaitingAt("Task_RegisterSplpAccountByHand");
      assertThat(driver.variable(request, "splpUserName")).isEqualTo("siti.disdik");
      engine.getTaskService().claim(driver.openTask(request).getId(), "agus");
      driver.complete(
          request,
          "Task_RegisterSplpAccountByHand",
          Map.of(
              "splpAccountOutcome", "CREATED", "splpAccount", "siti.disdik@trenggalekkab.go.id"));

      // then
      assertThat(request).isWaitingAt("Task_GenerateActivityReportDraft");
      assertThat((String) driver.variable(request, "splpAccountRegistration"))
          .startsWith("Akun SPLP siti.disdik@trenggalekkab.go.id dibuat secara manual oleh");
      assertThat(portal.userCount()).isZero();
    }
  }

  @Test
  void aPortalThatStaysDownEndsInAnIncidentAndTheWorkDoneSoFarIsKept() {
    // given
    ProcessInstance request = aCompleteRequestAtStepFive();
    portal.failNext("POST /scim2/Users", Fault.UNAVAILABLE, 100);

    // when: every retry of the job's cycle fails
    int attempts = driver.failJobUntilIncident(request, "Task_RegisterSplpAccount");

    // then
    assertThat(attempts).isEqualTo(6);
    Incident incident = driver.incident(request);
    assertThat(incident.getActivityId()).isEqualTo("Task_RegisterSplpAccount");
    assertThat(incident.getIncidentMessage())
        .contains("Portal SPLP belum dapat melayani", "POST /scim2/Users", "HTTP 503");
    assertThat(driver.variable(request, "dispositionKabid"))
        .isEqualTo("Pelaksana, cek kelengkapan lalu daftarkan.");

    // when: the portal is back and the administrator retries the job in Cockpit
    portal.clearFaults();
    driver.retryIncident(request);
    driver.executeJob(request, "Task_RegisterSplpAccount");

    // then
    assertThat(request).isWaitingAt("Task_GenerateActivityReportDraft");
    assertThat(portal.isSubscriber("siti")).isTrue();
  }

  @Test
  void aCrashAfterThePortalCreatedTheUserDoesNotCreateItTwice() {
    // given: the portal creates the user, but our transaction never learns of it
    ProcessInstance request = aCompleteRequestAtStepFive();
    portal.failNext("POST /scim2/Users", Fault.LOST_REPLY, 1);
    driver.failJob(request, "Task_RegisterSplpAccount");
    assertThat(portal.userCount()).isEqualTo(1);
    assertThat(portal.isSubscriber("siti")).isFalse();

    // when: the job's retry
    driver.executeJob(request, "Task_RegisterSplpAccount");

    // then: the same user, now with its role, and no conflict
    assertThat(request).isWaitingAt("Task_GenerateActivityReportDraft");
    assertThat(portal.userCount()).isEqualTo(1);
    assertThat(portal.isSubscriber("siti")).isTrue();
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains("ditemukan dari percobaan sebelumnya");
  }

  private ProcessInstance aCompleteRequestAtStepFive() {
    ProcessInstance request =
        driver.startAs(CLERK_DISDIK, PROCESS, RequestFixtures.anSplpAccountRequest());
    disposeByKadisAndKabid(request);
    assertThat(request).isWaitingAt("Task_RegisterSplpAccount");
    return request;
  }

  private String pdfText(String url) throws IOException {
    byte[] pdf = documents.content(url.substring(url.lastIndexOf('/') + 1));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aStoredLetterThatIsNoPdfGoesBackToTheApplicantWhoAttachesTheRealOne() {
    // given: a file that is no PDF is refused at submission, whatever its name ...
    byte[] noPdf = "bukan pdf".getBytes(StandardCharsets.US_ASCII);
    Map<String, Object> refused = RequestFixtures.anSplpAccountRequest();
    refused.put("requestLetter", RequestFixtures.letter(noPdf));
    assertThatThrownBy(() -> driver.startAs(CLERK_DISDIK, PROCESS, refused))
        .hasMessageContaining("Surat permohonan (PDF) bukan berkas PDF");
    // ... but one stored before that rule reaches step 4, which reads the content again
    ProcessInstance request =
        driver.startAs(CLERK_DISDIK, PROCESS, RequestFixtures.anSplpAccountRequest());
    jdbc.update(
        "update apt_document set content = ? where id = ?",
        noPdf,
        driver.variable(request, "requestLetterDocumentId"));

    // when
    disposeByKadisAndKabid(request);

    // then
    assertThat(request).isWaitingAt("Task_ReviseRequest");
    assertThat((String) driver.variable(request, "completenessProblems"))
        .contains("bukan berkas PDF");
    String firstLetter = (String) driver.variable(request, "requestLetterDocumentId");

    // when: a revised letter that runs JavaScript is refused like a submitted one
    byte[] withJavaScript =
        ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction<</S/JavaScript/JS(app.alert(1))>>"
                + ">>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n"
                + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(
            () ->
                driver.complete(
                    request,
                    "Task_ReviseRequest",
                    Map.of("requestLetter", RequestFixtures.letter(withJavaScript))))
        .hasMessageContaining("Surat permohonan (PDF) memuat JavaScript");
    assertThat(request).isWaitingAt("Task_ReviseRequest");

    // when: the applicant attaches the real letter and sends the request again
    driver.complete(
        request,
        "Task_ReviseRequest",
        Map.of("requestLetter", RequestFixtures.letter(RequestFixtures.LETTER_PDF)));

    // then: the Kadis sees "Perbaikan ke-1" and why, and disposes anew
    assertThat(request).isWaitingAt("Task_DisposeRequestByKadis");
    driver.assertMarkedAsRevision(request, 1, "bukan berkas PDF");

    // when
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
