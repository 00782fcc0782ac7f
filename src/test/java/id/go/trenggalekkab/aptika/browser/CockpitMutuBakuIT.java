package id.go.trenggalekkab.aptika.browser;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DISDIK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.go.trenggalekkab.aptika.SystemPackages;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Mutu Baku panel in the real Cockpit, through Debian's Chromium: the Manajer Pemantau sees a
 * late request with its unit, its working days late and its escalation, and opens it. The engine's
 * clock stands in late December 2026 (requests submitted on Tuesday 22nd, read on Tuesday 29th,
 * across Christmas and a weekend) and is reset after. The panel is photographed to {@code
 * target/screenshots/cockpit-mutu-baku.png} (docs/images/ holds a copy).
 *
 * <p>Skipped where Chromium is not installed, failed there with {@code
 * -Daptika.requireSystemPackages=true} (see {@link SystemPackages}).
 */
class CockpitMutuBakuIT {

  private static final ZoneId WIB = OfficeTime.ZONE;
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TasklistBrowser webapps =
      TasklistBrowser.withPagesOfTheirOwn(
          "cockpit-mutu-baku-it", "--camunda.bpm.job-execution.enabled=false");

  private final List<ProcessInstance> requests = new ArrayList<>();
  private final List<String> pageErrors = new ArrayList<>();
  private Page page;

  @AfterEach
  void resetClockAndCloseRequests() {
    ClockUtil.reset();
    if (page != null) {
      page.context().close();
    }
    requests.forEach(
        request ->
            webapps
                .bean(ProcessEngine.class)
                .getRuntimeService()
                .deleteProcessInstance(request.getId(), "test selesai"));
    assertThat(pageErrors).as("uncaught errors in Cockpit or our plugin").isEmpty();
  }

  @Test
  void theManagerSeesALateRequestWithItsUnitAndDaysLateAndOpensIt() throws IOException {
    at(LocalDateTime.of(2026, 12, 22, 10, 0));
    ProcessInstance escalated = submit(CLERK_DINKES, "sikesda");
    ProcessInstance late = submit(CLERK_DISDIK, "sipintar");
    at(LocalDateTime.of(2026, 12, 23, 14, 0));
    escalate(escalated);
    at(LocalDateTime.of(2026, 12, 29, 11, 0));

    newPage();
    openCockpitAsTheManager();

    Locator panel = page.locator(".aptika-mb-panel");
    Locator row = lateRow(panel, escalated);
    PlaywrightAssertions.assertThat(row.locator("a")).hasText(escalated.getBusinessKey());
    PlaywrightAssertions.assertThat(row.locator(".aptika-mb-unit"))
        .hasText(Pattern.compile("^Dinas Kesehatan"));
    PlaywrightAssertions.assertThat(row.locator(".aptika-mb-days")).hasText("2");
    PlaywrightAssertions.assertThat(row.locator(".aptika-mb-days-late"))
        .containsText("18 jam waktu kerja");
    PlaywrightAssertions.assertThat(row.locator(".aptika-mb-escalated-cell"))
        .hasText(Pattern.compile("^Ya"));
    PlaywrightAssertions.assertThat(row).containsText("Kadis Kominfo");
    PlaywrightAssertions.assertThat(row).containsText("2. Mendisposisi surat permohonan");
    PlaywrightAssertions.assertThat(lateRow(panel, late).locator(".aptika-mb-unit"))
        .hasText(Pattern.compile("^Dinas Pendidikan"));
    PlaywrightAssertions.assertThat(lateRow(panel, late).locator(".aptika-mb-escalated-cell"))
        .hasText("Tidak");
    // on 29 December the next year's holiday list is missing: the server's own notice
    PlaywrightAssertions.assertThat(panel.locator(".aptika-mb-warning")).containsText("2027");
    // the figures and the evaluation answered, or said why not
    for (String part : List.of(".aptika-mb-summary-part", ".aptika-mb-evaluation-part")) {
      PlaywrightAssertions.assertThat(panel.locator(part)).not().containsText("Memuat");
    }
    photograph(panel);

    row.locator("a").click();

    PlaywrightAssertions.assertThat(page)
        .hasURL(Pattern.compile(".*#/process-instance/" + escalated.getId() + "/runtime.*"));
    PlaywrightAssertions.assertThat(
            page.getByText(escalated.getBusinessKey(), new Page.GetByTextOptions().setExact(true))
                .first())
        .isVisible();

    // the procedure's own tab: its figures and its late requests
    page.navigate(
        "/camunda/app/cockpit/default/#/process-definition/"
            + escalated.getProcessDefinitionId()
            + "/runtime");
    page.locator(".nav-tabs a")
        .filter(new Locator.FilterOptions().setHasText("Mutu Baku"))
        .first()
        .click();
    Locator tab = page.locator(".aptika-mb-panel");
    PlaywrightAssertions.assertThat(lateRow(tab, late).locator(".aptika-mb-days")).hasText("2");
    PlaywrightAssertions.assertThat(tab.locator(".aptika-mb-summary-part"))
        .not()
        .containsText("Memuat");
    // the semester's evaluation is the dashboard's
    PlaywrightAssertions.assertThat(tab.locator(".aptika-mb-evaluation-part")).hasCount(0);
  }

