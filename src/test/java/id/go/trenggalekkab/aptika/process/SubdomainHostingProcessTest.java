package id.go.trenggalekkab.aptika.process;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.trenggalekkab.aptika.DatabaseScan;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.notification.MailLinks;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.provisioning.DnsCheck;
import id.go.trenggalekkab.aptika.provisioning.ProvisioningAdapters;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.signing.BsreAppliance;
import id.go.trenggalekkab.aptika.signing.BsreAppliance.Answer;
import id.go.trenggalekkab.aptika.signing.LetterSigner;
import id.go.trenggalekkab.aptika.signing.SignatureCheck;
import id.go.trenggalekkab.aptika.signing.SigningService;
import id.go.trenggalekkab.aptika.sla.MutuBaku;
import id.go.trenggalekkab.aptika.sla.SlaBreaches;
import id.go.trenggalekkab.aptika.system.Integrations;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** SOP 060/018, Pengajuan Sub Domain / Hosting: every path of bpmn/SubdomainHostingProcess.bpmn. */
@ProcessTest
@ExtendWith(OutputCaptureExtension.class)
class SubdomainHostingProcessTest {

  static final String PROCESS = "SubdomainHostingProcess";

  @Autowired ProcessEngine engine;
  @Autowired ServiceRegistry registry;
  @Autowired Integrations integrations;
  @Autowired ProvisioningAdapters adapters;
  @Autowired DnsCheck dnsCheck;
  @Autowired org.springframework.mail.javamail.JavaMailSender mailSender;
  @Autowired DocumentStore documents;
  @Autowired Outbox outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired LetterSigner signer;
  @Autowired SlaBreaches breaches;
  @Autowired MutuBaku mutuBaku;

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final BsreAppliance appliance = new BsreAppliance();

