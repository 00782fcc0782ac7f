package id.go.trenggalekkab.aptika.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.go.trenggalekkab.aptika.SystemPackages;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the real Tasklist, in Bahasa Indonesia, through Debian's Chromium: documents open in a new tab
 * and what the person has typed stays; a candidate reads the letter before claiming; nobody is
 * offered "Buat tugas" or "Klaim" that the engine would refuse; administrators reach the
 * integration status page, which refuses a clerk. Screenshots land in {@code
 * target/screenshots/aksi-*.png}.
 *
 * <p>Skipped where Chromium is not installed, failed there with {@code
 * -Daptika.requireSystemPackages=true} (see {@link SystemPackages}).
 */
class DocumentsAndActionsIT {

  private static final String LETTER_LINK = "Buka surat permohonan (PDF)";
  private static final String DISPOSITION = "Disposisi Kadis Kominfo";

  @RegisterExtension
  static final TasklistBrowser webapps =
      TasklistBrowser.withPagesOfTheirOwn(
          "documents-actions-it", "--camunda.bpm.job-execution.enabled=false");

  private Page page;
  private ProcessInstance request;
  private final List<String> pageErrors = new ArrayList<>();

  @BeforeEach
  void openAPageOnAClerksRequest() {
    request = aClerksRequestAtTheKadis();
    page = webapps.newPage("id-ID", null);
    page.onPageError(pageErrors::add);
  }

  @AfterEach
  void closePageAndRequest() {
    page.context().close();
    webapps.bean(RuntimeService.class).deleteProcessInstance(request.getId(), "test selesai");
    assertThat(pageErrors).as("uncaught errors in the webapps' or our scripts").isEmpty();
  }

  @Test
  void theKadisReadsTheLetterBeforeClaimingAndAgainWithoutLosingHisHalfWrittenDisposition() {
    String letterUrl = (String) runtime().getVariable(request.getId(), "requestLetterUrl");
    Task disposition = openTask();
    List<Response> documents = new ArrayList<>();
    page.context()
        .onResponse(
            response -> {
              if (response.url().contains(letterUrl)) {
                documents.add(response);
              }
            });

    // --- before claiming: the letter opens in a new tab ---
    logIn("budi", "Budi Santoso");
    showTask(disposition);
    Locator claim = claimButton();
    PlaywrightAssertions.assertThat(claim).isVisible();
    Locator field = page.getByLabel(DISPOSITION);
    PlaywrightAssertions.assertThat(field).isVisible();
    Locator letter =
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(LETTER_LINK));
    PlaywrightAssertions.assertThat(letter).hasAttribute("href", letterUrl);
    PlaywrightAssertions.assertThat(letter).hasAttribute("target", "_blank");
    PlaywrightAssertions.assertThat(letter).hasAttribute("rel", "noopener noreferrer");
    screenshot("aksi-01-before-claim");
    Page unclaimedView = page.context().waitForPage(letter::click);
    page.waitForCondition(() -> documents.size() == 1);
    assertThat(unclaimedView).as("the letter opened in a page of its own").isNotSameAs(page);
    assertThat(documents.get(0).status()).as("the letter, read before claiming").isEqualTo(200);
    assertThat(documents.get(0).headerValue("content-type")).isEqualTo("application/pdf");
    assertThat(page.url()).contains("/camunda/app/tasklist/").contains(disposition.getId());
    unclaimedView.close();

