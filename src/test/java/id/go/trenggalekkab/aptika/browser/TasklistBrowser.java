package id.go.trenggalekkab.aptika.browser;

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
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * What the browser tests share, as a JUnit 5 extension registered once per test class: the
 * application on a random port with an in-memory H2 database of its own, and Debian's Chromium
 * driven by Playwright (English chosen in Tasklist), with log-in, log-out and screenshots.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TasklistBrowser tasklist = TasklistBrowser.signedOutBeforeEachTest("my-it", args);
 * </pre>
 *
 * Before each test it requires Chromium ({@link SystemPackages#require}: per test, not before all,
 * so that a skip is reported), starts the application and the browser for the first test, and
 * either opens Tasklist signed out or leaves the test to open {@linkplain #newPage pages of its
 * own}. A failed test leaves a screenshot of its page; after all tests both are closed.
 */
final class TasklistBrowser
    implements BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** The flags known to work here, as root (see docs/testing.md); Playwright adds --headless. */
  private static final List<String> CHROMIUM_FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  /** The password of every demo user. */
  static final String PASSWORD = "demo";

  static final Path SCREENSHOTS =
      Path.of(System.getProperty("basedir", "."), "target", "screenshots");

  private final String[] applicationArgs;
  private final boolean signOutBeforeEach;
  private final List<String> pageErrors = new ArrayList<>();
  private ConfigurableApplicationContext app;
  private Playwright playwright;
  private Browser browser;
  private Page page;
  private String baseUrl;

  /** The page a failure is shown on: the shared one, or the test's latest {@link #newPage}. */
  private Page current;

  private TasklistBrowser(boolean signOutBeforeEach, String database, String... applicationArgs) {
    this.signOutBeforeEach = signOutBeforeEach;
    this.applicationArgs =
        Stream.concat(
                Stream.of(
                    "--server.port=0",
                    "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1"),
                Stream.of(applicationArgs))
            .toArray(String[]::new);
  }

  /**
   * Tests that use the shared {@link #page()}: each starts on Tasklist's login form.
   *
   * @param database the in-memory H2 database's name, one per test class
   * @param applicationArgs further {@code --name=value} settings of the application
   */
  static TasklistBrowser signedOutBeforeEachTest(String database, String... applicationArgs) {
    return new TasklistBrowser(true, database, applicationArgs);
  }

  /** Tests that open {@linkplain #newPage pages of their own}, e.g. in another language. */
  static TasklistBrowser withPagesOfTheirOwn(String database, String... applicationArgs) {
    return new TasklistBrowser(false, database, applicationArgs);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    Path chromium = SystemPackages.require("chromium", CHROMIUM);
    if (app == null) {
      start(chromium);
    }
    current = null;
    if (signOutBeforeEach) {
      openTasklistSignedOut();
    }
  }

  /** When the test failed, a screenshot of its page, its URL and the page errors in the log. */
  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (current == null || context.getExecutionException().isEmpty()) {
      return;
    }
    String test = context.getRequiredTestMethod().getName();
    String invocation = context.getDisplayName().replaceAll("\\W", "");
    screenshot(current, "failure-" + test + (invocation.equals(test) ? "" : "-" + invocation));
    System.out.println("[browser] page URL at failure: " + current.url());
    pageErrors.forEach(error -> System.out.println("[browser] page error: " + error));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (app == null) {
      return;
    }
    try {
      playwright.close(); // closes the browser and its contexts too
    } finally {
      app.close();
    }
  }

  private void start(Path chromium) throws IOException {
    ConfigurableApplicationContext started =
        new SpringApplicationBuilder(AptikaApplication.class).run(applicationArgs);
    try {
      baseUrl =
          "http://localhost:" + started.getBean(Environment.class).getProperty("local.server.port");
      launch(chromium);
    } catch (IOException | RuntimeException e) {
      started.close();
      throw e;
    }
    app = started;
  }

  private void launch(Path chromium) throws IOException {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_FLAGS));
    // English chosen, as an administrator would (the default is Indonesian): the labels these
    // tests use are the 7.24 Tasklist's own. WebappsInBahasaIndonesiaIT covers Indonesian.
    page = newPage("en-US", "en");
    page.onPageError(pageErrors::add);
    Files.createDirectories(SCREENSHOTS);
  }

  /** How long typed values must stay in a form before a test goes on. */
  private static final int SETTLING_MS = 500;

  /**
   * A page in a fresh browser profile (its own cookies and localStorage) in the office's time zone,
   * Asia/Jakarta (WIB).
   *
   * @param browserLocale the browser's language, e.g. {@code id-ID} or {@code en-US}
   * @param chosenLanguage the webapps' language this browser chose ({@code en} or {@code id},
   *     stored as {@code ?lang=} would store it), or {@code null} for none: a new user
   */
  Page newPage(String browserLocale, String chosenLanguage) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale(browserLocale)
                .setTimezoneId(OfficeTime.ZONE.getId())
                .setViewportSize(1280, 1000));
    context.setDefaultTimeout(15_000);
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    if (chosenLanguage != null) {
      context.addInitScript(
          "window.localStorage.setItem('aptika.lang', '" + chosenLanguage + "');");
    }
    Page newPage = context.newPage();
    current = newPage;
    newPage.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            System.out.println(
                "[browser console] " + message.text() + " (" + message.location() + ")");
          }
        });
    return newPage;
  }

  ConfigurableApplicationContext app() {
    return app;
  }

  <T> T bean(Class<T> type) {
    return app.getBean(type);
  }

  Page page() {
    return page;
  }

  /**
   * Uncaught errors in Tasklist or the forms' scripts, since the browser started or Tasklist was
   * last {@linkplain #openTasklistSignedOut() opened signed out}.
   */
  List<String> pageErrors() {
    return pageErrors;
  }

  /** Opens Tasklist signed out (the session cookie dropped) and waits for its login form. */
  void openTasklistSignedOut() {
    current = page;
    pageErrors.clear();
    page.context().clearCookies();
    page.navigate("/camunda/app/tasklist/", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Username"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
  }

  void logIn(String userId, String fullName) {
    fill(
        Map.of(
            page.getByPlaceholder("Username"),
            userId,
            page.getByPlaceholder("Password"),
            PASSWORD));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    PlaywrightAssertions.assertThat(userMenu(fullName)).isVisible();
  }

  void logOut(String fullName) {
    userMenu(fullName).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log out")).click();
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Username")).isVisible();
  }

  /**
   * Fills the fields and makes sure every value stayed where it was typed, filling again when not.
   * While a page or form is still starting, the webapps may move the focus to the first field (the
   * password then lands in the user name) or render a form again (what was typed is gone, seen in
   * CI a moment after the values had been read back); neither is what a test is about. So the
   * values are read back once more after a short pause.
   */
  static void fill(Map<Locator, String> fields) {
    for (int attempt = 1; ; attempt++) {
      fields.forEach(Locator::fill);
      if (kept(fields)) {
        fields.keySet().iterator().next().page().waitForTimeout(SETTLING_MS);
        if (kept(fields)) {
          return;
        }
      }
      if (attempt == 3) {
        fields.forEach((field, value) -> PlaywrightAssertions.assertThat(field).hasValue(value));
        return;
      }
    }
  }

  private static boolean kept(Map<Locator, String> fields) {
    return fields.entrySet().stream()
        .allMatch(field -> field.getValue().equals(field.getKey().inputValue()));
  }

  /** Logs in on the webapps' login page in Bahasa Indonesia, in any page of any profile. */
  static void logInIndonesian(Page page, String userId, String fullName) {
    fill(
        Map.of(
            page.getByPlaceholder("Nama pengguna"),
            userId,
            page.getByPlaceholder("Kata sandi"),
            PASSWORD));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
    PlaywrightAssertions.assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(fullName)))
        .isVisible();
  }

  static void logOutIndonesian(Page page, String fullName) {
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(fullName)).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Keluar")).click();
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna")).isVisible();
  }

  /** A screenshot of any page, beside the others in {@link #SCREENSHOTS}. */
  static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
  }

  /** The header's account menu, labelled with the signed-in user's full name. */
  Locator userMenu(String fullName) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(fullName));
  }

  void screenshot(String name) {
    screenshot(page, name);
  }

  /**
   * Waits until Tasklist has started the process from its start dialog: the dialog closes only when
   * the engine has answered the start; on a refusal it stays open and the error is shown. Not
   * Tasklist's note "The process has been started.": it is shown for 3 s only, and on a busy
   * machine it can be gone before it is looked for. The test then finds the started request in the
   * engine. If the dialog stays open, the failure names what the page shows.
   */
  static void assertStarted(Page page, Locator startDialog) {
    try {
      PlaywrightAssertions.assertThat(startDialog)
          .isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(60_000));
    } catch (AssertionError stillOpen) {
      throw new AssertionError(
          "Tasklist's start dialog is still open; the page's notes: "
              + page.locator(".notifications").allInnerTexts()
              + "; the dialog: "
              + startDialog.allInnerTexts(),
          stillOpen);
    }
  }

  /** A field of an embedded (HTML) form, found by the process variable it writes. */
  static Locator variableField(Locator form, String variableName) {
    return form.locator("[cam-variable-name='" + variableName + "']");
  }
}