  @RegisterExtension
  static WireMockExtension bsre =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().extensions(appliance))
          .build();

  static final String WRONG_PASSPHRASE = "Salah-Ketik-7731";
  static final String RIGHT_PASSPHRASE = "Rahasia-Kadis-4402";

  ProcessTest.Driver driver;

  @BeforeEach
  void setUp() {
    driver = new ProcessTest.Driver(engine);
  }

  @Test
  void aCompleteRequestRunsFromLetterToSentReply() throws Exception {
    // given
    String name = uniqueName();

    // when: every step, mail integrated
    ProcessInstance request = signedLetterAwaitingMail(name);
    driver.executeJob(request, "Task_SendReplyLetter");

    // then
    assertThat(request)
        .isEnded()
        .hasPassedInOrder(
            "Task_DisposeRequestByKadis",
            "Task_DisposeRequestByKabid",
            "Task_CheckCompleteness",
            "Task_ProvisionSubdomain",
            "Task_CreateSubdomainManually",
            "Task_CheckSubdomainInDns",
            "Task_GenerateReplyLetterDraft",
            "Task_PrepareReplyLetterDraft",
            "Task_RaiseDraftToKadis",
            "Task_ApproveReplyLetter",
            "Task_FinalizeReplyLetter",
            "Task_SendReplyLetter",
            "EndEvent_ReplyLetterSent")
        .hasNotPassed("Task_VerifyVirtualHost");
    String number = (String) driver.variable(request, "replyLetterNumber");
    assertThat(number).matches("060/ \\d{3} /406\\.020/2026");
    assertThat(registry.findByName(name))
        .get()
        .satisfies(
            entry -> {
              assertThat(entry.fqdn()).isEqualTo(name + ".trenggalekkab.go.id");
              assertThat(entry.recordType()).isEqualTo("A");
              assertThat(entry.unitId()).isEqualTo("dinkes");
              assertThat(entry.status()).isEqualTo("AKTIF");
              assertThat(entry.target()).isEqualTo("103.10.20.30");
            });
    assertThat(
            jdbc.queryForObject(
                "select reply_letter_number from apt_service where name = ?", String.class, name))
        .isEqualTo(number);
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains(
            "Langkah 4: permohonan lengkap.",
            "dibuat secara manual oleh Agus",
            "Langkah 8: surat balasan disetujui, diberi nomor " + number,
            "Langkah 9: surat balasan nomor " + number + " dikirim lewat surel kepada");

    // the signed letter is stored, valid, and is what the applicant's mail carries
    byte[] signed = documentOf((String) driver.variable(request, "replyLetterUrl"));
    SignatureCheck.Result check = SignatureCheck.check(signed);
    assertThat(check.intact()).as(check.problem()).isTrue();
    assertThat(check.signerName()).isEqualTo("BUDI SANTOSO, S.Kom., M.M.");
    assertThat(text(signed)).contains("Nomor : " + number).doesNotContain("KONSEP");

    // the SMTP server accepted the mail before the process ended: nothing waits in the outbox
    MimeMessage mail = receivedBy("siti@trenggalekkab.example", number);
    assertThat(mail.getSubject())
        .isEqualTo(
            "["
                + request.getBusinessKey()
                + "] Surat balasan nomor "
                + number
                + ": sub domain "
                + name
                + ".trenggalekkab.go.id");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getBodyPart(0).getContent().toString())
        .contains(
            "Yth. Siti Rahmawati",
            "Bersama ini kami kirimkan surat balasan Dinas Komunikasi dan Informatika",
            "nomor 400.7/123/406.010/2026",
            "ditandatangani secara elektronik terlampir");
    assertThat(MailLinks.of(parts.getBodyPart(0).getContent().toString()))
        .singleElement()
        .asString()
        .matches(java.util.regex.Pattern.quote(MailLinks.PUBLIC_URL) + "/verifikasi/[0-9a-f-]{36}");
    BodyPart attachment = parts.getBodyPart(1);
    assertThat(attachment.getFileName()).endsWith(".pdf");
    byte[] attached = attachment.getInputStream().readAllBytes();
    assertThat(attached).isEqualTo(signed);
    assertThat(SignatureCheck.check(attached).intact()).isTrue();
    assertThat(outbox.of(request.getId()))
        .singleElement()
        .satisfies(sent -> assertThat(sent.sentAt()).isNotNull());
  }

  @Test
  void
      aNameTakenInTheMeantimeGoesBackToTheApplicantWhoCorrectsItAndTheRequestPassesStepsTwoToFourAgain() {
    // given: a name free at submission that another request's step 5 takes before step 4
    String name = uniqueName();
    ProcessInstance request = submit(name);
    registry.reserve(RequestFixtures.anotherRequestTaking(name));

    // when
    disposeByKadisAndKabid(request);

    // then
    assertThat(request).isWaitingAt("Task_ReviseRequest");
    assertThat(driver.openTask(request).getTenantId()).isEqualTo("dinkes");
    assertThat((String) driver.variable(request, "completenessProblems"))
        .contains("Nama sub domain")
        .contains(name)
        .contains("sudah terdaftar");

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
    driver.assertMarkedAsRevision(request, 1, name + "\" sudah terdaftar");
    disposeByKadisAndKabid(request);

    // then
    assertThat(request).isWaitingAt("Task_ProvisionSubdomain");
    assertThat(driver.variable(request, "requestComplete")).isEqualTo(true);
    assertThat(driver.variable(request, "subdomainName")).isEqualTo(corrected);
    assertThat(driver.variable(request, "requestLetterDocumentId")).isEqualTo(letter);
  }

  @Test
  void theSendingStepIsHeldToItsTimeFromWhenItsJobWasMade() {
    // given: a signed letter whose sending job waits, mail integrated
    ProcessInstance request = signedLetterAwaitingMail(uniqueName());
    Job sending =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(request.getId())
            .activityId("Task_SendReplyLetter")
            .singleResult();
    Date due =
        mutuBaku.dueAt(
            sending.getCreateTime().toInstant(),
            engine
                .getRepositoryService()
                .getBpmnModelInstance(request.getProcessDefinitionId())
                .getModelElementById("Task_SendReplyLetter"));

    // when: the job runs ten days after the step was due (its step has no boundary event)
    ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofDays(10))));
    try {
      driver.executeJob(request, "Task_SendReplyLetter");
    } finally {
      ClockUtil.reset();
    }

    // then: the overrun counts from when the job was made, not from when it ran
    assertThat(request).isEnded();
    assertThat(breaches.ofProcessInstance(request.getId()))
        .filteredOn(breach -> breach.activityId().equals("Task_SendReplyLetter"))
        .singleElement()
        .satisfies(
            breach -> {
              assertThat(breach.kind()).isEqualTo("SERVICE");
              assertThat(breach.dueAt())
                  .isCloseTo(
                      LocalDateTime.ofInstant(due.toInstant(), OfficeTime.ZONE),
                      within(1, ChronoUnit.SECONDS));
            });
  }

  @Test
  void theDraftIsMarkedKonsepAndRenderedAgainWithThePelaksanasText() throws IOException {
    ProcessInstance request = provisionedRequest();
    byte[] draft = documentOf((String) driver.variable(request, "replyLetterDraftUrl"));
    assertThat(text(draft))
        .contains(
            "KONSEP",
            "Nomor : (diberikan saat disetujui)",
            "Yth. Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana",
            "surat Saudara nomor 400.7/123/406.010/2026 tanggal 20 November 2026",
            "telah dibuat dengan rekaman DNS A yang diarahkan ke 103.10.20.30, dibuat secara"
                + " manual oleh Pelaksana Bidang Aplikasi dan Informatika dan dikonfirmasi pada",
            "Pemeriksaan DNS otomatis belum dapat dilakukan")
        .doesNotContain("telah dibuat dan diarahkan");

    driver.complete(
        request,
        "Task_PrepareReplyLetterDraft",
        Map.of(
            "letterHal", "Sub Domain Sistem Informasi Kesehatan Daerah", "letterSifat", "Penting"));

    byte[] redrafted = documentOf((String) driver.variable(request, "replyLetterDraftUrl"));
    assertThat(text(redrafted))
        .contains(
            "KONSEP", "Hal : Sub Domain Sistem Informasi Kesehatan Daerah", "Sifat : Penting");
    assertThat(draftDocuments(request)).as("a changed text is a new draft").isEqualTo(2);
  }

  @Test
  void aDraftRaisedWithoutAChangedWordIsTheDraftAlreadyStored() throws IOException {
    ProcessInstance request = provisionedRequest();
    String url = (String) driver.variable(request, "replyLetterDraftUrl");

    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of("executorNotes", "Siap."));

    assertThat(driver.variable(request, "replyLetterDraftUrl")).isEqualTo(url);
    assertThat(draftDocuments(request)).isEqualTo(1);
    assertThat(text(documentOf(url))).contains("KONSEP", "Nomor : (diberikan saat disetujui)");
  }

  private int draftDocuments(ProcessInstance request) {
    return jdbc.queryForObject(
        "select count(*) from apt_document where process_instance_id = ? and kind ="
            + " 'KONSEP_SURAT_BALASAN'",
        Integer.class,
        request.getId());
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
    assertThat(engine.getRuntimeService().getVariable(request.getId(), "replyLetterNumber"))
        .isNull();
  }

  @Test
  void theKadisReturnsTheDraftToThePelaksanaWithNotesAndNoNumberIsTaken() {
    ProcessInstance request = provisionedRequest();
    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of());
    driver.complete(request, "Task_RaiseDraftToKadis", Map.of("kabidDecision", "RAISE"));

    driver.complete(
        request,
        "Task_ApproveReplyLetter",
        Map.of("kadisDecision", "RETURN", "kadisNotes", "Tambahkan tembusan Bupati."));

    assertThat(request).isWaitingAt("Task_PrepareReplyLetterDraft");
    assertThat(driver.variable(request, "kadisNotes")).isEqualTo("Tambahkan tembusan Bupati.");
    assertThat(engine.getRuntimeService().getVariable(request.getId(), "replyLetterNumber"))
        .isNull();
  }

  @Test
  void aWrongPassphraseGoesBackToTheKadisAndNoPassphraseIsEverStored(CapturedOutput log)
      throws Exception {
    // given: the signer is BSrE-like and refuses the wrong passphrase
    SigningService.asksForPassphraseAndRefuses(signer, WRONG_PASSPHRASE);
    ProcessInstance request = provisionedRequest();
    assertThat(driver.variable(request, "signerPassphraseNeeded")).isEqualTo("YA");
    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of());
    driver.complete(request, "Task_RaiseDraftToKadis", Map.of("kabidDecision", "RAISE"));
    int lastNumberBefore = lastNumber();

    // when: the Kadis approves with a wrong passphrase
    driver.complete(
        request,
        "Task_ApproveReplyLetter",
        Map.of("kadisDecision", "APPROVE", "signerPassphrase", WRONG_PASSPHRASE));
    driver.executeJob(request, "Task_FinalizeReplyLetter");

    // then: back at the approval with BSrE's message, and the number was given back
    assertThat(request).isWaitingAt("Task_ApproveReplyLetter");
    assertThat(
            engine.getTaskService().getVariable(driver.openTask(request).getId(), "signingProblem"))
        .asString()
        .contains("Passphrase salah (BSrE 2031)");
    assertThat(lastNumber()).isEqualTo(lastNumberBefore);
    assertThat(heldPassphrases(request)).as("a refused passphrase is deleted").isZero();

    // when: approving without a passphrase is refused, with the right one it is signed
    Task approval = driver.openTask(request);
    assertThatThrownBy(
            () ->
                engine
                    .getTaskService()
                    .complete(approval.getId(), Map.of("kadisDecision", "APPROVE")))
        .hasMessageContaining("Passphrase tanda tangan elektronik (BSrE)")
        .hasMessageContaining("wajib diisi");
    // as Tasklist submits a Camunda Form: through the form service, which at full history also
    // records every submitted field as a form property
    engine
        .getFormService()
        .submitTaskForm(
            approval.getId(),
            Map.of("kadisDecision", "APPROVE", "signerPassphrase", RIGHT_PASSPHRASE));
    assertThat(heldPassphrases(request)).as("held sealed for the node that signs").isOne();
    assertThat(DatabaseScan.find(jdbc.getDataSource(), RIGHT_PASSPHRASE).get(RIGHT_PASSPHRASE))
        .as("the held passphrase in the clear")
        .isEmpty();
    driver.executeJob(request, "Task_FinalizeReplyLetter");

    // then
    assertThat(request).isWaitingAt("Task_SendReplyLetterByHand");
    assertThat(lastNumber()).isEqualTo(lastNumberBefore + 1);
    assertThat(engine.getRuntimeService().getVariable(request.getId(), "signingProblem")).isNull();
    SigningService.assertSignedWith(signer, RIGHT_PASSPHRASE);
    assertThat(heldPassphrases(request)).as("deleted once used").isZero();
    assertThat(DatabaseScan.tables(jdbc.getDataSource()))
        .contains("act_ru_variable", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray")
        .contains("act_hi_op_log", "apt_document", "apt_outbox", "apt_letter", "apt_passphrase");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricDetailQuery()
                .processInstanceId(request.getId())
                .variableUpdates()
                .variableNameLike("kadisDecision")
                .list())
        .as("the form's other fields are recorded: the scan below would see a passphrase there")
        .extracting(update -> ((HistoricVariableUpdate) update).getValue())
        .contains("APPROVE");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricDetailQuery()
                .formFields()
                .taskId(approval.getId())
                .count())
        .as("no field of the form written a second time, as a form field")
        .isZero();
    Map<String, List<String>> found =
        DatabaseScan.find(jdbc.getDataSource(), WRONG_PASSPHRASE, RIGHT_PASSPHRASE);
    assertThat(found.get(WRONG_PASSPHRASE)).as("the wrong passphrase in the database").isEmpty();
    assertThat(found.get(RIGHT_PASSPHRASE)).as("the passphrase in the database").isEmpty();
    assertThat(log.getAll()).doesNotContain(WRONG_PASSPHRASE, RIGHT_PASSPHRASE);
    sendByHand(request);
    assertThat(request).isEnded();
  }

  @Test
  void aLetterTheApplianceReturnsUnsignedSignedByAnotherChangedOrSwappedGoesBackToTheKadis() {
    // given: the signer is the BSrE adapter, and the appliance behind it answers badly
    appliance.serveOn(bsre);
    appliance.becomeTheSignerOf(signer, bsre.baseUrl());
    ProcessInstance request = approvalTaskOfTheKadis();
    int lastNumberBefore = lastNumber();

    for (Answer answer :
        List.of(
            Answer.UNCHANGED,
            Answer.SIGNED_BY_ANOTHER_CERTIFICATE,
            Answer.CHANGED_AFTER_SIGNING,
            Answer.ANOTHER_LETTER_SIGNED_BY_THE_KADIS)) {
      // when
      appliance.answer(answer);
      approveWithPassphrase(request);
      driver.executeJob(request, "Task_FinalizeReplyLetter");

      // then: back with the Kadis with the reason; no number kept, nothing registered or mailed
      assertThat(request).as(answer.name()).isWaitingAt("Task_ApproveReplyLetter");
      assertThat(
              engine
                  .getTaskService()
                  .getVariable(driver.openTask(request).getId(), "signingProblem"))
          .asString()
          .as(answer.name())
          .startsWith("Surat yang dikembalikan layanan penandatanganan tidak sah: ")
          .contains(
              switch (answer) {
                case UNCHANGED -> "Dokumen tidak bertanda tangan elektronik.";
                case SIGNED_BY_ANOTHER_CERTIFICATE -> "Ditandatangani dengan sertifikat lain";
                case ANOTHER_LETTER_SIGNED_BY_THE_KADIS -> "bukan surat yang diajukan";
                default -> "Tanda tangan tidak mencakup seluruh dokumen";
              })
          .contains("nomornya tidak dipakai, surat tidak dicatat dan tidak dikirim");
      assertThat(lastNumber()).as(answer.name()).isEqualTo(lastNumberBefore);
      assertNothingIssued(request);
    }
    assertThat(bsre.getAllServeEvents()).hasSize(4);

    // when: the appliance signs properly with the Kadis's certificate
    appliance.answer(Answer.SIGNED_BY_THE_KADIS);
    approveWithPassphrase(request);
    driver.executeJob(request, "Task_FinalizeReplyLetter");

    // then: the letter takes the number the refusals gave back, and is registered and sent
    assertThat(request).isWaitingAt("Task_SendReplyLetterByHand");
    assertThat(lastNumber()).isEqualTo(lastNumberBefore + 1);
    String number = (String) driver.variable(request, "replyLetterNumber");
    assertThat(number).isEqualTo("060/ %03d /406.020/2026".formatted(lastNumberBefore + 1));
    assertThat(issuedLetter(request))
        .containsEntry("letter_number", number)
        .containsEntry("signer_method", "BSRE");
    byte[] signed = documentOf((String) driver.variable(request, "replyLetterUrl"));
    assertThat(SignatureCheck.check(signed).certificate()).isEqualTo(appliance.kadisCertificate());
    sendByHand(request);
    assertThat(request).isEnded();
  }

  @Test
  void anAnswerThatIsNoPdfIsATechnicalFaultThatEndsInAnIncident() {
    // given
    appliance.serveOn(bsre);
    appliance.becomeTheSignerOf(signer, bsre.baseUrl());
    appliance.answer(Answer.NOT_A_PDF);
    ProcessInstance request = approvalTaskOfTheKadis();
    int lastNumberBefore = lastNumber();

    // when
    approveWithPassphrase(request);
    driver.failJobUntilIncident(request, "Task_FinalizeReplyLetter");

    // then: an incident for an administrator, the approval kept, nothing issued
    assertThat(driver.incident(request).getIncidentMessage())
        .contains("Layanan penandatanganan (BSRE) mengembalikan berkas yang bukan PDF");
    assertThat(request).isWaitingAt("Task_FinalizeReplyLetter");
    assertThat(lastNumber()).isEqualTo(lastNumberBefore);
    assertNothingIssued(request);

    // when: the appliance is repaired and an administrator retries the job
    appliance.answer(Answer.SIGNED_BY_THE_KADIS);
    driver.retryIncident(request);
    driver.executeJob(request, "Task_FinalizeReplyLetter");

    // then
    assertThat(request).isWaitingAt("Task_SendReplyLetterByHand");
    assertThat(lastNumber()).isEqualTo(lastNumberBefore + 1);
  }

  private ProcessInstance approvalTaskOfTheKadis() {
    ProcessInstance request = provisionedRequest();
    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of());
    driver.complete(request, "Task_RaiseDraftToKadis", Map.of("kabidDecision", "RAISE"));
    return request;
  }

  private void approveWithPassphrase(ProcessInstance request) {
    driver.complete(
        request,
        "Task_ApproveReplyLetter",
        Map.of("kadisDecision", "APPROVE", "signerPassphrase", RIGHT_PASSPHRASE));
  }

  private void assertNothingIssued(ProcessInstance request) {
    assertThat(issuedLetter(request))
        .containsEntry("letter_number", null)
        .containsEntry("final_document_id", null)
        .containsEntry("signed_at", null);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from apt_document where process_instance_id = ?"
                    + " and kind = 'SURAT_BALASAN'",
                Integer.class,
                request.getId()))
        .isZero();
    assertThat(outbox.of(request.getId())).isEmpty();
    assertThat(engine.getRuntimeService().getVariable(request.getId(), "replyLetterNumber"))
        .isNull();
  }

  private Map<String, Object> issuedLetter(ProcessInstance request) {
    return jdbc.queryForMap(
        "select letter_number, final_document_id, signer_method, signed_at from apt_letter"
            + " where process_instance_id = ? and kind = 'SURAT_BALASAN'",
        request.getId());
  }

  @Test
  void inManualModeThePelaksanaGetsTheExactRecordAndTheLetterSaysOnlyWhatWasConfirmed()
      throws IOException {
    // given
    String name = uniqueName();
    String fqdn = name + ".trenggalekkab.go.id";
    ProcessInstance request = submit(name);
    disposeByKadisAndKabid(request);

    // when: step 5 in manual mode
    driver.executeJob(request, "Task_ProvisionSubdomain");

    // then: the name is reserved, nothing claims to exist, the Pelaksana has the instructions
    assertThat(request).isWaitingAt("Task_CreateSubdomainManually");
    Task task = driver.openTask(request);
    assertThat(task.getDueDate()).isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> "executor".equals(link.getGroupId()));
    assertThat(registry.findByName(name).orElseThrow().status()).isEqualTo("DIPROSES");
    assertThat(driver.variable(request, "dnsRecordName")).isEqualTo(fqdn);
    assertThat(driver.variable(request, "dnsRecordType")).isEqualTo("A");
    assertThat(driver.variable(request, "dnsRecordTarget")).isEqualTo("103.10.20.30");
    assertThat(driver.variable(request, "dnsRecordTtl")).isEqualTo("3600 detik");
    assertThat((String) driver.variable(request, "integrationModeNote"))
        .isEqualTo("Mode manual: integrasi DNS belum dikonfigurasi (aptika.dns.mode=manual).");

    // a completion that does not confirm the record is refused
    assertThatThrownBy(
            () ->
                driver.complete(
                    request,
                    "Task_CreateSubdomainManually",
                    Map.of("dnsRecordCreated", false, "dnsConfirmedTarget", "103.10.20.30")))
        .hasMessageContaining(
            "Rekaman DNS sudah dibuat: centang setelah rekaman benar-benar dibuat");

    // when: the Pelaksana confirms the record with the target actually used
    createByHand(request, "103.10.20.31");

    // then: recorded as confirmed, with the honest DNS check
    ServiceRegistry.Entry entry = registry.findByName(name).orElseThrow();
    assertThat(entry.status()).isEqualTo("AKTIF");
    assertThat(entry.target()).isEqualTo("103.10.20.31");
    assertThat(driver.variable(request, "dnsCheck")).isEqualTo("UNREACHABLE");
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains(
            "Langkah 5: rekaman DNS A "
                + fqdn
                + " -> 103.10.20.31 (TTL 3600 detik) dibuat secara"
                + " manual oleh Agus Prasetyo pada ",
            "dikonfirmasi di Tasklist",
            "server DNS tidak dapat dihubungi");
    driver.executeJob(request, "Task_GenerateReplyLetterDraft");
    byte[] draft = documentOf((String) driver.variable(request, "replyLetterDraftUrl"));
    assertThat(text(draft))
        .contains("diarahkan ke 103.10.20.31, dibuat secara manual oleh Pelaksana")
        .doesNotContain("103.10.20.30");
  }

  @Test
  void aDnsAnswerWithAnotherTargetGoesBackToThePelaksanaWithWhatDnsSaid() {
    // given
    String name = uniqueName();
    ProcessInstance request = submit(name);
    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_ProvisionSubdomain");
    org.mockito.Mockito.doReturn(
            new DnsCheck.Result(DnsCheck.Visibility.DIFFERENT, List.of("192.0.2.99")))
        .when(dnsCheck)
        .check(name + ".trenggalekkab.go.id", "A", "103.10.20.30");

    // when
    createByHand(request, "103.10.20.30");

    // then
    assertThat(request).isWaitingAt("Task_CreateSubdomainManually");
    assertThat((String) driver.variable(request, "dnsCheckResult"))
        .contains("mengarah ke 192.0.2.99, bukan 103.10.20.30");
    assertThat(registry.findByName(name).orElseThrow().status()).isEqualTo("DIPROSES");
  }

  @Test
  void inManualModeThePelaksanaSendsTheLetterAndConfirmsDateAndChannel() {
    // given: a signed letter, mail not integrated (no SMTP server)
    ProcessInstance request = provisionedRequest();
    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of("executorNotes", "Siap."));
    driver.complete(request, "Task_RaiseDraftToKadis", Map.of("kabidDecision", "RAISE"));
    driver.complete(request, "Task_ApproveReplyLetter", Map.of("kadisDecision", "APPROVE"));
    driver.executeJob(request, "Task_FinalizeReplyLetter");
    String number = (String) driver.variable(request, "replyLetterNumber");

    // then: the Pelaksana has the letter and the mail to send
    assertThat(request).isWaitingAt("Task_SendReplyLetterByHand");
    assertThat((String) driver.variable(request, "replyLetterMailSubject"))
        .startsWith("[" + request.getBusinessKey() + "] Surat balasan nomor " + number);
    assertThat(outbox.of(request.getId())).isEmpty();

    // a date in the future, or before the letter was signed, is refused
    for (String wrong : List.of("2099-01-01", "2020-01-01")) {
      assertThatThrownBy(
              () ->
                  driver.complete(
                      request,
                      "Task_SendReplyLetterByHand",
                      Map.of("sentOn", wrong, "sentChannel", "SRIKANDI")))
          .hasMessageContaining("Tanggal dikirim tidak boleh");
    }

    // when
    String today = id.go.trenggalekkab.aptika.system.OfficeTime.today().toString();
    driver.complete(
        request, "Task_SendReplyLetterByHand", Map.of("sentOn", today, "sentChannel", "SRIKANDI"));

    // then
    assertThat(request)
        .hasPassed("Task_SendReplyLetterByHand")
        .hasNotPassed("Task_SendReplyLetter")
        .isEnded();
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains(
            "Langkah 9: surat balasan nomor "
                + number
                + " dikirim kepada Siti Rahmawati"
                + " melalui SRIKANDI pada ");
    assertThat(
            jdbc.queryForObject(
                "select reply_letter_number from apt_service where process_instance_id = ?",
                String.class,
                request.getId()))
        .isEqualTo(number);
  }

  @Test
  void anSmtpServerThatRefusesIsRetriedThenAnIncidentAndTheProcessDoesNotEnd() {
    // given
    ProcessInstance request = provisionedRequest();
    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of("executorNotes", "Siap."));
    driver.complete(request, "Task_RaiseDraftToKadis", Map.of("kabidDecision", "RAISE"));
    driver.complete(request, "Task_ApproveReplyLetter", Map.of("kadisDecision", "APPROVE"));
    org.mockito.Mockito.doReturn(false).when(integrations).manual("mail");
    ((org.springframework.mail.javamail.JavaMailSenderImpl) mailSender).setPort(1);
    driver.executeJob(request, "Task_FinalizeReplyLetter");

    // when
    driver.failJobUntilIncident(request, "Task_SendReplyLetter");

    // then
    assertThat(request).isWaitingAt("Task_SendReplyLetter").isNotEnded();
    assertThat(driver.incident(request)).isNotNull();
    assertThat(outbox.of(request.getId())).isEmpty();

    // when: SMTP works again and the administrator retries, the mail goes out once
    ((org.springframework.mail.javamail.JavaMailSenderImpl) mailSender)
        .setPort(smtp.getSmtp().getPort());
    driver.retryIncident(request);
    driver.executeJob(request, "Task_SendReplyLetter");
    assertThat(request).isEnded();
    assertThat(outbox.of(request.getId())).singleElement();
  }

  @Test
  void aHostingRequestNeedsNoTargetAndIsRecordedAsHosting() {
    String name = uniqueName();
    ProcessInstance request = hostingRequestPastStepFive(name);

    assertThat(registry.findByName(name))
        .get()
        .extracting(ServiceRegistry.Entry::serviceType)
        .isEqualTo("HOSTING");
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains("virtual host nginx untuk " + name + ".trenggalekkab.go.id")
        .contains("menunggu dibuat secara manual oleh Pelaksana");
    assertThat(driver.variable(request, "manualWork")).isEqualTo("DNS_HOSTING");
    assertThat(driver.variable(request, "vhostServerName"))
        .isEqualTo(name + ".trenggalekkab.go.id");
  }

  @Test
  void aSiteTheSystemMadeIsCheckedOncePerAttemptThenAnIncidentAndOnceServedTheRequestGoesOn() {
    // given: hosting integrated (a web server of the test's own), DNS still by hand
    WebServerDouble web = new WebServerDouble();
    org.mockito.Mockito.doReturn(false).when(integrations).manual("hosting");
    org.mockito.Mockito.doReturn(java.util.Optional.of(web)).when(adapters).hosting();
    String name = uniqueName();
    String fqdn = name + ".trenggalekkab.go.id";
    ProcessInstance request = hostingRequestPastStepFive(name);
    assertThat(request).isWaitingAt("Task_VerifyVirtualHost");

    // when: the web server does not serve the name
    int attempts = driver.failJobUntilIncident(request, "Task_VerifyVirtualHost");

    // then: one request per attempt, ten attempts (R10/PT3S), an incident with the message
    assertThat(attempts).isEqualTo(10);
    assertThat(web.checks()).hasSize(10).containsOnly(fqdn);
    assertThat(driver.incident(request).getActivityId()).isEqualTo("Task_VerifyVirtualHost");
    assertThat(driver.incident(request).getIncidentMessage())
        .isEqualTo("Virtual host " + fqdn + " belum disajikan server web uji.");
    assertThat(request).isWaitingAt("Task_VerifyVirtualHost");
    assertThat((String) driver.variable(request, "systemNotes")).doesNotContain("disajikan");

    // when: it serves the name and an administrator retries
    web.serve(fqdn);
    driver.retryIncident(request);
    driver.executeJob(request, "Task_VerifyVirtualHost");

    // then: the check is noted, and the Pelaksana creates the record by hand
    assertThat(request).isWaitingAt("Task_CreateSubdomainManually");
    assertThat(driver.variable(request, "manualWork")).isEqualTo("DNS");
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains("Langkah 5: virtual host " + fqdn + " disajikan server web uji.");
    assertThat(registry.findByName(name).orElseThrow().status())
        .as("AKTIF once the Pelaksana's record is confirmed")
        .isEqualTo("DIPROSES");
    createByHand(request, "192.0.2.10");
    assertThat(request).isWaitingAt("Task_GenerateReplyLetterDraft");
    assertThat(registry.findByName(name).orElseThrow())
        .extracting(ServiceRegistry.Entry::status, ServiceRegistry.Entry::hostingProvider)
        .containsExactly("AKTIF", "nginx");
    assertThat((String) driver.variable(request, "serviceStatement"))
        .contains("ruang hosting-nya disiapkan oleh sistem pada server hosting Dinas");
  }

  @Test
  void aVirtualHostMadeByHandIsNotCheckedByTheSystemAndTheNotesSaySo() {
    // given: a hosting request, hosting in manual mode (no nginx configured)
    String name = uniqueName();
    String fqdn = name + ".trenggalekkab.go.id";
    ProcessInstance request = hostingRequestPastStepFive(name);

    // when: the Pelaksana creates the record and the virtual host by hand and confirms both
    people().actAs("agus");
    try {
      driver.complete(
          request,
          "Task_CreateSubdomainManually",
          Map.of(
              "dnsRecordCreated",
              true,
              "dnsConfirmedTarget",
              "103.10.20.40",
              "vhostCreated",
              true,
              "vhostConfirmedDocumentRoot",
              "/var/www/" + fqdn));
    } finally {
      people().actAsNobody();
    }
    driver.executeJob(request, "Task_CheckSubdomainInDns");

    // then: no machine check of the site took place, and nothing claims one
    assertThat(request)
        .isWaitingAt("Task_GenerateReplyLetterDraft")
        .hasPassed("Gateway_VirtualHostBySystem")
        .hasNotPassed("Task_VerifyVirtualHost");
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains(
            "virtual host "
                + fqdn
                + " (document root /var/www/"
                + fqdn
                + ") dibuat secara manual oleh Agus Prasetyo",
            "Virtual host tidak diperiksa oleh sistem (aptika.hosting.mode=manual): yang tercatat"
                + " adalah konfirmasi Pelaksana.")
        .doesNotContain("disajikan");
    assertThat((String) driver.variable(request, "serviceStatement"))
        .contains("disiapkan secara manual oleh Pelaksana dan dikonfirmasi pada")
        .doesNotContain("dapat digunakan");
    assertThat(registry.findByName(name).orElseThrow().hostingProvider())
        .isEqualTo("nginx (dibuat manual)");
  }

  private int lastNumber() {
    Integer last =
        jdbc.queryForObject(
            "select coalesce(max(last_number), 0) from apt_letter_sequence where number_year = 2026",
            Integer.class);
    return last == null ? 0 : last;
  }

  private byte[] documentOf(String url) {
    return documents.content(url.substring(url.lastIndexOf('/') + 1));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private MimeMessage receivedBy(String recipient, String number) throws Exception {
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getSubject().contains(number)
          && message.getAllRecipients()[0].toString().equals(recipient)) {
        return message;
      }
    }
    throw new AssertionError("no mail to " + recipient + " about " + number);
  }

  @Test
  void aNameInTheRegistryOfServicesIsRefusedAtSubmissionAndAgainAtStepFour() {
    // given: a second request asks for the name while the first is still on its way
    String name = uniqueName();
    ProcessInstance first = submit(name);
    ProcessInstance second = submit(name);
    disposeByKadisAndKabid(first);
    driver.executeJob(first, "Task_ProvisionSubdomain");

    // when: the first has taken the name, the second reaches step 4
    disposeByKadisAndKabid(second);

    // then
    assertThat(second).isWaitingAt("Task_ReviseRequest").hasNotPassed("Task_ProvisionSubdomain");
    assertThat((String) driver.variable(second, "completenessProblems")).contains(name);
    assertThat(registry.findByName(name).orElseThrow().processInstanceId())
        .isEqualTo(first.getId());

    // and a third request for the taken name does not even start
    assertThatThrownBy(() -> submit(name))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Nama sub domain \"" + name + "\" sudah terdaftar");
  }

  @Test
  void aReservedNameIsRefusedAtSubmissionBeforeAnyoneDisposesOfIt() {
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> submit("www"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Nama sub domain \"www\" dicadangkan");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(instances);
  }

  @Test
  void twoRequestsForOneNamePassStepFourAndTheLaterGoesBackFromStepFiveWithTheReason() {
    // given: both requests pass step 4 before either reaches step 5
    String name = uniqueName();
    ProcessInstance first = submit(name);
    ProcessInstance second = submit(name);
    disposeByKadisAndKabid(first);
    disposeByKadisAndKabid(second);
    assertThat(second).isWaitingAt("Task_ProvisionSubdomain");

    // when
    driver.executeJob(first, "Task_ProvisionSubdomain");
    driver.executeJob(second, "Task_ProvisionSubdomain");

    // then: the later one is back with the applicant, with the reason, and holds nothing
    assertThat(second)
        .hasPassed("BoundaryEvent_SubdomainNameTaken")
        .isWaitingAt("Task_ReviseRequest");
    assertThat((String) driver.variable(second, "completenessProblems"))
        .contains(name + ".trenggalekkab.go.id sudah tercatat untuk permohonan lain");
    assertThat(registry.findByName(name).orElseThrow().processInstanceId())
        .isEqualTo(first.getId());

    // when: the applicant chooses another name, the request runs again and is provisioned
    String corrected = uniqueName();
    driver.complete(
        second,
        "Task_ReviseRequest",
        Map.of(
            "subdomainName",
            corrected,
            "requestLetter",
            Variables.fileValue("").file(new byte[0]).create()));
    driver.assertMarkedAsRevision(second, 1, "sudah tercatat untuk permohonan lain");
    disposeByKadisAndKabid(second);
    driver.executeJob(second, "Task_ProvisionSubdomain");
    createByHand(second, "103.10.20.30");

    // then
    assertThat(second).isWaitingAt("Task_GenerateReplyLetterDraft");
    assertThat(registry.findByName(corrected).orElseThrow().processInstanceId())
        .isEqualTo(second.getId());
    assertThat((String) driver.variable(second, "createdService"))
        .contains("Rekaman DNS: A " + corrected + ".trenggalekkab.go.id")
        .contains("Status di daftar layanan: AKTIF");
  }

  private ProcessInstance provisionedRequest() {
    ProcessInstance request = submit(uniqueName());
    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_ProvisionSubdomain");
    createByHand(request, "103.10.20.30");
    driver.executeJob(request, "Task_GenerateReplyLetterDraft");
    return request;
  }

  /** The Pelaksana creates the record by hand and confirms it; DNS is not reachable in tests. */
  private void createByHand(ProcessInstance request, String target) {
    people().actAs("agus");
    try {
      driver.complete(
          request,
          "Task_CreateSubdomainManually",
          Map.of("dnsRecordCreated", true, "dnsConfirmedTarget", target));
    } finally {
      people().actAsNobody();
    }
    driver.executeJob(request, "Task_CheckSubdomainInDns");
  }

  /**
   * With mail integrated (GreenMail), a new request through every step to its signed reply letter,
   * whose sending job waits.
   */
  private ProcessInstance signedLetterAwaitingMail(String name) {
    ProcessInstance request = submit(name);
    org.mockito.Mockito.doReturn(false).when(integrations).manual("mail");
    ((org.springframework.mail.javamail.JavaMailSenderImpl) mailSender)
        .setPort(smtp.getSmtp().getPort());
    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_ProvisionSubdomain");
    createByHand(request, "103.10.20.30");
    driver.executeJob(request, "Task_GenerateReplyLetterDraft");
    driver.complete(request, "Task_PrepareReplyLetterDraft", Map.of("executorNotes", "Siap."));
    driver.complete(request, "Task_RaiseDraftToKadis", Map.of("kabidDecision", "RAISE"));
    driver.complete(request, "Task_ApproveReplyLetter", Map.of("kadisDecision", "APPROVE"));
    driver.executeJob(request, "Task_FinalizeReplyLetter");
    return request;
  }

  /** No SMTP server: the Pelaksana sends the signed letter through SRIKANDI today. */
  private void sendByHand(ProcessInstance request) {
    String today = id.go.trenggalekkab.aptika.system.OfficeTime.today().toString();
    driver.complete(
        request, "Task_SendReplyLetterByHand", Map.of("sentOn", today, "sentChannel", "SRIKANDI"));
  }

  private id.go.trenggalekkab.aptika.identity.People people() {
    return new id.go.trenggalekkab.aptika.identity.People(engine.getIdentityService());
  }

  private ProcessInstance submit(String subdomainName) {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", subdomainName);
    return driver.startAs(CLERK_DINKES, PROCESS, variables);
  }

  /** A request for a name with hosting (no target), disposed, complete, its step 5 job run. */
  private ProcessInstance hostingRequestPastStepFive(String name) {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", name);
    variables.put("serviceType", "HOSTING");
    variables.remove("targetAddress");
    ProcessInstance request = driver.startAs(CLERK_DINKES, PROCESS, variables);
    disposeByKadisAndKabid(request);
    driver.executeJob(request, "Task_ProvisionSubdomain");
    return request;
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

  private int heldPassphrases(ProcessInstance request) {
    return jdbc.queryForObject(
        "select count(*) from apt_passphrase where process_instance_id = ?",
        Integer.class,
        request.getId());
  }
}