  /**
   * When more steps are late than the panel lists (100), it says so and how many are late in all,
   * and lists the step late longest first.
   */
  @Test
  void whenMoreStepsAreLateThanItListsThePanelSaysHowManyInAll() {
    at(LocalDateTime.of(2026, 12, 22, 10, 0));
    ProcessInstance longest = submit(CLERK_DINKES, "sidata");
    at(LocalDateTime.of(2026, 12, 22, 11, 0));
    for (int i = 1; i <= 100; i++) {
      submit(i % 2 == 0 ? CLERK_DINKES : CLERK_DISDIK, "sidata" + i);
    }
    at(LocalDateTime.of(2026, 12, 29, 11, 0));

    newPage();
    openCockpitAsTheManager();

    Locator panel = page.locator(".aptika-mb-panel");
    PlaywrightAssertions.assertThat(panel.locator(".aptika-mb-late-more"))
        .hasText(
            "Ditampilkan 100 dari 101 langkah yang terlambat: yang paling lama terlambat lebih"
                + " dahulu.");
    Locator rows = panel.locator(".aptika-mb-late tr[data-process-instance-id]");
    PlaywrightAssertions.assertThat(rows).hasCount(100);
    PlaywrightAssertions.assertThat(rows.first())
        .hasAttribute("data-process-instance-id", longest.getId());
  }

