package id.go.trenggalekkab.aptika.browser;

import static id.go.trenggalekkab.aptika.browser.TasklistBrowser.variableField;
import static id.go.trenggalekkab.aptika.identity.RequestFixtures.onePagePdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.go.trenggalekkab.aptika.SystemPackages;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.signing.SigningKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subdomain request end to end in the real Camunda Tasklist, driven through Debian's Chromium:
 * the clerk of the Dinas Kesehatan submits the embedded start form with her request letter (PDF),
 * and the Kadis claims and disposes the request in its Camunda Form; later, approving a reply
 * letter signed through BSrE, he types his passphrase into a masked field. Every step is checked in
 * the engine too. Screenshots of the key steps land in {@code target/screenshots/}.
 *
 * <p>Skipped where Chromium is not installed, failed there with {@code
 * -Daptika.requireSystemPackages=true} (see {@link SystemPackages}).
 */
class TasklistBrowserIT {

  private static final String PROCESS_KEY = "SubdomainHostingProcess";
  private static final String PROCESS_NAME = "Pengajuan Sub Domain / Hosting";
  private static final String DISPOSE_TASK_NAME = "Mendisposisi surat permohonan";

  private static final String PASSPHRASE = "Rahasia-Kadis-4402";
  private static final String OTHER_PASSPHRASE = "Wkwkwk!!-Xyz-12345";

  @RegisterExtension
  static final TasklistBrowser tasklist =
      TasklistBrowser.signedOutBeforeEachTest(
          "browser-it",
          // the test runs the asynchronous steps itself, keeping the engine deterministic
          "--camunda.bpm.job-execution.enabled=false",
          // letters are signed through BSrE (never called here): the Kadis types a passphrase
          "--aptika.signing.method=bsre",
          "--aptika.signing.bsre.url=http://127.0.0.1:9",
          "--aptika.signing.bsre.nik=3503012345678901",
          "--aptika.signing.bsre.certificate=" + kadisCertificate(),
          // no DNS server answers here: the check after the manual step 5 says so at once
          "--aptika.dns.check-resolver=127.0.0.1:9",
          "--aptika.dns.check-timeout=1s");

  private static Page page() {
    return tasklist.page();
  }

