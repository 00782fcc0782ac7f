package id.go.trenggalekkab.aptika.browser;

import static id.go.trenggalekkab.aptika.browser.TasklistBrowser.variableField;
import static id.go.trenggalekkab.aptika.identity.RequestFixtures.onePagePdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Permohonan saya" in the real Tasklist, through Debian's Chromium: the clerk of the Dinas
 * Kesehatan submits a request and is shown its reference number at once, follows it from the
 * header's link as the Kadis disposes it, finds it returned (in the page, and in *Tugas saya*), and
 * never sees the Dinas Pendidikan's request. Skipped where Chromium is not installed.
 */
class PermohonanSayaIT {

  private static final String PROCESS_NAME = "Pengajuan Sub Domain / Hosting";

  @RegisterExtension
  static final TasklistBrowser tasklist =
      TasklistBrowser.signedOutBeforeEachTest(
          "permohonan-saya-it", "--camunda.bpm.job-execution.enabled=false");

  private static Page page() {
    return tasklist.page();
  }

  @Test
  void theClerkSeesHerNumberAtOnceAndFollowsHerRequestUntilItComesBack(@TempDir Path tmp)
      throws IOException {
    // given: a request of another unit, which she must never see
    ProcessInstance disdik = startInEngine(People.CLERK_DISDIK, uniqueName());
    String name = uniqueName();

    // when: she submits a request in Tasklist
    tasklist.logIn("siti", "Siti Rahmawati");
    page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start process")).click();
    Locator dialog = page().getByRole(AriaRole.DIALOG);
    dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(PROCESS_NAME)).click();
    Map<String, String> request = new LinkedHashMap<>();
    request.put("requestLetterNumber", "000.1/77/406.009/2026");
    request.put("requestLetterDate", LocalDate.now().minusDays(3).toString());
    request.put("contactName", "Rahmat Hidayat");
    request.put("contactEmail", "rahmat.hidayat@dinkes.trenggalekkab.go.id");
    request.put("contactPhone", "081234567890");
    request.put("subdomainName", name);
    request.put("subdomainPurpose", "Sistem informasi kesehatan daerah untuk puskesmas.");
    request.put("serviceType", "SUBDOMAIN");
    request.put("targetAddress", "103.10.20.30");
    request.forEach(
        (field, value) -> {
          if ("serviceType".equals(field)) {
            variableField(dialog, field).selectOption(value);
          } else {
            TasklistBrowser.fill(Map.of(variableField(dialog, field), value));
          }
        });
    Path letter = tmp.resolve("surat-permohonan.pdf");
    Files.write(letter, onePagePdf("Surat permohonan sub domain " + name));
    variableField(dialog, "requestLetter").setInputFiles(letter);
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start").setExact(true))
        .click();

    // then: the number is shown at once
    Locator shown = page().getByText("terdaftar dengan nomor registrasi");
    PlaywrightAssertions.assertThat(shown).isVisible();
    ProcessInstance mine =
        runtime()
            .createProcessInstanceQuery()
            .variableValueEquals("subdomainName", name)
            .singleResult();
    String number = mine.getBusinessKey();
    assertThat(number).matches("SD-\\d{4}-\\d{4}");
    PlaywrightAssertions.assertThat(shown).containsText(number);
    tasklist.screenshot("permohonan-saya-01-number-shown");

    // when: she opens "Permohonan saya" from Tasklist's header
    page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Permohonan saya")).click();

    // then: her request, at the Kadis, and nothing of the other unit
    Locator card = page().locator("article[data-reference='" + number + "']");
    PlaywrightAssertions.assertThat(card).containsText("Mendisposisi surat permohonan");
    PlaywrightAssertions.assertThat(card).containsText("Kelompok Kadis Kominfo");
    PlaywrightAssertions.assertThat(card).containsText("Sedang diproses");
    PlaywrightAssertions.assertThat(
            page().locator("article[data-reference='" + disdik.getBusinessKey() + "']"))
        .hasCount(0);
    PlaywrightAssertions.assertThat(page().locator("#requests")).not().containsText("Pendidikan");
    PlaywrightAssertions.assertThat(page().locator("#partial")).isHidden();
    tasklist.screenshot("permohonan-saya-02-at-kadis");

    // when: the Kadis disposes; then the current step moves on
    complete(mine, "budi", Map.of("dispositionKadis", "Kabid Aptika, mohon diproses."));
    page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Muat ulang")).click();
    PlaywrightAssertions.assertThat(card).containsText("Kelompok Kabid Aptika");
    card.locator("summary").click();
    PlaywrightAssertions.assertThat(card.locator("details")).containsText("Budi Santoso");
    tasklist.screenshot("permohonan-saya-03-at-kabid");

    // when: the name is taken meanwhile, and step 4 returns the request
    tasklist.bean(ServiceRegistry.class).reserve(RequestFixtures.anotherRequestTaking(name));
    complete(mine, "sri", Map.of("dispositionKabid", "Pelaksana, cek dan buatkan."));
    page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Muat ulang")).click();

    // then: impossible to miss, on the page and in *Tugas saya*
    Locator returned = page().locator("#returned");
    PlaywrightAssertions.assertThat(returned).isVisible();
    PlaywrightAssertions.assertThat(returned).containsText(number);
    PlaywrightAssertions.assertThat(returned).containsText("sudah terdaftar");
    PlaywrightAssertions.assertThat(card).containsText("Dikembalikan untuk perbaikan");
    tasklist.screenshot("permohonan-saya-04-returned");

