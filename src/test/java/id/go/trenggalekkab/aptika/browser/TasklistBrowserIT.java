package id.go.trenggalekkab.aptika.browser;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.go.trenggalekkab.aptika.AptikaApplication;
import id.go.trenggalekkab.aptika.SystemPackages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The subdomain request end to end in the real Camunda Tasklist, driven through Debian's Chromium:
 * the clerk of the Dinas Kesehatan submits the embedded start form with her request letter (PDF),
 * and the Kadis claims and disposes the request in its Camunda Form. Every step is checked in the
 * engine too. Screenshots of the key steps land in {@code target/screenshots/}.
 *
 * <p>Skipped where Chromium is not installed, failed there with {@code
 * -Daptika.requireSystemPackages=true} (see {@link SystemPackages}).
 */
class TasklistBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** The flags known to work here, as root (see DESIGN.md); Playwright adds --headless. */
  private static final List<String> CHROMIUM_FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private static final String PROCESS_KEY = "SubdomainHostingProcess";
  private static final String PROCESS_NAME = "Pengajuan Sub Domain / Hosting";
  private static final String DISPOSE_TASK_NAME = "Mendisposisi surat permohonan";
  private static final String PASSWORD = "demo";

  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("basedir", "."), "target", "screenshots");

  private static ConfigurableApplicationContext app;
  private static Playwright playwright;
  private static Page page;
  private static String baseUrl;
  private static final List<String> pageErrors = new ArrayList<>();

  /** A screenshot of the page as it was when a test failed, beside the step screenshots. */
  @RegisterExtension
  static final AfterTestExecutionCallback SCREENSHOT_ON_FAILURE =
      extension -> {
        if (extension.getExecutionException().isPresent() && page != null) {
          screenshot("failure-" + extension.getRequiredTestMethod().getName());
          System.out.println("[browser] page URL at failure: " + page.url());
          pageErrors.forEach(error -> System.out.println("[browser] page error: " + error));
        }
      };

  /**
   * Checks for Chromium per test, not in a {@code @BeforeAll}: Failsafe does not report a class
   * whose {@code @BeforeAll} skips, so the skip and its message would go unseen. Starts the
   * application and the browser once, for the first test.
   */
  @BeforeEach
  void requireChromiumThenStart() throws IOException {
    Path chromium = SystemPackages.require("chromium", CHROMIUM);
    if (app == null) {
      startApplicationAndBrowser(chromium);
    }
  }

  private static void startApplicationAndBrowser(Path chromium) throws IOException {
    app =
        new SpringApplicationBuilder(AptikaApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:browser-it;DB_CLOSE_DELAY=-1",
                // nothing on this path is asynchronous; keep the engine quiet and deterministic
                "--camunda.bpm.job-execution.enabled=false");
    baseUrl = "http://localhost:" + app.getBean(Environment.class).getProperty("local.server.port");

    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_FLAGS));
    // English UI: the labels below are the 7.24 Tasklist's own. Should an Indonesian translation
    // be added, a browser whose first language is "id" would get it instead.
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("en-US")
                .setViewportSize(1280, 1000));
    context.setDefaultTimeout(15_000);
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    page = context.newPage();
    page.onPageError(pageErrors::add);
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            System.out.println(
                "[browser console] " + message.text() + " (" + message.location() + ")");
          }
        });
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void closeBrowserAndApplication() {
    try {
      if (playwright != null) {
        playwright.close(); // closes the browser and its contexts too
      }
    } finally {
      if (app != null) {
        app.close();
      }
    }
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
    Files.write(letter, minimalPdf("Surat permohonan sub domain sikesda"));

    // --- the clerk of the Dinas Kesehatan submits the request with its letter ---
    page.navigate("/camunda/app/tasklist/", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Username"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    screenshot("01-login");
    logIn("siti", "Siti Rahmawati");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start process")).click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
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
            field.fill(value);
          }
        });
    // every text field is valid, but the letter is missing: the form's script keeps Start disabled
    PlaywrightAssertions.assertThat(start).isDisabled();
    variableField(dialog, "requestLetter").setInputFiles(letter);
    PlaywrightAssertions.assertThat(start).isEnabled();
    screenshot("02-start-form-filled");

    start.click();
    PlaywrightAssertions.assertThat(page.getByText("The process has been started.")).isVisible();
    screenshot("03-process-started");

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

    logOut("Siti Rahmawati");

    // --- the Kadis finds the request among his group's tasks, claims it and disposes it ---
    logIn("budi", "Budi Santoso");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tugas kelompok saya"))
        .click();
    Locator card =
        page.getByRole(AriaRole.LISTITEM)
            .filter(new Locator.FilterOptions().setHasText(letterNumber))
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(DISPOSE_TASK_NAME))));
    PlaywrightAssertions.assertThat(card).hasCount(1);
    PlaywrightAssertions.assertThat(card).containsText("sikesda");
    screenshot("04-kadis-task-list");

    card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DISPOSE_TASK_NAME))
        .click();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim").setExact(true))
        .click();
    // claimed: the task is now his, no longer among the group's unclaimed tasks
    PlaywrightAssertions.assertThat(card).hasCount(0);
    Locator disposition = page.getByLabel("Disposisi Kadis Kominfo");
    PlaywrightAssertions.assertThat(disposition).isEditable();
    String instruction =
        "Kabid Aptika: mohon diproses, periksa kelengkapan dan siapkan sub domain sikesda.";
    disposition.fill(instruction);
    disposition.scrollIntoViewIfNeeded();
    screenshot("05-disposition-form");
    // the Kadis reads the letter he disposes: his form links to the PDF as uploaded
    Locator letterLink =
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Buka surat permohonan (PDF)"));
    PlaywrightAssertions.assertThat(letterLink).hasAttribute("href", letterUrl);
    APIResponse download = page.request().get(letterUrl); // with the Kadis's session
    assertThat(download.status()).as("GET %s as budi", letterUrl).isEqualTo(200);
    assertThat(download.body()).isEqualTo(Files.readAllBytes(letter));

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true))
        .click();
    // Tasklist shows no notification for a completed task: the form closes once it is done
    PlaywrightAssertions.assertThat(disposition).isHidden();
    PlaywrightAssertions.assertThat(page.getByText("Select a task in the list.")).isVisible();
    screenshot("06-disposition-completed");

    Task next = currentTask(instance);
    assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_DisposeRequestByKabid");
    assertThat(next.getTenantId()).isEqualTo("dinkes");
    assertThat(runtime().getVariable(instance.getId(), "dispositionKadis")).isEqualTo(instruction);
    HistoricTaskInstance disposed =
        app.getBean(HistoryService.class)
            .createHistoricTaskInstanceQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_DisposeRequestByKadis")
            .singleResult();
    assertThat(disposed.getAssignee()).as("who claimed and completed it").isEqualTo("budi");
    assertThat(disposed.getEndTime()).isNotNull();

    assertThat(pageErrors).as("uncaught errors in Tasklist or the forms' scripts").isEmpty();
  }

  private static void logIn(String userId, String fullName) {
    page.getByPlaceholder("Username").fill(userId);
    page.getByPlaceholder("Password").fill(PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    PlaywrightAssertions.assertThat(userMenu(fullName)).isVisible();
  }

  private static void logOut(String fullName) {
    userMenu(fullName).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log out")).click();
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Username")).isVisible();
  }

  /** The header's account menu, labelled with the signed-in user's full name. */
  private static Locator userMenu(String fullName) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(fullName));
  }

  /** A field of the embedded start form, found by the process variable it writes. */
  private static Locator variableField(Locator form, String variableName) {
    return form.locator("[cam-variable-name='" + variableName + "']");
  }

  private static RuntimeService runtime() {
    return app.getBean(RuntimeService.class);
  }

  private static Task currentTask(ProcessInstance instance) {
    List<Task> tasks =
        app.getBean(TaskService.class).createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(tasks).as("open tasks of the request").hasSize(1);
    return tasks.get(0);
  }

  private static void screenshot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
  }

  /**
   * A small but valid one-page PDF (header, objects, cross-reference table with exact offsets,
   * trailer) showing {@code text}, so that the upload is a real PDF and not just a name.
   */
  static byte[] minimalPdf(String text) {
    String content = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length()); // ASCII only: characters are bytes
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append('\n');
    pdf.append("0000000000 65535 f \n");
    offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(US_ASCII);
  }
}
