package id.go.trenggalekkab.aptika.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Versi prosedur" in the real Cockpit, through Debian's Chromium: the process owner sees every
 * procedure's versions with who deployed them, and the procedure's own "Versi" tab. Photographed to
 * {@code target/screenshots/cockpit-versi-prosedur.png}.
 *
 * <p>Skipped where Chromium is not installed, failed there with {@code
 * -Daptika.requireSystemPackages=true} (see {@code SystemPackages}).
 */
class CockpitVersionsIT {

  @RegisterExtension
  static final TasklistBrowser webapps =
      TasklistBrowser.withPagesOfTheirOwn(
          "cockpit-versions-it", "--camunda.bpm.job-execution.enabled=false");

  private final List<String> pageErrors = new ArrayList<>();
  private Page page;

  @AfterEach
  void closePage() {
    if (page != null) {
      page.context().close();
    }
    assertThat(pageErrors).as("uncaught errors in Cockpit or our plugin").isEmpty();
  }

  @Test
  void theProcessOwnerSeesTheVersionsOfEachProcedure() {
    page = webapps.newPage("id-ID", null);
    page.onPageError(pageErrors::add);
    page.navigate("/camunda/app/cockpit/", new Page.NavigateOptions().setTimeout(60_000));
    PlaywrightAssertions.assertThat(page.getByPlaceholder("Nama pengguna"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    TasklistBrowser.logInIndonesian(page, "rudi", "Rudi Hartono");

    Locator subdomain =
        page.locator("table.aptika-versions[data-process-key=SubdomainHostingProcess]");
    PlaywrightAssertions.assertThat(
            subdomain.locator("tbody tr").first().locator(".aptika-versions-by"))
        .hasText("aplikasi (saat dijalankan)");
    PlaywrightAssertions.assertThat(page.locator("table.aptika-versions")).hasCount(3);
    PlaywrightAssertions.assertThat(subdomain.locator(".aptika-versions-changes").first())
        .containsText("Versi pertama yang tercatat.");
    // the Mutu Baku figures are not the process owner's: once its probe is answered, that
    // panel has hidden itself, with no refusals on the page
    page.waitForLoadState(LoadState.NETWORKIDLE);
    PlaywrightAssertions.assertThat(page.getByText("Terlambat sekarang")).hasCount(0);
    PlaywrightAssertions.assertThat(page.getByText("Anda tidak berwenang")).hasCount(0);
    subdomain.scrollIntoViewIfNeeded();
    TasklistBrowser.screenshot(page, "cockpit-versi-prosedur");

    page.navigate(
        "/camunda/app/cockpit/default/#/process-definition/"
            + webapps
                .bean(org.camunda.bpm.engine.RepositoryService.class)
                .createProcessDefinitionQuery()
                .processDefinitionKey("SubdomainHostingProcess")
                .latestVersion()
                .singleResult()
                .getId()
            + "/runtime");
    page.locator(".nav-tabs a")
        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*Versi\\s*$")))
        .first()
        .click();
    PlaywrightAssertions.assertThat(page.locator("table.aptika-versions")).hasCount(1);
    PlaywrightAssertions.assertThat(page.locator("table.aptika-versions"))
        .hasAttribute("data-process-key", "SubdomainHostingProcess");
  }
}