    // --- claimed: he writes half his disposition, reads the letter again, writes on ---
    claim.click();
    PlaywrightAssertions.assertThat(field).isEditable();
    String half = "Kabid Aptika: mohon diproses, periksa";
    field.fill(half);
    Page secondView = page.context().waitForPage(letter::click);
    page.waitForCondition(() -> documents.size() == 2);
    assertThat(secondView).isNotSameAs(page);
    assertThat(documents.get(1).status()).isEqualTo(200);
    page.bringToFront();
    PlaywrightAssertions.assertThat(field).hasValue(half);
    assertThat(page.url()).contains(disposition.getId());
    screenshot("aksi-02-letter-opened-disposition-kept");
    field.fill(half + " kelengkapan dan siapkan sub domainnya.");
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Selesaikan").setExact(true))
        .click();
    PlaywrightAssertions.assertThat(field).isHidden();
    assertThat(runtime().getVariable(request.getId(), "dispositionKadis"))
        .isEqualTo(half + " kelengkapan dan siapkan sub domainnya.");
  }

  @Test
  void theManagerWatchesTheTaskWithoutBeingOfferedToClaimIt() {
    Task disposition = openTask();

    logIn("hendra", "Hendra Gunawan");
    showTask(disposition);

    PlaywrightAssertions.assertThat(page.getByLabel(DISPOSITION)).isVisible();
    PlaywrightAssertions.assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(LETTER_LINK)))
        .isVisible();
    // Tasklist draws its Klaim button, and the manager does not see it
    PlaywrightAssertions.assertThat(claimButton()).hasCount(1);
    PlaywrightAssertions.assertThat(claimButton()).isHidden();
    PlaywrightAssertions.assertThat(createTaskAction()).isHidden();
    screenshot("aksi-03-manager-no-claim");
  }

  @Test
  void onlyTheAdministratorIsOfferedToCreateATask() {
    List<String> askedWhatIsOffered = new ArrayList<>();
    page.onRequest(
        asked -> {
          if (asked.url().endsWith("/api/actions")) {
            askedWhatIsOffered.add(asked.url());
          }
        });
    logIn("siti", "Siti Rahmawati");
    PlaywrightAssertions.assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mulai proses")))
        .isVisible();
    // Tasklist draws its Buat tugas, and the clerk does not see it
    PlaywrightAssertions.assertThat(createTaskAction()).hasCount(1);
    PlaywrightAssertions.assertThat(createTaskAction()).isHidden();
    PlaywrightAssertions.assertThat(page.locator(".ce-eol-banner")).isHidden();
    screenshot("aksi-04-clerk-no-create-task");
    logOut("Siti Rahmawati");

    logIn("admin", "Administrator Aptika");
    PlaywrightAssertions.assertThat(createTaskAction()).isVisible();
    // once per login, though the account menu's text turns from the user id to the full name
    assertThat(askedWhatIsOffered).as("GET /api/actions, for two logins").hasSize(2);
  }

  @Test
  void theAdministratorFindsTheIntegrationStatusAndAClerkIsRefused() {
    page.navigate("/camunda/app/cockpit/", new Page.NavigateOptions().setTimeout(60_000));
    logIn("admin", "Administrator Aptika");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administrator Aptika"))
        .click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Status integrasi")).click();

    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Status integrasi");
    for (String integration : List.of("dns", "hosting", "splp", "mail")) {
      PlaywrightAssertions.assertThat(
              page.locator("tr[data-integration='" + integration + "'] td.mode"))
          .hasText("manual");
    }
    PlaywrightAssertions.assertThat(page.locator("body")).containsText("aptika.signing.method");
    screenshot("aksi-05-integration-status");

    page.navigate("/camunda/app/tasklist/");
    logOut("Administrator Aptika");
    logIn("siti", "Siti Rahmawati");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Siti Rahmawati")).click();
    PlaywrightAssertions.assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Keluar")))
        .isVisible();
    PlaywrightAssertions.assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Status integrasi")))
        .isHidden();
    Response refused = page.navigate("/integrasi");
    assertThat(refused.status()).isEqualTo(403);
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Akses ditolak");
    PlaywrightAssertions.assertThat(page.locator("body"))
        .containsText("Halaman status integrasi hanya untuk Administrator.");
    screenshot("aksi-06-clerk-refused");
  }

  // --- helpers ---

  private static ProcessInstance aClerksRequestAtTheKadis() {
    People people = new People(webapps.bean(IdentityService.class));
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", "dok-" + UUID.randomUUID().toString().substring(0, 8));
    people.actAs(People.CLERK_DINKES);
    try {
      return runtime().startProcessInstanceByKey("SubdomainHostingProcess", variables);
    } finally {
      people.actAsNobody();
    }
  }

  private Task openTask() {
    return webapps
        .bean(TaskService.class)
        .createTaskQuery()
        .processInstanceId(request.getId())
        .singleResult();
  }

  /** The task as Tasklist shows it when picked from a list. */
  private void showTask(Task task) {
    page.navigate("/camunda/app/tasklist/default/#/?task=" + task.getId());
  }

  private Locator claimButton() {
    return page.locator("button.claim");
  }

  private Locator createTaskAction() {
    return page.locator(".create-task-action");
  }

  /** Logs in, on Tasklist's login page unless a webapp's is open. */
  private void logIn(String userId, String fullName) {
    if (!page.url().contains("/camunda/app/")) {
      page.navigate("/camunda/app/tasklist/", new Page.NavigateOptions().setTimeout(60_000));
    }
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    TasklistBrowser.logInIndonesian(page, userId, fullName);
  }

  private void logOut(String fullName) {
    TasklistBrowser.logOutIndonesian(page, fullName);
  }

  private void screenshot(String name) {
    TasklistBrowser.screenshot(page, name);
  }

  private static RuntimeService runtime() {
    return webapps.bean(RuntimeService.class);
  }
}
