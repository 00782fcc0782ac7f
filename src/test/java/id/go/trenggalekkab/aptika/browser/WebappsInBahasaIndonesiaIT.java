package id.go.trenggalekkab.aptika.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.go.trenggalekkab.aptika.SystemPackages;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.splp.CredentialVault;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulatorConfiguration;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps in Bahasa Indonesia, in the real Tasklist and Cockpit driven through Debian's
 * Chromium in a fresh profile in the office's time zone (Asia/Jakarta, WIB): Indonesian whatever
 * the browser's language, English when chosen, our own refusals in Indonesian alone, and an
 * improved translation replacing the one a browser has cached. Screenshots land in {@code
 * target/screenshots/bahasa-*.png}.
 *
 * <p>Skipped where Chromium is not installed, failed there with {@code
 * -Daptika.requireSystemPackages=true} (see {@link SystemPackages}).
 */
class WebappsInBahasaIndonesiaIT {

  private static final String PROCESS = "SplpApplicationProcess";
  private static final ZoneId WIB = OfficeTime.ZONE;
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  @RegisterExtension
  static final TasklistBrowser webapps =
      TasklistBrowser.withPagesOfTheirOwn(
          "bahasa-it",
          "--camunda.bpm.job-execution.enabled=false",
          // SOP B's step 3 runs integrated, against the SPLP simulator (test scope)
          "--spring.profiles.active=" + SplpSimulatorConfiguration.PROFILE);

  private ProcessTest.Driver driver;

  /** The page of the running test. */
  private Page page;

  private ProcessInstance application;

  /** Uncaught errors in the webapps' or our scripts during the running test. */
  private final List<String> pageErrors = new ArrayList<>();

  @BeforeEach
  void drive() {
    driver = new ProcessTest.Driver(webapps.bean(ProcessEngine.class));
  }

  @AfterEach
  void closePageAndRequest() {
    if (page != null) {
      page.context().close();
    }
    if (application != null
        && webapps
                .bean(ProcessEngine.class)
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(application.getId())
                .count()
            > 0) {
      webapps
          .bean(ProcessEngine.class)
          .getRuntimeService()
          .deleteProcessInstance(application.getId(), "test selesai");
    }
    assertThat(pageErrors).as("uncaught errors in the webapps' or our scripts").isEmpty();
  }

