package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long a person's click waits for the PDF rendered in a complete listener ({@link
 * RedraftReplyLetterListener}, {@link FinalizeActivityReportListener}). Printed, not asserted: the
 * number goes into those classes' javadoc; the test checks that a real PDF was stored each time.
 */
@AptikaSpringBootTest
class CompleteListenerRenderTimeTest {

  static final int RUNS = 5;

  @Autowired ReplyLetters letters;
  @Autowired ActivityReports reports;
  @Autowired DocumentStore documents;
  @Autowired RepositoryService repository;
  @Autowired TransactionTemplate transaction;

  @Test
  void aReplyLetterDraftIsRenderedAndStored() {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("unitId", "dinkes");
    variables.put("unitName", "Dinas Kesehatan");
    variables.put("subdomainFqdn", "sikesda.trenggalekkab.go.id");
    variables.put(
        "serviceStatement",
        "sub domain sikesda.trenggalekkab.go.id telah dibuat pada server DNS Dinas dan diarahkan"
            + " ke server 103.10.20.30.");
    variables.putAll(letters.proposedText(variables));

    measure(
        "RedraftReplyLetterListener (konsep surat balasan)",
        () -> letters.draft("uji-" + UUID.randomUUID(), variables, LocalDate.of(2026, 11, 25)));
  }

  @Test
  void aFinalActivityReportIsRenderedAndStored() {
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("SplpAccountProcess")
            .latestVersion()
            .list()
            .get(0)
            .getId();
    Map<String, Object> variables = RequestFixtures.anSplpAccountRequest();
    variables.put("referenceNumber", "SA-2026-0001");
    variables.put("unitName", "Dinas Kesehatan");
    variables.put("splpAccount", "rina");
    variables.put(LetterVariables.REPORT_NOTES, "Akun sudah diuji.");

    measure(
        "FinalizeActivityReportListener (laporan kegiatan final)",
        () ->
            reports.render(
                "uji-" + UUID.randomUUID(),
                definitionId,
                variables,
                Instant.parse("2026-11-25T03:00:00Z"),
                "SRI WAHYUNI, S.T."));
  }

  private void measure(String what, Supplier<Document> render) {
    long[] millis = new long[RUNS];
    for (int run = -1; run < RUNS; run++) {
      long start = System.nanoTime();
      Document document = transaction.execute(status -> render.get());
      long took = (System.nanoTime() - start) / 1_000_000;
      if (run >= 0) {
        millis[run] = took;
      }
      assertThat(new String(documents.content(document.id()), 0, 5)).isEqualTo("%PDF-");
    }
    Arrays.sort(millis);
    System.out.printf(
        "%s: median %d ms, slowest %d ms over %d renders after one warm-up%n",
        what, millis[RUNS / 2], millis[RUNS - 1], RUNS);
  }
}