  @Test
  void clerkSubmitsASubdomainRequestWithItsLetterAndTheKadisDisposesIt(@TempDir Path tmp)
      throws IOException {
    String letterNumber = "000.1/123/406.009/2026";
    Map<String, String> request = new LinkedHashMap<>();
    request.put("requestLetterNumber", letterNumber);
    request.put("requestLetterDate", LocalDate.now().minusDays(7).toString());
    request.put("contactName", "Rahmat Hidayat");
    request.put("contactEmail", "rahmat.hidayat@dinkes.trenggalekkab.go.id");
    request.put("contactPhone", "081234567890");
    request.put("subdomainName", "sikesda");
    request.put(
        "subdomainPurpose",
        "Sistem Informasi Kesehatan Daerah untuk pelaporan puskesmas se-Kabupaten Trenggalek.");
    request.put("serviceType", "SUBDOMAIN"); // before targetAddress: it shows that field
    request.put("targetAddress", "103.10.20.30");
    Path letter = tmp.resolve("surat-permohonan-sikesda.pdf");
    Files.write(letter, onePagePdf("Surat permohonan sub domain sikesda"));

    // --- the clerk of the Dinas Kesehatan submits the request with its letter ---
    page().navigate("/camunda/app/tasklist/", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page().getByPlaceholder("Username"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    tasklist.screenshot("01-login");
    tasklist.logIn("siti", "Siti Rahmawati");

    page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start process")).click();
    Locator dialog = page().getByRole(AriaRole.DIALOG);
    dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(PROCESS_NAME)).click();

    Locator start =
        dialog.getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start").setExact(true));
    request.forEach(
        (name, value) -> {
          Locator field = variableField(dialog, name);
          if ("serviceType".equals(name)) {
            field.selectOption(value);
          } else {
            TasklistBrowser.fill(Map.of(field, value));
          }
        });
    // every text field is valid, but the letter is missing: the form's script keeps Start disabled
    PlaywrightAssertions.assertThat(start).isDisabled();
    variableField(dialog, "requestLetter").setInputFiles(letter);
    PlaywrightAssertions.assertThat(start).isEnabled();
    tasklist.screenshot("02-start-form-filled");

    start.click();
    TasklistBrowser.assertStarted(page(), dialog);
    tasklist.screenshot("03-process-started");

    ProcessInstance instance =
        runtime()
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .variableValueEquals("requestLetterNumber", letterNumber)
            .singleResult();
    assertThat(instance).as("the started %s instance", PROCESS_KEY).isNotNull();
    assertThat(instance.getTenantId()).as("unit (tenant) of the request").isEqualTo("dinkes");
    Map<String, Object> variables = runtime().getVariables(instance.getId());
    assertThat(variables).containsAllEntriesOf(request);
    // the server moved the letter out of the variables into its document store; the Kadis
    // downloads it below
    String letterUrl = (String) variables.get("requestLetterUrl");
    assertThat(letterUrl).startsWith("/api/documents/");
    assertThat(variables).doesNotContainKey("requestLetter");
    assertThat(currentTask(instance).getTaskDefinitionKey())
        .isEqualTo("Task_DisposeRequestByKadis");

    tasklist.logOut("Siti Rahmawati");

    // --- the Kadis finds the request among his group's tasks, claims it and disposes it ---
    tasklist.logIn("budi", "Budi Santoso");
    page()
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tugas kelompok saya"))
        .click();
    Locator card =
        page()
            .getByRole(AriaRole.LISTITEM)
            .filter(new Locator.FilterOptions().setHasText(letterNumber))
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page()
                            .getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName(DISPOSE_TASK_NAME))));
    PlaywrightAssertions.assertThat(card).hasCount(1);
    PlaywrightAssertions.assertThat(card).containsText("sikesda");
    tasklist.screenshot("04-kadis-task-list");

    card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DISPOSE_TASK_NAME))
        .click();
    page()
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim").setExact(true))
        .click();
    // claimed: the task is now his, no longer among the group's unclaimed tasks
    PlaywrightAssertions.assertThat(card).hasCount(0);
    Locator disposition = page().getByLabel("Disposisi Kadis Kominfo");
    PlaywrightAssertions.assertThat(disposition).isEditable();
    String instruction =
        "Kabid Aptika: mohon diproses, periksa kelengkapan dan siapkan sub domain sikesda.";
    TasklistBrowser.fill(Map.of(disposition, instruction));
    disposition.scrollIntoViewIfNeeded();
    tasklist.screenshot("05-disposition-form");
    // the Kadis reads the letter he disposes: his form links to the PDF as uploaded
    Locator letterLink =
        page()
            .getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Buka surat permohonan (PDF)"));
    PlaywrightAssertions.assertThat(letterLink).hasAttribute("href", letterUrl);
    APIResponse download = page().request().get(letterUrl); // with the Kadis's session
    assertThat(download.status()).as("GET %s as budi", letterUrl).isEqualTo(200);
    assertThat(download.body()).isEqualTo(Files.readAllBytes(letter));

    page()
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true))
        .click();
    // Tasklist shows no notification for a completed task: the form closes once it is done
    PlaywrightAssertions.assertThat(disposition).isHidden();
    PlaywrightAssertions.assertThat(page().getByText("Select a task in the list.")).isVisible();
    tasklist.screenshot("06-disposition-completed");
    tasklist.logOut("Budi Santoso");

    Task next = currentTask(instance);
    assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_DisposeRequestByKabid");
    assertThat(next.getTenantId()).isEqualTo("dinkes");
    assertThat(runtime().getVariable(instance.getId(), "dispositionKadis")).isEqualTo(instruction);
    HistoricTaskInstance disposed =
        tasklist
            .bean(HistoryService.class)
            .createHistoricTaskInstanceQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_DisposeRequestByKadis")
            .singleResult();
    assertThat(disposed.getAssignee()).as("who claimed and completed it").isEqualTo("budi");
    assertThat(disposed.getEndTime()).isNotNull();

    assertThat(tasklist.pageErrors())
        .as("uncaught errors in Tasklist or the forms' scripts")
        .isEmpty();
  }

  @Test
  void theKadisTypesHisBsrePassphraseIntoAMaskedField() {
    // given: a request at the Kadis's approval of its reply letter, brought there in the engine
    ProcessInstance instance = requestAwaitingTheKadissApproval();
    Task approval = currentTask(instance);
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ApproveReplyLetter");

    // when: he approves, and the passphrase field appears
    tasklist.logIn("budi", "Budi Santoso");
    page()
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tugas kelompok saya"))
        .click();
    page().locator("li.task a[href*='task=" + approval.getId() + "']").click();
    page()
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim").setExact(true))
        .click();
    page().getByLabel("Setujui konsep surat").check();
    Locator passphrase = page().getByLabel("Passphrase tanda tangan elektronik (BSrE)");

    // then: a password input, which shows the same dots whatever is typed into it
    PlaywrightAssertions.assertThat(passphrase).hasAttribute("type", "password");
    PlaywrightAssertions.assertThat(passphrase).hasAttribute("autocomplete", "off");
    passphrase.fill(OTHER_PASSPHRASE);
    byte[] other = passphrase.screenshot();
    passphrase.fill(PASSPHRASE);
    PlaywrightAssertions.assertThat(passphrase).hasValue(PASSPHRASE);
    assertThat(passphrase.screenshot())
        .as("what the field shows does not depend on the characters typed")
        .isEqualTo(other);
    PlaywrightAssertions.assertThat(passphrase).hasAttribute("type", "password");
    assertThat(passphrase.getAttribute("value")).isNull();
    assertThat(page().content()).doesNotContain(PASSPHRASE);
    // Tasklist's Save keeps the form's values in the browser, but not the passphrase
    page()
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true))
        .click();
    assertThat((String) page().evaluate("JSON.stringify(window.localStorage)"))
        .contains("camunda-form:", "APPROVE")
        .doesNotContain(PASSPHRASE);
    passphrase.evaluate("field => field.scrollIntoView({block: 'center'})");
    tasklist.screenshot("07-kadis-passphrase-masked");

    // when: he completes the approval
    page()
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true))
        .click();
    PlaywrightAssertions.assertThat(page().getByText("Select a task in the list.")).isVisible();
    tasklist.logOut("Budi Santoso");

    // then: the letter waits for its signing job, and the passphrase is in no variable
    assertThat(
            tasklist
                .bean(ManagementService.class)
                .createJobQuery()
                .processInstanceId(instance.getId())
                .messages()
                .count())
        .as("the signing job")
        .isEqualTo(1);
    assertThat(runtime().getVariables(instance.getId())).doesNotContainKey("signerPassphrase");
    assertThat(
            tasklist
                .bean(HistoryService.class)
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName("signerPassphrase")
                .count())
        .isZero();
    assertThat(tasklist.pageErrors())
        .as("uncaught errors in Tasklist or the forms' scripts")
        .isEmpty();
  }

  /** Steps 1 to 7 of a new request (step 5 by hand), in the engine, as each lane's person would. */
  private static ProcessInstance requestAwaitingTheKadissApproval() {
    People people = new People(tasklist.bean(IdentityService.class));
    Map<String, Object> request = RequestFixtures.aSubdomainRequest();
    request.put("subdomainName", "sandi-" + UUID.randomUUID().toString().substring(0, 8));
    people.actAs(People.CLERK_DINKES);
    ProcessInstance instance;
    try {
      instance = runtime().startProcessInstanceByKey(PROCESS_KEY, request);
    } finally {
      people.actAsNobody();
    }
    complete(instance, Map.of("dispositionKadis", "Kabid Aptika, mohon diproses."));
    complete(instance, Map.of("dispositionKabid", "Pelaksana, mohon dibuatkan."));
    runJobs(instance); // step 5 reserves the name; no DNS integration here: the Pelaksana's task
    complete(
        instance,
        Map.of("dnsRecordCreated", true, "dnsConfirmedTarget", request.get("targetAddress")));
    runJobs(instance); // the DNS check and the draft
    complete(instance, Map.of());
    complete(instance, Map.of("kabidDecision", "RAISE"));
    return instance;
  }

  private static void complete(ProcessInstance instance, Map<String, Object> variables) {
    tasklist.bean(TaskService.class).complete(currentTask(instance).getId(), variables);
  }

  /** Runs the instance's asynchronous steps, as the job executor would. */
  private static void runJobs(ProcessInstance instance) {
    ManagementService management = tasklist.bean(ManagementService.class);
    for (List<Job> jobs = messageJobs(management, instance);
        !jobs.isEmpty();
        jobs = messageJobs(management, instance)) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static List<Job> messageJobs(ManagementService management, ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).messages().list();
  }

  /** The Kadis's BSrE certificate as the application is configured with it (a PEM file). */
  private static Path kadisCertificate() {
    try {
      Path directory = Files.createTempDirectory("browser-it-bsre-");
      return SigningKeys.pem(
          SigningKeys.keyStore(directory.resolve("kadis.p12"), "KADIS BSrE UJI", "kadis"),
          "kadis",
          directory.resolve("kadis.pem"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RuntimeService runtime() {
    return tasklist.bean(RuntimeService.class);
  }

  private static Task currentTask(ProcessInstance instance) {
    List<Task> tasks =
        tasklist
            .bean(TaskService.class)
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .list();
    assertThat(tasks).as("open tasks of the request").hasSize(1);
    return tasks.get(0);
  }
}