  @ParameterizedTest(name = "browser language {0}")
  @ValueSource(strings = {"id-ID", "en-US"})
  void aNewUserSeesTasklistAndCockpitInBahasaIndonesia(String browserLocale) {
    String shot = "bahasa-" + browserLocale + "-";
    application =
        driver.startAs(People.API_USER_DINKES, PROCESS, RequestFixtures.anSplpApplicationRequest());
    Task task = driver.openTask(application);
    Instant due = Instant.now().plus(2, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS);
    webapps.bean(ProcessEngine.class).getTaskService().setDueDate(task.getId(), Date.from(due));
    page = newPage(browserLocale, null);

    // --- the login page ---
    page.navigate("/camunda/app/tasklist/", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Kata sandi")).isVisible();
    PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "id");
    screenshot(shot + "01-login");
    logIn("fajar", "Fajar Nugroho");

    // --- the task list, with the task's due date relative and in full, in WIB ---
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tugas saya")).click();
    Locator card =
        page.locator("li.task")
            .filter(
                new Locator.FilterOptions()
                    .setHas(page.locator("a[href*='task=" + task.getId() + "']")));
    PlaywrightAssertions.assertThat(card.locator(".due-date")).hasText("Tenggat dalam 2 hari");
    String dueInFull =
        DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm", INDONESIAN)
            .format(due.atZone(WIB));
    PlaywrightAssertions.assertThat(card.locator(".due-date [uib-tooltip]"))
        .hasAttribute("uib-tooltip", dueInFull);
    PlaywrightAssertions.assertThat(page.getByText("Pilih tugas dalam daftar.")).isVisible();
    // Camunda's "migrate to Camunda 8" banner is drawn, and office staff do not see it
    PlaywrightAssertions.assertThat(page.locator(".ce-eol-banner")).hasCount(1);
    PlaywrightAssertions.assertThat(page.locator(".ce-eol-banner")).isHidden();
    PlaywrightAssertions.assertThat(page.getByText("Saatnya bermigrasi ke Camunda 8")).isHidden();
    PlaywrightAssertions.assertThat(page.locator("#footer-timezone"))
        .hasText(
            Pattern.compile(
                "Tanggal dan waktu ditampilkan dalam zona waktu setempat:\\s*Asia/Jakarta"));
    screenshot(shot + "02-tasklist");

    // --- the start dialog, opened by Tasklist's own keyboard shortcut ---
    page.locator("body").press("Control+Alt+P");
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    PlaywrightAssertions.assertThat(dialog).containsText("Mulai proses");
    PlaywrightAssertions.assertThat(dialog.getByPlaceholder("Cari menurut nama proses."))
        .isVisible();
    PlaywrightAssertions.assertThat(dialog).containsText("Klik proses yang akan dimulai.");
    PlaywrightAssertions.assertThat(
            dialog.getByRole(
                AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Pembuatan Aplikasi Pengguna SPLP")))
        .isVisible();
    screenshot(shot + "03-start-process");
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tutup").setExact(true))
        .click();
    PlaywrightAssertions.assertThat(dialog).isHidden();

    // the shortcuts' help, from our config.js
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pintasan Papan Ketik"))
        .click();
    PlaywrightAssertions.assertThat(dialog).containsText("ctrl+alt+p");
    PlaywrightAssertions.assertThat(dialog).containsText("membuka dialog mulai proses");
    page.keyboard().press("Escape");
    PlaywrightAssertions.assertThat(dialog).isHidden();

    // --- the task's Camunda Form: form-js's own checks speak Indonesian too ---
    card.locator("h4 a").click();
    Locator userName = page.getByLabel("Nama pengguna akun SPLP");
    Locator fieldError = page.locator(".fjs-form-field-error");
    userName.fill("bukan nama");
    userName.press("Tab");
    PlaywrightAssertions.assertThat(fieldError).containsText("Isian tidak sesuai pola");
    userName.fill("");
    userName.press("Tab");
    PlaywrightAssertions.assertThat(fieldError).hasText("Wajib diisi.");
    screenshot(shot + "04-form");
    logOut("Fajar Nugroho");

    // --- the Cockpit dashboard, for the Manajer Pemantau ---
    page.navigate("/camunda/app/cockpit/", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    logIn("hendra", "Hendra Gunawan");
    Locator content = page.locator(".ctn-main, .page-wrap, body").first();
    PlaywrightAssertions.assertThat(content).containsText("Instans Proses yang Berjalan");
    PlaywrightAssertions.assertThat(content).containsText("Insiden Terbuka");
    PlaywrightAssertions.assertThat(content).containsText("Definisi Proses");
    for (String english :
        List.of("Running Process Instances", "Open Incidents", "Open Human Tasks", "Deployed")) {
      PlaywrightAssertions.assertThat(
              page.getByText(english, new Page.GetByTextOptions().setExact(true)))
          .hasCount(0);
    }
    screenshot(shot + "05-cockpit");

    // --- a process definition in Cockpit, with its running instance ---
    page.navigate("/camunda/app/cockpit/default/#/processes");
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Pembuatan Aplikasi Pengguna SPLP"))
        .first()
        .click();
    for (String tab : List.of("Instans Proses", "Insiden", "Definisi Job")) {
      PlaywrightAssertions.assertThat(
              page.getByRole(
                  AriaRole.LINK, new Page.GetByRoleOptions().setName(tab).setExact(true)))
          .isVisible();
    }
    Date started =
        webapps
            .bean(ProcessEngine.class)
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(application.getId())
            .singleResult()
            .getStartTime();
    PlaywrightAssertions.assertThat(
            page.getByText(
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                    .format(started.toInstant().atZone(WIB))))
        .isVisible();
    screenshot(shot + "06-cockpit-process");
  }

  @Test
  void adminSpeaksBahasaIndonesiaToo() {
    page = newPage("en-US", null);
    page.navigate("/camunda/app/admin/", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    logIn("admin", "Administrator Aptika");
    page.navigate("/camunda/app/admin/default/#/users");
    PlaywrightAssertions.assertThat(page.getByText("Daftar pengguna")).isVisible();
    PlaywrightAssertions.assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah pengguna")))
        .isVisible();
    for (String section : List.of("Pengguna", "Kelompok", "Tenant", "Otorisasi", "Sistem")) {
      PlaywrightAssertions.assertThat(
              page.getByRole(
                      AriaRole.LINK, new Page.GetByRoleOptions().setName(section).setExact(true))
                  .first())
          .isVisible();
    }
    PlaywrightAssertions.assertThat(page.getByText("Nama Depan*")).isVisible();
    screenshot("bahasa-09-admin");
  }

  @Test
  void aRefusalByOurChecksReadsInBahasaIndonesiaAlone() {
    application =
        driver.startAs(People.API_USER_DINKES, PROCESS, RequestFixtures.anSplpApplicationRequest());
    driver.complete(application, "Task_OpenSplpUserPortal", Map.of("splpUserName", "fajar"));
    driver.complete(application, "Task_FillApplicationData", RequestFixtures.anSplpApplication());
    driver.executeJob(application, "Task_CreateOAuth2TokenAndApiKey");
    Task credentials = driver.openTask(application);
    assertThat(credentials.getTaskDefinitionKey()).isEqualTo("Task_RetrieveSplpCredentials");
    String credentialsId =
        (String)
            webapps
                .bean(ProcessEngine.class)
                .getRuntimeService()
                .getVariable(application.getId(), "credentialsId");
    page = newPage("id-ID", null);

    // the Pengguna ticks "saved" without having shown the credentials: the server refuses
    page.navigate("/camunda/app/tasklist/", new Page.NavigateOptions().setTimeout(60_000));
    logIn("fajar", "Fajar Nugroho");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tugas saya")).click();
    page.locator("a[href*='task=" + credentials.getId() + "']").first().click();
    page.getByLabel("Saya sudah menyimpan consumer secret dan API key di tempat aman.").check();
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Selesaikan").setExact(true))
        .click();

    Locator refusal =
        page.locator(".notifications .alert")
            .filter(new Locator.FilterOptions().setHasText("Kredensial aplikasi belum diambil."));
    PlaywrightAssertions.assertThat(refusal)
        .containsText("Terjadi kesalahan saat mengirim formulir tugas");
    PlaywrightAssertions.assertThat(refusal)
        .containsText(
            "Kredensial aplikasi belum diambil. Tekan \"Tampilkan kredensial\", simpan consumer"
                + " secret dan API key di tempat aman, lalu selesaikan tugas ini.");
    String shown = refusal.innerText();
    assertThat(shown)
        .as("the refusal as Tasklist shows it")
        .doesNotContain("ENGINE-", "Cannot submit", "Message:", "TaskListener");
    screenshot("bahasa-05-refusal");
    assertThat(driver.openTask(application).getId())
        .as("the task stays open")
        .isEqualTo(credentials.getId());
    assertThat(webapps.bean(CredentialVault.class).isWaiting(credentialsId))
        .as("the credentials are still waiting for him")
        .isTrue();
  }

  @Test
  void aThrottledLoginSaysWhenToTryAgainInBahasaIndonesia() {
    page = newPage("id-ID", null);
    // The first request for Tasklist's plugin script starts its REST application; on a busy
    // machine that outlasts RequireJS's wait, and the page would never show its login.
    page.request().get("/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js");
    page.navigate("/camunda/app/tasklist/", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));

    // ten wrong passwords for one account (the limit per account), then the right one
    for (int i = 0; i < 10; i++) {
      assertThat(attemptLogin(People.SPLP_OPERATOR, "tebakan-" + i)).isEqualTo(401);
    }
    assertThat(attemptLogin(People.SPLP_OPERATOR, TasklistBrowser.PASSWORD)).isEqualTo(429);

    Locator refusal =
        page.locator(".notifications .alert")
            .filter(new Locator.FilterOptions().setHasText("Gagal Masuk"));
    PlaywrightAssertions.assertThat(refusal)
        .containsText(
            Pattern.compile(
                "Terlalu banyak percobaan masuk yang gagal\\. Coba lagi dalam [12] menit\\."));
    screenshot("bahasa-10-login-throttled");
  }

  /**
   * Submits the login form; the status the login answered, once the page has taken the answer in.
   */
  private int attemptLogin(String userId, String password) {
    Locator name = page.getByPlaceholder("Nama pengguna");
    TasklistBrowser.fill(Map.of(name, userId, page.getByPlaceholder("Kata sandi"), password));
    int status =
        page.waitForResponse(
                response -> response.url().contains("/api/admin/auth/user/default/login/"),
                () ->
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk"))
                        .click())
            .status();
    // The page empties the form on a refusal, some time after the answer arrives: a next attempt
    // typed in before that would be emptied too, and its click would send nothing (CI, 4 Dec).
    if (status >= 400) {
      PlaywrightAssertions.assertThat(name).isEmpty();
    }
    return status;
  }

  @Test
  void englishStaysSelectableInThisBrowser() {
    page = newPage("id-ID", null);

    page.navigate("/camunda/app/tasklist/?lang=en", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Username"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
    screenshot("bahasa-06-english-chosen");

    // the choice stays with the browser, for every webapp
    page.navigate("/camunda/app/cockpit/");
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Username")).isVisible();

    // the Welcome page links to the other language
    page.navigate("/camunda/app/welcome/");
    TasklistBrowser.fill(
        Map.of(
            page.getByPlaceholder("Username"),
            "admin",
            page.getByPlaceholder("Password"),
            TasklistBrowser.PASSWORD));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bahasa Indonesia")).click();
    PlaywrightAssertions.assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")))
        .isVisible();
    PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "id");
    PlaywrightAssertions.assertThat(
            page.getByText("Aplikasi", new Page.GetByTextOptions().setExact(true)))
        .isVisible();
    screenshot("bahasa-08-welcome");

    page.navigate("/camunda/app/tasklist/");
    PlaywrightAssertions.assertThat(page.getByText("Tugas saya")).isVisible();
  }

  /**
   * The webapps keep translations in localStorage and show the cached copy at once. A copy cached
   * before our translation changed (under the bare Camunda version, or another translations
   * version) is dropped and the current one shown; a copy under the current key is used as is,
   * which shows that the seeded cache is really read.
   */
  @Test
  void anImprovedTranslationReplacesTheOneABrowserCached() throws IOException {
    page = newPage("id-ID", null);
    page.navigate("/camunda/app/tasklist/", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    String bust = (String) page.evaluate("window.bust");
    assertThat(bust).matches("7\\.24\\.0-aptika\\.[0-9a-f]{32}");

    APIResponse served = page.request().get("/camunda/app/tasklist/locales/id.json?bust=7.24.0");
    assertThat(served.headers()).containsEntry("cache-control", "no-cache");
    String prefix = "/camunda/app/tasklist/locales/_locales_data_id_";

    // cached by an older build: dropped, the current translation shown
    seedCache(
        Map.of(
            prefix + "7.24.0", cachedTranslation(served.text(), "LAMA-7.24.0"),
            prefix + "7.24.0-aptika.0123456789abcdef0123456789abcdef",
                cachedTranslation(served.text(), "LAMA-VERSI-SEBELUMNYA")));
    page.reload();
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna")).isVisible();
    assertThat(page.content()).doesNotContain("LAMA-");
    page.waitForCondition(() -> cacheKeys().contains(prefix + bust));
    assertThat(cacheKeys()).noneMatch(key -> key.startsWith(prefix) && !key.endsWith(bust));

    // control: a copy cached under the current key is what the page shows first
    seedCache(Map.of(prefix + bust, cachedTranslation(served.text(), "TERSIMPAN")));
    page.reload();
    PlaywrightAssertions.assertThat(page.getByPlaceholder("TERSIMPAN")).isVisible();
    screenshot("bahasa-07-cache");
  }

  // --- helpers ---

  /** A fresh browser profile whose uncaught script errors fail the test. */
  private Page newPage(String browserLocale, String chosenLanguage) {
    Page fresh = webapps.newPage(browserLocale, chosenLanguage);
    fresh.onPageError(pageErrors::add);
    return fresh;
  }

  private void logIn(String userId, String fullName) {
    TasklistBrowser.logInIndonesian(page, userId, fullName);
  }

  private void logOut(String fullName) {
    TasklistBrowser.logOutIndonesian(page, fullName);
  }

  private void screenshot(String name) {
    TasklistBrowser.screenshot(page, name);
  }

  /** The translation as the webapps cache it, with the user name's placeholder marked. */
  private static String cachedTranslation(String idJson, String mark) throws IOException {
    ObjectNode translation = (ObjectNode) new ObjectMapper().readTree(idJson);
    ((ObjectNode) translation.get("labels")).put("PAGE_LOGIN_USERNAME", mark);
    return translation.toString();
  }

  private void seedCache(Map<String, String> entries) {
    page.evaluate(
        "entries => { const cache = JSON.parse(localStorage.getItem('camunda-web') || '{}');"
            + " Object.assign(cache, entries);"
            + " localStorage.setItem('camunda-web', JSON.stringify(cache)); }",
        entries);
  }

  @SuppressWarnings("unchecked")
  private List<String> cacheKeys() {
    return (List<String>)
        page.evaluate("() => Object.keys(JSON.parse(localStorage.getItem('camunda-web') || '{}'))");
  }
}