  /**
   * The evaluation's "Tindakan yang harus diambil" is the evaluator's: what they write in the panel
   * goes with the download, per procedure and step, and comes back in the real Tabel 7 workbook the
   * server makes ({@code POST /api/mutu-baku/evaluation}).
   */
  @Test
  void theEvaluatorsActionsGoWithTheDownload() throws IOException {
    newPage();
    List<Request> posted = new ArrayList<>();
    page.onRequest(
        request -> {
          if ("POST".equals(request.method()) && request.url().contains("/api/mutu-baku/")) {
            posted.add(request);
          }
        });
    openCockpitAsTheManager();

    PlaywrightAssertions.assertThat(
            page.locator(".aptika-mb-summary .aptika-mb-procedure")
                .filter(new Locator.FilterOptions().setHasText("Pengajuan Sub Domain / Hosting")))
        .containsText("dimulai");
    Locator step =
        page.locator(".aptika-mb-summary tbody tr")
            .filter(new Locator.FilterOptions().setHasText("2. Mendisposisi surat permohonan"))
            .first();
    PlaywrightAssertions.assertThat(step.locator("td").nth(1)).hasText("1 hari kerja");

    Locator action =
        page.getByLabel(
            "Tindakan yang harus diambil: Pengajuan Sub Domain / Hosting, langkah 2."
                + " Mendisposisi surat permohonan");
    PlaywrightAssertions.assertThat(action).not().hasValue("");
    String written = "Disposisi didelegasikan kepada Sekretaris saat Kadis dinas luar.";
    action.fill(written);
    Download download =
        page.waitForDownload(
            () ->
                page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Unduh evaluasi (XLSX)"))
                    .click());

    assertThat(download.suggestedFilename()).endsWith(".xlsx");
    assertThat(posted)
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.url()).contains("format=xlsx").contains("semester=");
              assertThat(request.headers()).containsKey("x-xsrf-token");
              assertThat(
                      JSON.readTree(request.postData())
                          .at("/actions/SubdomainHostingProcess/Task_DisposeRequestByKadis")
                          .asText())
                  .isEqualTo(written);
            });
    try (ReadableWorkbook workbook = new ReadableWorkbook(download.path().toFile());
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      assertThat(
              rows.filter(
                  row ->
                      row.stream()
                          .anyMatch(cell -> cell != null && written.equals(cell.getText()))))
          .as("the evaluator's text in the real Tabel 7 workbook")
          .hasSize(1);
    }

    // the oldest semester offered began over 18 months ago, before what the history still holds
    PlaywrightAssertions.assertThat(page.locator(".aptika-mb-history")).hasCount(0);
    Locator semester = page.locator("select[name=semester]");
    semester.selectOption(semester.locator("option").last().getAttribute("value"));
    for (String part : List.of(".aptika-mb-summary", ".aptika-mb-evaluation")) {
      PlaywrightAssertions.assertThat(
              page.locator(part + " .aptika-mb-procedure")
                  .filter(new Locator.FilterOptions().setHasText("Pengajuan Sub Domain / Hosting"))
                  .locator(".aptika-mb-history"))
          .hasText(
              Pattern.compile(
                  "^Riwayat permohonan yang berakhir sebelum \\d{1,2} [A-Z][a-z]+ \\d{4} sudah"
                      + " dihapus \\(riwayat disimpan 400 hari setelah permohonan berakhir\\)"));
    }
  }

  /** A new page in Indonesian, whose uncaught errors fail the test. */
  private void newPage() {
    page = webapps.newPage("id-ID", null);
    page.onPageError(pageErrors::add);
  }

  /** Cockpit, signed in as the Manajer Pemantau. */
  private void openCockpitAsTheManager() {
    openCockpit();
    TasklistBrowser.logInIndonesian(page, "hendra", "Hendra Gunawan");
  }

  /**
   * Opens Cockpit's login page. Cockpit loads its own plugins with RequireJS, which gives up on a
   * module after seven seconds: on a loaded machine the page may then never start, so it is opened
   * again (up to three times), and only that failure is forgiven.
   */
  private void openCockpit() {
    for (int attempt = 1; ; attempt++) {
      page.navigate("/camunda/app/cockpit/", new Page.NavigateOptions().setTimeout(60_000));
      try {
        PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna"))
            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        return;
      } catch (AssertionError notStarted) {
        boolean requireJsGaveUp = pageErrors.removeIf(error -> error.contains("Load timeout"));
        if (!requireJsGaveUp || attempt == 3) {
          throw notStarted;
        }
      }
    }
  }

  private ProcessInstance submit(String clerk, String subdomain) {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", subdomain);
    ProcessInstance request =
        new ProcessTest.Driver(webapps.bean(ProcessEngine.class))
            .startAs(clerk, "SubdomainHostingProcess", variables);
    requests.add(request);
    return request;
  }

  /** The reminder and the escalation, as the job executor would fire them. */
  private static void escalate(ProcessInstance request) {
    ManagementService management = webapps.bean(ManagementService.class);
    management
        .createJobQuery()
        .processInstanceId(request.getId())
        .timers()
        .orderByJobDuedate()
        .asc()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private static Locator lateRow(Locator panel, ProcessInstance request) {
    return panel.locator(".aptika-mb-late tr[data-process-instance-id='" + request.getId() + "']");
  }

  private static void photograph(Locator panel) throws IOException {
    Path shot = TasklistBrowser.SCREENSHOTS.resolve("cockpit-mutu-baku.png");
    // what the manager sees: Cockpit scrolls inside its own container, so the view, not the element
    panel.scrollIntoViewIfNeeded();
    panel.page().screenshot(new Page.ScreenshotOptions().setPath(shot));
  }

  private static void at(LocalDateTime wib) {
    ClockUtil.setCurrentTime(Date.from(wib.atZone(WIB).toInstant()));
  }
}