    page()
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kembali ke Tasklist"))
        .click();
    page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tugas saya")).click();
    Locator task =
        page()
            .getByRole(AriaRole.LISTITEM)
            .filter(new Locator.FilterOptions().setHasText(number))
            .filter(
                new Locator.FilterOptions()
                    .setHasText("Memperbaiki dan mengirim ulang surat permohonan"));
    PlaywrightAssertions.assertThat(task).hasCount(1);
    tasklist.screenshot("permohonan-saya-05-tugas-saya");
    tasklist.logOut("Siti Rahmawati");

    assertThat(tasklist.pageErrors()).as("uncaught errors in Tasklist or the forms").isEmpty();
  }

  /**
   * The page lists a unit's 200 most recent requests: when the unit has more, it says so and how
   * many there are in all.
   */
  @Test
  void aUnitWithMoreRequestsThanThePageListsIsToldHowManyItHas() {
    List<ProcessInstance> many = new ArrayList<>();
    try {
      // given: more requests of her unit than the page lists
      for (int i = 0; i < 201; i++) {
        many.add(startInEngine(People.CLERK_DINKES, uniqueName()));
      }
      long total =
          new People(tasklist.bean(IdentityService.class))
              .requestsToFollow(
                  People.CLERK_DINKES,
                  many.get(0).getTenantId(),
                  tasklist.bean(HistoryService.class));

      // when
      tasklist.logIn("siti", "Siti Rahmawati");
      page()
          .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Permohonan saya"))
          .click();

      // then
      PlaywrightAssertions.assertThat(page().locator("#partial"))
          .hasText(
              "Ditampilkan 200 permohonan terbaru dari " + total + " permohonan unit kerja Anda.");
      PlaywrightAssertions.assertThat(page().locator("#requests article")).hasCount(200);
      tasklist.screenshot("permohonan-saya-06-more-than-200");
      assertThat(tasklist.pageErrors()).as("uncaught errors in the page").isEmpty();
    } finally {
      many.forEach(
          request -> {
            runtime().deleteProcessInstance(request.getId(), "uji selesai");
            tasklist.bean(HistoryService.class).deleteHistoricProcessInstance(request.getId());
          });
    }
  }

  /**
   * The page reads the list again every 30 seconds while it is in view. A tab left in the
   * background asks nothing; when it comes back into view after that, it reads the list at once.
   */
  @Test
  void aPageInABackgroundTabAsksNothingUntilItIsBackInView() {
    // given: the clerk signed in, and the page open in a tab of its own, on a clock the test moves
    tasklist.logIn("siti", "Siti Rahmawati");
    Page tab = tasklist.newPage("id-ID", null);
    try {
      tab.context().addCookies(page().context().cookies());
      tab.clock().install();
      AtomicInteger reads = new AtomicInteger();
      tab.onRequest(
          request -> {
            if (request.url().endsWith("/api/my-requests")) {
              reads.incrementAndGet();
            }
          });
      tab.navigate("/permohonan-saya/");
      PlaywrightAssertions.assertThat(tab.locator("#who")).hasText("Masuk sebagai siti.");
      assertThat(reads).hasValue(1);

      // when: half a minute passes with the page in view; then it reads the list again
      tab.clock().runFor(31_000);
      tab.waitForCondition(() -> reads.get() == 2);

      // when: the tab goes into the background for five minutes; then it asks nothing
      showTab(tab, false);
      tab.clock().runFor(300_000);
      tab.waitForTimeout(1_000);
      assertThat(reads).hasValue(2);

      // when: it comes back into view; then it reads the list at once, and on again every 30 s
      showTab(tab, true);
      tab.waitForCondition(() -> reads.get() == 3);
      tab.clock().runFor(31_000);
      tab.waitForCondition(() -> reads.get() == 4);
      PlaywrightAssertions.assertThat(tab.locator("#message")).isHidden();
    } finally {
      tab.context().close();
    }
  }

  /**
   * Puts the tab into the background or back into view, as the browser tells a page: {@code
   * document.hidden} and a {@code visibilitychange} event (a headless browser's tabs are always in
   * view).
   */
  private static void showTab(Page tab, boolean inView) {
    tab.evaluate(
        "hidden => {"
            + " Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });"
            + " Object.defineProperty(document, 'visibilityState',"
            + "   { configurable: true, get: () => hidden ? 'hidden' : 'visible' });"
            + " document.dispatchEvent(new Event('visibilitychange'));"
            + " }",
        !inView);
  }

  private static ProcessInstance startInEngine(String clerk, String name) {
    People people = new People(tasklist.bean(IdentityService.class));
    Map<String, Object> request = RequestFixtures.aSubdomainRequest();
    request.put("subdomainName", name);
    request.put("requestLetterDate", LocalDate.now().minusDays(3).toString());
    people.actAs(clerk);
    try {
      return runtime().startProcessInstanceByKey("SubdomainHostingProcess", request);
    } finally {
      people.actAsNobody();
    }
  }

  private static void complete(ProcessInstance request, String userId, Map<String, Object> form) {
    TaskService tasks = tasklist.bean(TaskService.class);
    Task task = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();
    tasks.claim(task.getId(), userId);
    tasks.complete(task.getId(), form);
  }

  private static RuntimeService runtime() {
    return tasklist.bean(RuntimeService.class);
  }

  private static String uniqueName() {
    return "uji" + UUID.randomUUID().toString().substring(0, 8);
  }
}
