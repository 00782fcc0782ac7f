package id.go.trenggalekkab.aptika.browser;

import static id.go.trenggalekkab.aptika.browser.TasklistBrowser.variableField;
import static id.go.trenggalekkab.aptika.identity.RequestFixtures.onePagePdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.go.trenggalekkab.aptika.SystemPackages;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.letter.IndonesianDates;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.splp.CredentialVault;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulatorConfiguration;
import id.go.trenggalekkab.aptika.system.IntegrationModes;
import id.go.trenggalekkab.aptika.system.Integrations.Integration;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processes run to their end through the real Camunda Tasklist alone, driven through Debian's
 * Chromium: the completeness loop of the subdomain request (step 4 returns it to the clerk, who
 * corrects it in the same embedded form), the subdomain request through every step to the reply
 * letter, and SOP B (the API user's SPLP application). The job executor runs, so the asynchronous
 * service tasks run by themselves; the test waits for them by polling the engine. Every step is
 * checked in the engine too. Screenshots of the key steps land in {@code target/screenshots/}.
 *
 * <p>Each test is independent (its own letter number and subdomain name in one shared application);
 * the order only makes the screenshots read in sequence. Skipped where Chromium is not installed,
 * failed there with {@code -Daptika.requireSystemPackages=true} (see {@link SystemPackages}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistEndToEndIT {

  private static final String SUBDOMAIN_PROCESS_NAME = "Pengajuan Sub Domain / Hosting";
  private static final String SPLP_APPLICATION_PROCESS_NAME = "Pembuatan Aplikasi Pengguna SPLP";
  private static final String MY_TASKS = "Tugas saya";
  private static final String MY_GROUP_TASKS = "Tugas kelompok saya";

  /** How long an asynchronous step may take before the test gives up. */
  private static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(30);

  private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

  @RegisterExtension
  static final TasklistBrowser tasklist =
      TasklistBrowser.signedOutBeforeEachTest(
          "browser-end-to-end-it",
          // the job executor stays on (the default); poll often so the async steps run soon
          "--camunda.bpm.job-execution.wait-time-in-millis=200",
          "--camunda.bpm.job-execution.max-wait=1000",
          // SOP B below runs integrated against the SPLP simulator (test scope); the manual
          // SPLP steps switch the portal to manual mode, the default, for their own run
          "--spring.profiles.active=" + SplpSimulatorConfiguration.PROFILE,
          // no DNS server answers here: the check after the manual step 5 says so at once
          "--aptika.dns.check-resolver=127.0.0.1:9",
          "--aptika.dns.check-timeout=1s");

  private static Page page() {
    return tasklist.page();
  }

  @Test
  @Order(1)
  void aNameTakenInTheMeantimeReturnsTheRequestToTheClerkWhoCorrectsItInTheSameForm(
      @TempDir Path tmp) throws IOException {
    String letterNumber = "000.1/201/406.009/2026";
    String takenName = "simpus-lama";
    Map<String, String> request = requestFields(letterNumber, takenName);
    Path letter = tmp.resolve("surat-permohonan-" + takenName + ".pdf");
    Files.write(letter, onePagePdf("Surat permohonan sub domain " + takenName));

    // --- step 1: the clerk submits a name that is free; another request takes it meanwhile ---
    tasklist.logIn("siti", "Siti Rahmawati");
    submitSubdomainRequest(request, letter, "loop-01-start-form");
    ProcessInstance instance = startedRequest(letterNumber);
    tasklist.bean(ServiceRegistry.class).reserve(RequestFixtures.anotherRequestTaking(takenName));
    String letterDocumentId =
        (String) runtime().getVariable(instance.getId(), "requestLetterDocumentId");
    assertThat(letterDocumentId).as("the stored letter").isNotBlank();
    tasklist.logOut("Siti Rahmawati");

    // --- steps 2 and 3: the Kadis and the Kabid dispose it ---
    String kadisInstruction = "Kabid Aptika: mohon diproses permohonan sub domain Dinas Kesehatan.";
    String kabidInstruction = "Pelaksana: periksa kelengkapan dan siapkan sub domain yang diminta.";
    dispose(instance, "budi", "Budi Santoso", "Disposisi Kadis Kominfo", kadisInstruction);
    dispose(instance, "sri", "Sri Wahyuni", "Disposisi Kabid Aptika", kabidInstruction);

    // --- step 4 (automatic, on the Kabid's completion) finds the name taken ---
    Task revise = waitForTask(instance, "Task_ReviseRequest");
    assertThat(runtime().getVariable(instance.getId(), "requestComplete")).isEqualTo(false);
    assertThat((String) runtime().getVariable(instance.getId(), "completenessProblems"))
        .contains(takenName);

    // --- step 1 again: the clerk opens the returned request in the same embedded form ---
    tasklist.logIn("siti", "Siti Rahmawati");
    assertThat(revise.getName()).isEqualTo("Memperbaiki dan mengirim ulang surat permohonan");
    // hers at once: the request comes back to the clerk who submitted it, in Tugas saya
    assertThat(revise.getAssignee()).isEqualTo("siti");
    PlaywrightAssertions.assertThat(openTask(MY_TASKS, revise)).containsText(letterNumber);
    Locator form = page().locator("form[name='subdomainStartForm']");
    Locator revisionPanel = form.locator("#revisionPanel");
    PlaywrightAssertions.assertThat(revisionPanel).isVisible();
    PlaywrightAssertions.assertThat(revisionPanel).containsText(takenName);
    PlaywrightAssertions.assertThat(revisionPanel).containsText(kadisInstruction);
    PlaywrightAssertions.assertThat(revisionPanel).containsText(kabidInstruction);
    // her earlier values are there, ready to correct
    request.forEach(
        (name, value) ->
            PlaywrightAssertions.assertThat(variableField(form, name)).hasValue(value));
    revisionPanel.scrollIntoViewIfNeeded();
    tasklist.screenshot("loop-02-revise-form-with-problems");

    String correctedName = "simpus-dinkes";
    Locator subdomainField = variableField(form, "subdomainName");
    TasklistBrowser.fill(Map.of(subdomainField, correctedName));
    subdomainField.evaluate("field => field.scrollIntoView({block: 'center'})");
    // no new letter: the stored one stays, so Complete is enabled without a file
    Locator completeButton = completeButton();
    PlaywrightAssertions.assertThat(completeButton).isEnabled();
    tasklist.screenshot("loop-03-revise-form-corrected");
    completeButton.click();
    PlaywrightAssertions.assertThat(form).isHidden();
    PlaywrightAssertions.assertThat(page().getByText("Select a task in the list.")).isVisible();
    tasklist.logOut("Siti Rahmawati");

    // --- back at step 2, with the corrected name and the same letter ---
    assertThat(currentTask(instance).getTaskDefinitionKey())
        .isEqualTo("Task_DisposeRequestByKadis");
    Map<String, Object> variables = runtime().getVariables(instance.getId());
    assertThat(variables)
        .containsEntry("subdomainName", correctedName)
        .containsEntry("requestLetterDocumentId", letterDocumentId)
        .doesNotContainKey("requestLetter");
    HistoricTaskInstance revised =
        history()
            .createHistoricTaskInstanceQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_ReviseRequest")
            .singleResult();
    assertThat(revised.getAssignee()).as("who corrected the request").isEqualTo("siti");
    assertThat(revised.getEndTime()).isNotNull();

    // --- the Kadis sees "Perbaikan ke-1" and why, and no disposition offered as new ---
    tasklist.logIn("budi", "Budi Santoso");
    openTask(MY_GROUP_TASKS, currentTask(instance));
    claim();
    PlaywrightAssertions.assertThat(page().getByText("Perbaikan ke-1")).isVisible();
    PlaywrightAssertions.assertThat(page().getByLabel("Alasan permohonan dikembalikan"))
        .hasValue(containing(takenName + "\" sudah terdaftar"));
    PlaywrightAssertions.assertThat(page().getByLabel("Disposisi Kadis Kominfo")).hasValue("");
    tasklist.screenshot("loop-04-kadis-form-marked-as-revision");
    tasklist.logOut("Budi Santoso");

    assertThat(tasklist.pageErrors())
        .as("uncaught errors in Tasklist or the forms' scripts")
        .isEmpty();
  }

  @Test
  @Order(2)
  void aSubdomainRequestRunsThroughEveryStepToTheReplyLetter(@TempDir Path tmp) throws IOException {
    String letterNumber = "000.1/202/406.009/2026";
    String subdomainName = "sikesda-layanan";
    Map<String, String> request = requestFields(letterNumber, subdomainName);
    Path letter = tmp.resolve("surat-permohonan-" + subdomainName + ".pdf");
    Files.write(letter, onePagePdf("Surat permohonan sub domain " + subdomainName));

    // --- steps 1 to 3 ---
    tasklist.logIn("siti", "Siti Rahmawati");
    submitSubdomainRequest(request, letter, "subdomain-01-start-form");
    ProcessInstance instance = startedRequest(letterNumber);
    tasklist.logOut("Siti Rahmawati");
    String kadisInstruction = "Kabid Aptika: segera buatkan sub domain " + subdomainName + ".";
    String kabidInstruction = "Pelaksana: buat rekaman DNS dan siapkan surat balasan.";
    dispose(instance, "budi", "Budi Santoso", "Disposisi Kadis Kominfo", kadisInstruction);
    dispose(instance, "sri", "Sri Wahyuni", "Disposisi Kabid Aptika", kabidInstruction);

    // --- step 4 passes; step 5 reserves the name and, in manual mode, gives the work to the
    // Pelaksana with the exact record to create ---
    String fqdn = subdomainName + ".trenggalekkab.go.id";
    Task createByHand = waitForTask(instance, "Task_CreateSubdomainManually");
    assertThat(runtime().getVariable(instance.getId(), "requestComplete")).isEqualTo(true);
    tasklist.logIn("agus", "Agus Prasetyo");
    openTask(MY_GROUP_TASKS, createByHand);
    claim();
    PlaywrightAssertions.assertThat(page().getByLabel("Mode", exact()))
        .hasValue("Mode manual: integrasi DNS belum dikonfigurasi (aptika.dns.mode=manual).");
    PlaywrightAssertions.assertThat(page().getByLabel("Nama lengkap")).hasValue(fqdn);
    PlaywrightAssertions.assertThat(page().getByLabel("Jenis", exact())).hasValue("A");
    PlaywrightAssertions.assertThat(page().getByLabel("Tujuan", exact())).hasValue("103.10.20.30");
    PlaywrightAssertions.assertThat(page().getByLabel("TTL", exact())).hasValue("3600 detik");
    PlaywrightAssertions.assertThat(page().getByText("Virtual host nginx")).isHidden();
    Locator confirmedTarget = page().getByLabel("Tujuan rekaman yang dibuat");
    PlaywrightAssertions.assertThat(confirmedTarget).hasValue("103.10.20.30");
    // the Pelaksana used another address of the same server, and says so
    TasklistBrowser.fill(Map.of(confirmedTarget, "103.10.20.31"));
    page().getByLabel("Rekaman DNS sudah saya buat di server DNS").check();
    TasklistBrowser.fill(
        Map.of(page().getByLabel("Catatan", exact()), "Dibuat di panel DNS kantor."));
    tasklist.screenshot("subdomain-02a-executor-creates-the-record-by-hand");
    complete();
    tasklist.logOut("Agus Prasetyo");
    Task prepareDraft = waitForTask(instance, "Task_PrepareReplyLetterDraft");
    ServiceRegistry.Entry entry =
        tasklist.bean(ServiceRegistry.class).findByName(subdomainName).orElseThrow();
    assertThat(entry.status()).isEqualTo("AKTIF");
    assertThat(entry.target()).isEqualTo("103.10.20.31");

    // --- step 6: the Pelaksana sees the system's notes and the dispositions, and raises it ---
    tasklist.logIn("agus", "Agus Prasetyo");
    // the Pelaksana may not read the request's variables outside its tasks: its card shows no
    // letter number, so the test finds the card by the task's id
    openTask(MY_GROUP_TASKS, prepareDraft);
    claim();
    Locator systemNotes = page().getByLabel("Catatan sistem");
    PlaywrightAssertions.assertThat(systemNotes)
        .hasValue(
            containing(
                "rekaman DNS A "
                    + fqdn
                    + " -> 103.10.20.31 (TTL 3600 detik) dibuat secara"
                    + " manual oleh Agus Prasetyo pada "));
    PlaywrightAssertions.assertThat(systemNotes)
        .hasValue(containing("Dibuat di panel DNS kantor."));
    PlaywrightAssertions.assertThat(systemNotes).hasValue(containing(subdomainName));
    PlaywrightAssertions.assertThat(page().getByLabel("Disposisi Kadis Kominfo (langkah 2)"))
        .hasValue(kadisInstruction);
    PlaywrightAssertions.assertThat(page().getByLabel("Disposisi Kabid Aptika (langkah 3)"))
        .hasValue(kabidInstruction);
    Locator executorNotes = page().getByLabel("Catatan untuk Kabid Aptika");
    TasklistBrowser.fill(
        Map.of(executorNotes, "Rekaman DNS dibuat; konsep surat balasan siap diperiksa."));
    systemNotes.scrollIntoViewIfNeeded();
    tasklist.screenshot("subdomain-02-executor-form-with-system-notes");
    complete();
    tasklist.logOut("Agus Prasetyo");
    Task raiseDraft = waitForTask(instance, "Task_RaiseDraftToKadis");

    // --- step 7: the Kabid returns the draft once; the Pelaksana revises its text ---
    tasklist.logIn("sri", "Sri Wahyuni");
    PlaywrightAssertions.assertThat(openTask(MY_GROUP_TASKS, raiseDraft))
        .containsText(letterNumber);
    claim();
    page().getByLabel("Kembalikan ke pelaksana untuk diperbaiki").check();
    TasklistBrowser.fill(
        Map.of(
            page().getByLabel("Catatan perbaikan untuk pelaksana"),
            "Sebutkan nama aplikasinya di Hal."));
    complete();
    tasklist.logOut("Sri Wahyuni");
    Task revise = waitForTask(instance, "Task_PrepareReplyLetterDraft");
    tasklist.logIn("agus", "Agus Prasetyo");
    openTask(MY_GROUP_TASKS, revise);
    claim();
    PlaywrightAssertions.assertThat(page().getByLabel("Catatan dari Kabid Aptika"))
        .hasValue("Sebutkan nama aplikasinya di Hal.");
    Locator hal = page().getByLabel(Pattern.compile("^Hal\\b"));
    PlaywrightAssertions.assertThat(hal)
        .hasValue("Pembuatan Sub Domain " + subdomainName + ".trenggalekkab.go.id");
    TasklistBrowser.fill(
        Map.of(hal, "Pembuatan Sub Domain " + subdomainName + ".trenggalekkab.go.id (SIKESDA)"));
    tasklist.screenshot("subdomain-03a-executor-revises-letter-text");
    complete();
    tasklist.logOut("Agus Prasetyo");
    raiseDraft = waitForTask(instance, "Task_RaiseDraftToKadis");

    // --- step 7: the Kabid raises the draft to the Kadis ---
    tasklist.logIn("sri", "Sri Wahyuni");
    openTask(MY_GROUP_TASKS, raiseDraft);
    claim();
    page().getByLabel("Naikkan ke Kepala Dinas untuk persetujuan").check();
    tasklist.screenshot("subdomain-03-kabid-raises-draft");
    complete();
    tasklist.logOut("Sri Wahyuni");
    Task approve = waitForTask(instance, "Task_ApproveReplyLetter");

    // --- step 8: the Kadis approves; numbering, signing and step 9 run as jobs ---
    tasklist.logIn("budi", "Budi Santoso");
    PlaywrightAssertions.assertThat(openTask(MY_GROUP_TASKS, approve)).containsText(letterNumber);
    claim();
    page().getByLabel("Setujui konsep surat").check();
    tasklist.screenshot("subdomain-04-kadis-approves");
    complete();
    tasklist.logOut("Budi Santoso");

    // --- step 9, manual (no SMTP here): the Pelaksana sends the signed letter and confirms it ---
    Task send = waitForTask(instance, "Task_SendReplyLetterByHand");
    String number = (String) runtime().getVariable(instance.getId(), "replyLetterNumber");
    assertThat(number).matches("060/ \\d{3} /406\\.020/\\d{4}");
    tasklist.logIn("agus", "Agus Prasetyo");
    openTask(MY_GROUP_TASKS, send);
    claim();
    PlaywrightAssertions.assertThat(page().getByLabel("Mode", exact()))
        .hasValue("Mode manual: server surel belum dikonfigurasi (spring.mail.host kosong).");
    PlaywrightAssertions.assertThat(page().getByLabel("Email contact person"))
        .hasValue(request.get("contactEmail"));
    PlaywrightAssertions.assertThat(page().getByLabel("Nomor surat balasan")).hasValue(number);
    Locator download =
        page()
            .getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                    .setName("Unduh surat balasan yang sudah ditandatangani"));
    String signedUrl = (String) runtime().getVariable(instance.getId(), "replyLetterUrl");
    PlaywrightAssertions.assertThat(download).hasAttribute("href", containing(signedUrl));
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    Locator sentOn = page().getByLabel("Tanggal surat dikirim");
    sentOn.fill(
        "%02d/%02d/%d".formatted(today.getMonthValue(), today.getDayOfMonth(), today.getYear()));
    sentOn.press("Enter");
    page().getByLabel("SRIKANDI").check();
    tasklist.screenshot("subdomain-05-executor-confirms-the-letter-was-sent");
    complete();
    tasklist.logOut("Agus Prasetyo");

    HistoricProcessInstance ended = waitForEnd(instance.getId());
    assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(endEvents(ended.getId())).containsExactly("EndEvent_ReplyLetterSent");
    assertThat(completedTasks(instance.getId()))
        .containsExactly(
            "Task_DisposeRequestByKadis:budi",
            "Task_DisposeRequestByKabid:sri",
            "Task_CreateSubdomainManually:agus",
            "Task_PrepareReplyLetterDraft:agus",
            "Task_RaiseDraftToKadis:sri",
            "Task_PrepareReplyLetterDraft:agus",
            "Task_RaiseDraftToKadis:sri",
            "Task_ApproveReplyLetter:budi",
            "Task_SendReplyLetterByHand:agus");
    assertThat(historicVariable(instance.getId(), "kabidDecision")).isEqualTo("RAISE");
    assertThat(historicVariable(instance.getId(), "kadisDecision")).isEqualTo("APPROVE");
    assertThat(historicVariable(instance.getId(), "sentOn")).isEqualTo(today.toString());

    // the signed letter says exactly what was done and confirmed; the notes and registry too
    String letterText = pdfText(signedUrl);
    assertThat(letterText)
        .contains(
            "sub domain "
                + fqdn
                + " telah dibuat dengan rekaman DNS A yang diarahkan ke"
                + " 103.10.20.31, dibuat secara manual oleh Pelaksana Bidang Aplikasi dan"
                + " Informatika dan dikonfirmasi pada",
            "Pemeriksaan DNS otomatis belum dapat dilakukan")
        .doesNotContain("103.10.20.30")
        .contains(number, ended.getBusinessKey());
    assertThat((String) historicVariable(instance.getId(), "systemNotes"))
        .contains(
            "Langkah 9: surat balasan nomor "
                + number
                + " dikirim kepada Rahmat Hidayat melalui"
                + " SRIKANDI pada ",
            "dikonfirmasi oleh Agus Prasetyo");
    assertThat(
            tasklist
                .bean(ServiceRegistry.class)
                .findByName(subdomainName)
                .orElseThrow()
                .replyLetterNumber())
        .isEqualTo(number);
    assertThat(tasklist.bean(Outbox.class).of(instance.getId())).isEmpty();

    assertThat(tasklist.pageErrors())
        .as("uncaught errors in Tasklist or the forms' scripts")
        .isEmpty();
  }

  @Test
  @Order(3)
  void anApiUserCreatesAnSplpApplicationInTasklistAlone() {
    tasklist.logIn("fajar", "Fajar Nugroho");

    // --- the start form (a Camunda Form) asks what the API access is for ---
    page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start process")).click();
    Locator dialog = page().getByRole(AriaRole.DIALOG);
    dialog
        .getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName(SPLP_APPLICATION_PROCESS_NAME))
        .click();
    Locator purpose = dialog.getByLabel("Keperluan akses API");
    TasklistBrowser.fill(
        Map.of(purpose, "Aplikasi SIKESDA mengambil data kependudukan untuk pendaftaran pasien."));
    tasklist.screenshot("splp-01-start-form");
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start").setExact(true))
        .click();
    TasklistBrowser.assertStarted(page(), dialog);

    ProcessInstance instance =
        runtime()
            .createProcessInstanceQuery()
            .processDefinitionKey("SplpApplicationProcess")
            .variableValueEquals("initiator", "fajar")
            .singleResult();
    assertThat(instance).as("the started SplpApplicationProcess instance").isNotNull();
    assertThat(instance.getTenantId()).as("unit (tenant) of the API user").isEqualTo("dinkes");
    Task first = currentTask(instance);
    assertThat(first.getTaskDefinitionKey()).isEqualTo("Task_OpenSplpUserPortal");
    assertThat(first.getAssignee()).as("the first task is the starter's").isEqualTo("fajar");

    // --- step 1: his SPLP user name ---
    openTask(MY_TASKS, first);
    TasklistBrowser.fill(Map.of(page().getByLabel("Nama pengguna akun SPLP"), "dinkes.trenggalek"));
    tasklist.screenshot("splp-02-open-user-portal");
    complete();

    // --- step 2: the application's data ---
    // Tasklist points him to his next task of the same process; following the link closes the
    // note (left open for 16 s, it would cover the lower part of the form)
    Task second = waitForTask(instance, "Task_FillApplicationData");
    assertThat(second.getAssignee()).isEqualTo("fajar");
    Locator nextTaskNote = nextTaskNote();
    nextTaskNote
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(second.getName()))
        .click();
    PlaywrightAssertions.assertThat(nextTaskNote).isHidden();
    TasklistBrowser.fill(
        Map.of(
            page().getByLabel("Nama aplikasi"),
            "Simpus Mobile",
            page().getByLabel("Deskripsi aplikasi"),
            "Aplikasi puskesmas untuk membaca data pasien."));
    page().getByLabel("OAuth", exact()).check();
    page().getByLabel("Uji coba (SANDBOX)").check();
    chooseOption("Kebijakan pembatasan permintaan (throttling)", "10 permintaan per menit");
    // the callback URL is asked for the authorization code grant only
    chooseOption("Jenis grant OAuth2", "Authorization Code + Refresh Token");
    TasklistBrowser.fill(
        Map.of(page().getByLabel("URL callback"), "https://simpus.trenggalekkab.go.id/callback"));
    // an API the portal does not know: the portal's refusal comes back to him
    TasklistBrowser.fill(
        Map.of(page().getByLabel("API yang akan dilanggan"), "simalik/1.0\nkependudukan/1.0"));
    tasklist.screenshot("splp-03-application-data");
    complete();

    // --- step 3 runs as a job against the SPLP simulator; the refusal is his to resolve ---
    Task refused = waitForTask(instance, "Task_ResolveSplpApplicationRejection");
    assertThat(refused.getAssignee()).isEqualTo("fajar");
    openTask(MY_TASKS, refused);
    PlaywrightAssertions.assertThat(page().getByLabel("Jawaban portal SPLP"))
        .hasValue(containing("Portal SPLP tidak mengenal API 'kependudukan/1.0'"));
    page().getByLabel("Perbaiki data lalu buat ulang lewat sistem").check();
    PlaywrightAssertions.assertThat(page().getByLabel("Nama aplikasi")).hasValue("Simpus Mobile");
    TasklistBrowser.fill(
        Map.of(page().getByLabel("API yang akan dilanggan"), "simalik/1.0\ndukcapil/1.0"));
    tasklist.screenshot("splp-04-portal-refusal");
    complete();

    // --- the credentials, shown once in his task and nowhere else ---
    Task credentials = waitForTask(instance, "Task_RetrieveSplpCredentials");
    openTask(MY_TASKS, credentials);
    page()
        .getByRole(
            AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Tampilkan kredensial (sekali saja)"))
        .click();
    Locator secret = page().getByLabel("Consumer secret", exact());
    PlaywrightAssertions.assertThat(secret).hasValue(Pattern.compile("^[A-Za-z0-9_\\-]{20,}$"));
    PlaywrightAssertions.assertThat(page().getByLabel("API key", exact()))
        .hasValue(Pattern.compile("^eyJ"));
    PlaywrightAssertions.assertThat(page().getByLabel("Consumer key", exact()))
        .hasValue((String) runtime().getVariable(instance.getId(), "consumerKey"));
    tasklist.screenshot("splp-05-credentials-once");
    String credentialsId = (String) runtime().getVariable(instance.getId(), "credentialsId");
    assertThat(tasklist.bean(CredentialVault.class).isWaiting(credentialsId))
        .as("read once, the credentials are gone from the vault")
        .isFalse();
    page().getByLabel("Saya sudah menyimpan consumer secret dan API key di tempat aman.").check();
    complete();
    tasklist.logOut("Fajar Nugroho");

    HistoricProcessInstance ended = waitForEnd(instance.getId());
    assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(endEvents(ended.getId())).containsExactly("EndEvent_ApiAccessAvailable");
    assertThat(completedTasks(instance.getId()))
        .containsExactly(
            "Task_OpenSplpUserPortal:fajar",
            "Task_FillApplicationData:fajar",
            "Task_ResolveSplpApplicationRejection:fajar",
            "Task_RetrieveSplpCredentials:fajar");
    assertThat(tasklist.bean(SplpSimulator.class).subscriptionsOf("Simpus Mobile"))
        .containsExactly("simalik/1.0", "dukcapil/1.0");
    assertThat(historicVariable(instance.getId(), "splpUserName")).isEqualTo("dinkes.trenggalek");
    assertThat(historicVariable(instance.getId(), "tokenType")).isEqualTo("OAUTH");
    assertThat(historicVariable(instance.getId(), "keyType")).isEqualTo("SANDBOX");
    assertThat(historicVariable(instance.getId(), "throttlingPolicy")).isEqualTo("10PerMin");
    assertThat(historicVariable(instance.getId(), "grantTypes"))
        .isEqualTo("authorization_code refresh_token");
    assertThat(historicVariable(instance.getId(), "callbackUrl"))
        .isEqualTo("https://simpus.trenggalekkab.go.id/callback");

    assertThat(tasklist.pageErrors())
        .as("uncaught errors in Tasklist or the forms' scripts")
        .isEmpty();
  }

  @Test
  @Order(4)
  void inManualModeThePelaksanaRegistersTheSplpAccountByHandAndTheReportSaysWhatHeConfirmed()
      throws IOException {
    try (IntegrationModes manual =
        IntegrationModes.manual(tasklist.app().getEnvironment(), Integration.SPLP)) {
      // --- steps 1 to 4 through the engine: the request reaches the Pelaksana ---
      ProcessTest.Driver driver = new ProcessTest.Driver(tasklist.bean(ProcessEngine.class));
      ProcessInstance instance =
          driver.startAs(
              People.CLERK_DINKES, "SplpAccountProcess", RequestFixtures.anSplpAccountRequest());
      driver.complete(
          instance, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Mohon diproses."));
      driver.complete(
          instance,
          "Task_DisposeRequestByKabid",
          Map.of("dispositionKabid", "Pelaksana, daftarkan."));
      Task byHand = waitForTask(instance, "Task_RegisterSplpAccountByHand");

      // --- step 5: Agus reads what to do in the portal, does it, and confirms what he made ---
      tasklist.logIn("agus", "Agus Prasetyo");
      openTask(MY_GROUP_TASKS, byHand);
      PlaywrightAssertions.assertThat(
              page().getByText("Mode manual: integrasi portal SPLP belum dikonfigurasi."))
          .isVisible();
      PlaywrightAssertions.assertThat(page().getByLabel("Alamat portal SPLP"))
          .hasValue("https://splp.layanan.go.id/");
      PlaywrightAssertions.assertThat(page().getByLabel("Unit kerja pemohon"))
          .hasValue((String) runtime().getVariable(instance.getId(), "unitName"));
      PlaywrightAssertions.assertThat(page().getByLabel("Email contact person"))
          .hasValue((String) runtime().getVariable(instance.getId(), "contactEmail"));
      PlaywrightAssertions.assertThat(page().getByLabel("Organisasi (tenant)"))
          .hasValue("trenggalekkab.go.id");
      PlaywrightAssertions.assertThat(page().getByLabel("Peran (role)"))
          .hasValue("Internal/subscriber");
      PlaywrightAssertions.assertThat(page().getByLabel("Nama pengguna yang diusulkan"))
          .hasValue("siti");
      claim();
      page().getByLabel("Akun sudah saya buat di portal SPLP").check();
      TasklistBrowser.fill(
          Map.of(page().getByLabel("Akun SPLP yang dibuat"), "siti.dinkes@trenggalekkab.go.id"));
      tasklist.screenshot("splp-manual-01-pelaksana-registers-account");
      complete();
      tasklist.logOut("Agus Prasetyo");

      // --- step 6: the report the Kabid finalizes says exactly what Agus confirmed ---
      Task prepare = waitForTask(instance, "Task_PrepareActivityReport");
      tasklist.bean(TaskService.class).claim(prepare.getId(), "sri");
      driver.complete(
          instance, "Task_PrepareActivityReport", Map.of("activityReportNotes", "Selesai."));
      String confirmed =
          "Akun SPLP siti.dinkes@trenggalekkab.go.id dibuat secara manual oleh Pelaksana Agus"
              + " Prasetyo di portal SPLP https://splp.layanan.go.id/ pada "
              + IndonesianDates.format(LocalDate.now(OfficeTime.ZONE))
              + ", sesuai konfirmasi Pelaksana.";
      assertThat(pdfText((String) runtime().getVariable(instance.getId(), "activityReportUrl")))
          .contains(
              "Akun SPLP yang dibuat siti.dinkes@trenggalekkab.go.id", "Pelaksanaan " + confirmed)
          .doesNotContain("didaftarkan oleh sistem");
      assertThat((String) runtime().getVariable(instance.getId(), "systemNotes"))
          .contains("Langkah 5 (manual): " + confirmed);
      assertThat(tasklist.bean(SplpSimulator.class).userCount())
          .as("no portal was called")
          .isZero();
      assertThat(tasklist.pageErrors()).isEmpty();
    }
  }

  @Test
  @Order(5)
  void inManualModeThePenggunaCreatesHisApplicationAndKeysInThePortalHimself() {
    try (IntegrationModes manual =
        IntegrationModes.manual(tasklist.app().getEnvironment(), Integration.SPLP)) {
      // --- steps 1 and 2 through the engine ---
      ProcessTest.Driver driver = new ProcessTest.Driver(tasklist.bean(ProcessEngine.class));
      ProcessInstance instance =
          driver.startAs(
              People.API_USER_DINKES,
              "SplpApplicationProcess",
              RequestFixtures.anSplpApplicationRequest());
      driver.complete(
          instance, "Task_OpenSplpUserPortal", Map.of("splpUserName", "dinkes.trenggalek"));
      driver.complete(instance, "Task_FillApplicationData", RequestFixtures.anSplpApplication());
      Task byHand = waitForTask(instance, "Task_CreateSplpApplicationByHand");

      // --- step 3: his own task tells him what to make in the portal; he keeps the keys ---
      tasklist.logIn("fajar", "Fajar Nugroho");
      openTask(MY_TASKS, byHand);
      PlaywrightAssertions.assertThat(
              page().getByText("Mode manual: integrasi portal SPLP belum dikonfigurasi."))
          .isVisible();
      PlaywrightAssertions.assertThat(page().getByLabel("Alamat portal SPLP"))
          .hasValue("https://splp.layanan.go.id/");
      PlaywrightAssertions.assertThat(page().getByLabel("Nama aplikasi", exact()))
          .hasValue("sikesda-mobile");
      PlaywrightAssertions.assertThat(page().getByLabel("API yang akan dilanggan"))
          .hasValue("simalik/1.0\nsatudata/2.0");
      PlaywrightAssertions.assertThat(page().getByLabel("Consumer secret", exact())).hasCount(0);
      TasklistBrowser.fill(
          Map.of(
              page().getByLabel("Nama aplikasi yang dibuat di portal SPLP"),
              "sikesda-mobile-dinkes"));
      page().getByLabel("Kunci OAuth2 dan API key sudah saya simpan sendiri").check();
      tasklist.screenshot("splp-manual-02-pengguna-creates-application");
      complete();
      tasklist.logOut("Fajar Nugroho");

      // --- the end says what he did; the notes say who, what and when; no key is held here ---
      HistoricProcessInstance ended = waitForEnd(instance.getId());
      assertThat(endEvents(ended.getId())).containsExactly("EndEvent_ApplicationCreatedByPengguna");
      assertThat(completedTasks(instance.getId()))
          .containsExactly(
              "Task_OpenSplpUserPortal:fajar",
              "Task_FillApplicationData:fajar",
              "Task_CreateSplpApplicationByHand:fajar");
      assertThat((String) historicVariable(instance.getId(), "systemNotes"))
          .contains(
              "Langkah 3 (manual): Pengguna Fajar Nugroho membuat aplikasi 'sikesda-mobile-dinkes'"
                  + " beserta kunci OAuth2 dan API key sendiri di portal SPLP"
                  + " https://splp.layanan.go.id/ pada "
                  + IndonesianDates.format(LocalDate.now(OfficeTime.ZONE))
                  + ", sesuai konfirmasinya");
      assertThat(
              history()
                  .createHistoricVariableInstanceQuery()
                  .processInstanceId(instance.getId())
                  .variableNameIn("credentialsId", "consumerKey")
                  .count())
          .isZero();
      assertThat(tasklist.pageErrors()).isEmpty();
    }
  }

  private static String pdfText(String url) throws IOException {
    byte[] pdf =
        tasklist.bean(DocumentStore.class).content(url.substring(url.lastIndexOf('/') + 1));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  @Order(6)
  void withoutSmtpTheKadisSendsTheActivityReportByHandAndConfirmsIt() throws IOException {
    // given: an SPLP account request up to step 7, its earlier steps done through the engine
    id.go.trenggalekkab.aptika.identity.People people =
        new id.go.trenggalekkab.aptika.identity.People(
            tasklist.bean(org.camunda.bpm.engine.IdentityService.class));
    people.actAs(id.go.trenggalekkab.aptika.identity.People.CLERK_DISDIK);
    ProcessInstance instance;
    try {
      instance =
          runtime()
              .startProcessInstanceByKey(
                  "SplpAccountProcess", RequestFixtures.anSplpAccountRequest());
    } finally {
      people.actAsNobody();
    }
    TaskService tasks = tasklist.bean(TaskService.class);
    tasks.complete(
        waitForTask(instance, "Task_DisposeRequestByKadis").getId(),
        Map.of("dispositionKadis", "Kabid, mohon dibuatkan."));
    tasks.complete(
        waitForTask(instance, "Task_DisposeRequestByKabid").getId(),
        Map.of("dispositionKabid", "Pelaksana, buatkan."));
    tasks.complete(
        waitForTask(instance, "Task_PrepareActivityReport").getId(),
        Map.of("activityReportNotes", "Akun dibuat."));
    tasks.complete(
        waitForTask(instance, "Task_ForwardActivityReport").getId(),
        Map.of("forwardNotes", "Mohon dijaga kerahasiaannya."));
    Task send = waitForTask(instance, "Task_SendActivityReportByHand");

    // when: the Kadis sees what to send to whom, sends it on paper and confirms it
    tasklist.logIn("budi", "Budi Santoso");
    openTask(MY_GROUP_TASKS, send);
    claim();
    PlaywrightAssertions.assertThat(page().getByLabel("Mode", exact()))
        .hasValue("Mode manual: server surel belum dikonfigurasi (spring.mail.host kosong).");
    PlaywrightAssertions.assertThat(page().getByLabel("Email contact person"))
        .hasValue("siti@trenggalekkab.example");
    String reportUrl = (String) runtime().getVariable(instance.getId(), "activityReportUrl");
    PlaywrightAssertions.assertThat(
            page()
                .getByRole(
                    AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Unduh laporan kegiatan (PDF, tab baru)")))
        .hasAttribute("href", containing(reportUrl));
    PlaywrightAssertions.assertThat(page().getByLabel("Isi surel (bila dikirim lewat surel)"))
        .hasValue(containing("Mohon dijaga kerahasiaannya."));
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    Locator sentOn = page().getByLabel("Tanggal surat dikirim");
    sentOn.fill(
        "%02d/%02d/%d".formatted(today.getMonthValue(), today.getDayOfMonth(), today.getYear()));
    sentOn.press("Enter");
    page().getByLabel("Diantar langsung (kertas)").check();
    TasklistBrowser.fill(Map.of(page().getByLabel("Catatan", exact()), "Diterima staf Disdik."));
    tasklist.screenshot("splp-account-07-kadis-confirms-the-report-was-sent");
    complete();
    tasklist.logOut("Budi Santoso");

    // then: the end is reached, and the notes say what the Kadis confirmed, nothing more
    HistoricProcessInstance ended = waitForEnd(instance.getId());
    assertThat(endEvents(ended.getId())).containsExactly("EndEvent_ActivityReportForwarded");
    assertThat(completedTasks(instance.getId())).endsWith("Task_SendActivityReportByHand:budi");
    assertThat((String) historicVariable(instance.getId(), "systemNotes"))
        .contains(
            "Langkah 7: laporan kegiatan dikirim kepada Siti Rahmawati melalui surat kertas yang"
                + " diantar langsung pada "
                + id.go.trenggalekkab.aptika.letter.IndonesianDates.format(today)
                + ", dikonfirmasi oleh Budi Santoso",
            "(catatan: Diterima staf Disdik.)");
    assertThat(tasklist.bean(Outbox.class).of(instance.getId())).isEmpty();
    assertThat(tasklist.pageErrors())
        .as("uncaught errors in Tasklist or the forms' scripts")
        .isEmpty();
  }

  // --- steps in Tasklist ---

  /** A subdomain request of the Dinas Kesehatan, in the start form's field order. */
  private static Map<String, String> requestFields(String letterNumber, String subdomainName) {
    Map<String, String> request = new LinkedHashMap<>();
    request.put("requestLetterNumber", letterNumber);
    request.put("requestLetterDate", LocalDate.now().minusDays(3).toString());
    request.put("contactName", "Rahmat Hidayat");
    request.put("contactEmail", "rahmat.hidayat@dinkes.trenggalekkab.go.id");
    // in groups: the browser accepts what step 4 accepts
    request.put("contactPhone", "+62 812-3456-7890");
    request.put("subdomainName", subdomainName);
    request.put("subdomainPurpose", "Layanan informasi kesehatan untuk masyarakat Trenggalek.");
    request.put("serviceType", "SUBDOMAIN"); // before targetAddress: it shows that field
    request.put("targetAddress", "103.10.20.30");
    return request;
  }

  /** The signed-in clerk submits the embedded start form with the letter. */
  private static void submitSubdomainRequest(
      Map<String, String> request, Path letter, String screenshot) {
    page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start process")).click();
    Locator dialog = page().getByRole(AriaRole.DIALOG);
    dialog
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SUBDOMAIN_PROCESS_NAME))
        .click();
    request.forEach(
        (name, value) -> {
          Locator field = variableField(dialog, name);
          if ("serviceType".equals(name)) {
            field.selectOption(value);
          } else {
            TasklistBrowser.fill(Map.of(field, value));
          }
        });
    variableField(dialog, "requestLetter").setInputFiles(letter);
    Locator start =
        dialog.getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start").setExact(true));
    PlaywrightAssertions.assertThat(start).isEnabled();
    tasklist.screenshot(screenshot);
    start.click();
    TasklistBrowser.assertStarted(page(), dialog);
  }

  /** The Kadis or the Kabid signs in, claims the request's disposition task and disposes it. */
  private static void dispose(
      ProcessInstance instance, String userId, String fullName, String field, String instruction) {
    Task task = currentTask(instance);
    assertThat(task.getName()).isEqualTo("Mendisposisi surat permohonan");
    String letterNumber = (String) runtime().getVariable(instance.getId(), "requestLetterNumber");
    tasklist.logIn(userId, fullName);
    PlaywrightAssertions.assertThat(openTask(MY_GROUP_TASKS, task)).containsText(letterNumber);
    claim();
    TasklistBrowser.fill(Map.of(page().getByLabel(field), instruction));
    complete();
    tasklist.logOut(fullName);
  }

  /**
   * Opens a task from a filter: the card whose link leads to the task and shows its name. Returns
   * the card.
   */
  private static Locator openTask(String filter, Task task) {
    page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(filter)).click();
    Locator card =
        page()
            .locator("li.task")
            .filter(
                new Locator.FilterOptions()
                    .setHas(page().locator("a[href*='task=" + task.getId() + "']")));
    Locator link = card.locator("h4 a");
    PlaywrightAssertions.assertThat(link).hasText(task.getName());
    link.click();
    return card;
  }

  /** Claims the open task: Tasklist then shows the assignee in place of the Claim button. */
  private static void claim() {
    Locator claim =
        page()
            .getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim").setExact(true));
    claim.click();
    PlaywrightAssertions.assertThat(claim).isHidden();
  }

  /** Tasklist's note pointing to the user's next task of the same process, with a link to it. */
  private static Locator nextTaskNote() {
    return page()
        .locator(".notifications .alert")
        .filter(
            new Locator.FilterOptions()
                .setHasText("You are assigned to the following tasks in the same process"));
  }

  private static Locator completeButton() {
    return page()
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true));
  }

  /**
   * Completes the open task; Tasklist closes its form once the engine has completed it. A note
   * pointing to the next task of the same process is closed first: Tasklist shows it for 16 s when
   * that task exists as the last one is completed, which after an asynchronous step depends on how
   * fast the job ran, and it may cover the button.
   */
  private static void complete() {
    Locator close = nextTaskNote().locator("button.close:visible");
    while (close.count() > 0) {
      close.first().click();
    }
    Locator button = completeButton();
    try {
      PlaywrightAssertions.assertThat(button).isEnabled();
    } catch (AssertionError disabled) {
      TasklistBrowser.screenshot(page(), "complete-disabled");
      throw new AssertionError(
          "Tasklist's Complete button stayed disabled (screenshot complete-disabled.png); what"
              + " Tasklist disables it for: "
              + button.evaluate(
                  "button => { const s = window.angular?.element(button).scope(); return s ?"
                      + " JSON.stringify({taskRemoved: s.taskRemoved, completeInProgress:"
                      + " s.completeInProgress, formInvalid: s.$invalid, notTheAssignee:"
                      + " s.options?.disableCompleteButton}) : 'unknown'; }")
              + "; the form's fields: "
              + formFields(),
          disabled);
    }
    button.click();
    PlaywrightAssertions.assertThat(page().getByText("Select a task in the list.")).isVisible();
  }

  /** Each labelled field of the open Camunda Form: its value, and the error it shows if any. */
  private static Object formFields() {
    return page()
        .locator(".fjs-form-field:has(label)")
        .evaluateAll(
            "fields => fields.map(f => { const radio = f.querySelector('input[type=radio]:checked');"
                + " const value = radio ? radio.labels[0]?.innerText"
                + " : f.querySelector('input, textarea')?.value"
                + " ?? f.querySelector('.fjs-select-display')?.innerText;"
                + " return f.querySelector('label').innerText.replace(/\\s+/g, ' ').trim()"
                + " + ' = ' + JSON.stringify(value)"
                + " + (f.classList.contains('fjs-has-errors') ? ' ERROR '"
                + " + f.querySelector('.fjs-form-field-error')?.innerText : ''); })");
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** Picks an option of a form-js select, which is a drop-down list, not a native select. */
  private static void chooseOption(String label, String option) {
    Locator field =
        page()
            .locator(".fjs-form-field")
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page()
                            .locator("label")
                            .filter(new Locator.FilterOptions().setHasText(label))));
    field.locator(".fjs-input-group").click();
    field
        .locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(option))
        .first()
        .click();
    PlaywrightAssertions.assertThat(field.locator(".fjs-select-display")).hasText(option);
  }

  private static Page.GetByLabelOptions exact() {
    return new Page.GetByLabelOptions().setExact(true);
  }

  /**
   * A pattern found anywhere in a value. Playwright runs it as a JavaScript regular expression,
   * which knows no {@code \Q...\E}, so the text is escaped character by character.
   */
  private static Pattern containing(String text) {
    return Pattern.compile(text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
  }

  // --- the engine ---

  private static RuntimeService runtime() {
    return tasklist.bean(RuntimeService.class);
  }

  private static HistoryService history() {
    return tasklist.bean(HistoryService.class);
  }

  private static ProcessInstance startedRequest(String letterNumber) {
    ProcessInstance instance =
        runtime()
            .createProcessInstanceQuery()
            .processDefinitionKey("SubdomainHostingProcess")
            .variableValueEquals("requestLetterNumber", letterNumber)
            .singleResult();
    assertThat(instance).as("the started request %s", letterNumber).isNotNull();
    assertThat(instance.getTenantId()).as("unit (tenant) of the request").isEqualTo("dinkes");
    return instance;
  }

  private static Task currentTask(ProcessInstance instance) {
    List<Task> tasks =
        tasklist
            .bean(TaskService.class)
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .list();
    assertThat(tasks).as("open tasks of the instance").hasSize(1);
    return tasks.get(0);
  }

  /** Waits until the instance has reached the user task (its asynchronous steps done). */
  private static Task waitForTask(ProcessInstance instance, String taskDefinitionKey) {
    return waitFor(
        "task " + taskDefinitionKey,
        instance.getId(),
        () ->
            tasklist
                .bean(TaskService.class)
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult());
  }

  /** Waits until the instance has ended (its last asynchronous steps done). */
  private static HistoricProcessInstance waitForEnd(String processInstanceId) {
    return waitFor(
        "the end of the instance",
        processInstanceId,
        () ->
            history()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .singleResult());
  }

  /**
   * Polls the engine until {@code probe} answers, at most {@link #ASYNC_TIMEOUT}. Fails at once
   * when a job of the instance has failed, with its exception, rather than waiting out retries.
   */
  private static <T> T waitFor(String what, String processInstanceId, Supplier<T> probe) {
    try {
      return await(what)
          .atMost(ASYNC_TIMEOUT)
          .pollDelay(Duration.ZERO)
          .pollInterval(POLL_INTERVAL)
          .until(
              () -> {
                T found = probe.get();
                if (found == null) {
                  failOnAFailedJob(what, processInstanceId);
                }
                return found;
              },
              Objects::nonNull);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "Waited %d s for %s of instance %s; it is at %s with %d job(s) pending"
              .formatted(
                  ASYNC_TIMEOUT.toSeconds(),
                  what,
                  processInstanceId,
                  activeActivities(processInstanceId),
                  jobs(processInstanceId).size()),
          e);
    }
  }

  private static void failOnAFailedJob(String what, String processInstanceId) {
    jobs(processInstanceId).stream()
        .filter(job -> job.getExceptionMessage() != null)
        .findFirst()
        .ifPresent(
            job -> {
              throw new AssertionError(
                  "Waiting for %s of instance %s: job %s failed: %s"
                      .formatted(what, processInstanceId, job.getId(), job.getExceptionMessage()));
            });
  }

  private static List<Job> jobs(String processInstanceId) {
    return tasklist
        .bean(ManagementService.class)
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .list();
  }

  private static List<String> activeActivities(String processInstanceId) {
    return history()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .unfinished()
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  /** The end events an instance reached. */
  private static List<String> endEvents(String processInstanceId) {
    return history()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .activityType("noneEndEvent")
        .finished()
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  /** The completed user tasks of an instance, in order, as {@code key:assignee}. */
  private static List<String> completedTasks(String processInstanceId) {
    return history()
        .createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId)
        .finished()
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(task -> task.getTaskDefinitionKey() + ":" + task.getAssignee())
        .toList();
  }

  private static Object historicVariable(String processInstanceId, String name) {
    return history()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableName(name)
        .singleResult()
        .getValue();
  }
}
