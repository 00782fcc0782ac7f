package id.go.trenggalekkab.aptika.evaluation;

import static id.go.trenggalekkab.aptika.identity.People.ADMIN;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.EXECUTOR;
import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static id.go.trenggalekkab.aptika.identity.People.MANAGER;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.splp.CredentialVault;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Mutu Baku figures, the record of overruns and the semester's Tabel 7 over HTTP, from the
 * requests of {@link February2026}; every expected figure is worked out by hand there.
 */
@AptikaSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutuBakuApiTest {

  static final String FEBRUARY = "from=2026-02-01&to=2026-02-28";
  static final String SD = "SubdomainHostingProcess";
  static final String API = "SplpApplicationProcess";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired CredentialVault vault;

  @BeforeAll
  void aWeekOfRequests() {
    new February2026(engine, vault).run();
  }

  @Test
  void theManagerReadsTheFiguresOfEveryUnitPerProcedureAndStep() {
    JsonNode summary = json(MANAGER, "/api/mutu-baku/summary?" + FEBRUARY);

    assertThat(summary.get("from").asText()).isEqualTo("2026-02-01");
    assertThat(summary.get("to").asText()).isEqualTo("2026-02-28");
    assertThat(summary.get("unit").isNull()).isTrue();
    JsonNode subdomain = procedure(summary, SD);
    assertThat(subdomain.get("name").asText()).isEqualTo("Pengajuan Sub Domain / Hosting");
    assertThat(subdomain.get("started").asLong()).isEqualTo(3);
    assertThat(subdomain.get("finished").asLong()).isEqualTo(0);
    // completions 2, 8.5 (at its due date: in time), 17 hours
    JsonNode kadis = step(subdomain, "Task_DisposeRequestByKadis");
    assertThat(kadis.get("no").asInt()).isEqualTo(2);
    assertThat(kadis.get("name").asText()).isEqualTo("Mendisposisi surat permohonan");
    assertThat(kadis.get("lane").asText()).isEqualTo("Kadis Kominfo");
    assertThat(kadis.get("mutuBaku").asText()).isEqualTo("P1D");
    assertThat(kadis.get("mutuBakuText").asText()).isEqualTo("1 hari kerja");
    assertFigures(kadis, 3, 2, 0.67, 8.5, 15.3, 1, 1, 0);
    // completions 2 and 17 hours; C's Kabid step is still open, escalated
    assertFigures(step(subdomain, "Task_DisposeRequestByKabid"), 2, 1, 0.5, 9.5, 15.5, 2, 2, 1);
    JsonNode untouched = step(subdomain, "Task_ApproveReplyLetter");
    assertThat(untouched.get("completed").asLong()).isZero();
    assertThat(untouched.get("withinShare").isNull()).isTrue();
    assertThat(untouched.get("medianHours").isNull()).isTrue();
    assertThat(subdomain.get("steps"))
        .extracting(s -> s.get("no").asInt())
        .isSorted()
        .contains(1, 2, 3, 5, 6, 7, 8, 9);

    JsonNode application = procedure(summary, API);
    assertThat(application.get("started").asLong()).isEqualTo(1);
    assertThat(application.get("finished").asLong()).isEqualTo(1);
    // 5 minutes = 0.0833 h; 25 minutes = 0.4167 h; 4 minutes = 0.0667 h
    assertFigures(step(application, "Task_OpenSplpUserPortal"), 1, 1, 1.0, 0.08, 0.08, 0, 0, 0);
    assertFigures(step(application, "Task_FillApplicationData"), 1, 0, 0.0, 0.42, 0.42, 1, 0, 0);
    assertFigures(
        step(application, "Task_RetrieveSplpCredentials"), 1, 1, 1.0, 0.07, 0.07, 0, 0, 0);
    assertThat(step(application, "Task_OpenSplpUserPortal").get("mutuBakuText").asText())
        .isEqualTo("10 menit");
  }

  @Test
  void oneUnitAndOneProcedureCountOnlyTheirOwn() {
    JsonNode dinkes =
        json(KADIS, "/api/mutu-baku/summary?" + FEBRUARY + "&unit=dinkes&process=" + SD);

    assertThat(dinkes.get("unit").asText()).isEqualTo("dinkes");
    assertThat(dinkes.get("processes")).hasSize(1);
    JsonNode subdomain = procedure(dinkes, SD);
    assertThat(subdomain.get("started").asLong()).isEqualTo(2);
    // 2 and 8.5 hours: median 5.25, p90 2 + 0.9 * 6.5
    assertFigures(step(subdomain, "Task_DisposeRequestByKadis"), 2, 2, 1.0, 5.25, 7.85, 0, 0, 0);
    assertFigures(step(subdomain, "Task_DisposeRequestByKabid"), 2, 1, 0.5, 9.5, 15.5, 1, 1, 0);

    JsonNode disdik =
        procedure(json(ADMIN, "/api/mutu-baku/summary?" + FEBRUARY + "&unit=disdik"), SD);
    assertThat(disdik.get("started").asLong()).isEqualTo(1);
    assertFigures(step(disdik, "Task_DisposeRequestByKadis"), 1, 0, 0.0, 17, 17, 1, 1, 0);
    JsonNode openKabid = step(disdik, "Task_DisposeRequestByKabid");
    assertThat(openKabid.get("completed").asLong()).isZero();
    assertThat(openKabid.get("openEscalations").asLong()).isEqualTo(1);

    JsonNode january = json(MANAGER, "/api/mutu-baku/summary?from=2026-01-01&to=2026-01-31");
    assertThat(procedure(january, SD).get("started").asLong()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {CLERK_DINKES, EXECUTOR, "sri"})
  void whoIsNotKadisManagerOrAdministratorIsRefused(String user) {
    for (String path :
        List.of(
            "/api/mutu-baku/summary?" + FEBRUARY,
            "/api/mutu-baku/overruns?" + FEBRUARY + "&format=csv",
            "/api/mutu-baku/evaluation?semester=2026-1&format=pdf")) {
      ResponseEntity<String> answer =
          http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(
            http.getForEntity("/api/mutu-baku/summary?" + FEBRUARY, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void badParametersAreRefusedNamingTheField() {
    assertRefused("/api/mutu-baku/summary?from=2026-02-28&to=2026-02-01", "to");
    assertRefused("/api/mutu-baku/summary?" + FEBRUARY + "&unit=nowhere", "unit");
    assertRefused("/api/mutu-baku/summary?" + FEBRUARY + "&process=Nope", "process");
    assertRefused("/api/mutu-baku/overruns?" + FEBRUARY + "&format=doc", "format");
    assertRefused("/api/mutu-baku/evaluation?semester=2026-3", "semester");
  }

  @Test
  void theRecordOfOverrunsReadsAsJson() {
    JsonNode overruns = json(MANAGER, "/api/mutu-baku/overruns?" + FEBRUARY);

    assertThat(overruns)
        .extracting(o -> o.get("activityId").asText())
        .containsExactly(
            "Task_FillApplicationData",
            API,
            "Task_DisposeRequestByKadis",
            "Task_DisposeRequestByKabid",
            "Task_DisposeRequestByKabid");
    JsonNode kadisOfC = overruns.get(2);
    assertThat(kadisOfC.get("unitId").asText()).isEqualTo("disdik");
    assertThat(kadisOfC.get("unitName").asText())
        .isEqualTo("Dinas Pendidikan, Pemuda dan Olahraga");
    assertThat(kadisOfC.get("referenceNumber").asText()).startsWith("SD-2026-");
    assertThat(kadisOfC.get("dueAt").asText()).isEqualTo("2026-02-03T14:00:00+07:00");
    assertThat(kadisOfC.get("doneAt").asText()).isEqualTo("2026-02-04T14:00:00+07:00");
    assertThat(kadisOfC.get("lateHours").asDouble()).isEqualTo(8.5);
    assertThat(kadisOfC.get("escalatedTo").asText()).isEqualTo("Manajer Pemantau");
    JsonNode openKabid = overruns.get(4);
    assertThat(openKabid.get("doneAt").isNull()).isTrue();
    assertThat(openKabid.get("escalatedTo").asText()).isEqualTo("Kadis Kominfo");
    JsonNode procedure = overruns.get(1);
    assertThat(procedure.get("kind").asText()).isEqualTo("PROCESS");
    assertThat(procedure.get("kindText").asText()).isEqualTo("Seluruh prosedur");
    assertThat(procedure.get("lateHours").asDouble()).isEqualTo(0.08);

    assertThat(json(MANAGER, "/api/mutu-baku/overruns?" + FEBRUARY + "&unit=dinkes"))
        .extracting(o -> o.get("unitId").asText())
        .containsOnly("dinkes")
        .hasSize(3);
  }

  @Test
  void theRecordOfOverrunsDownloadsAsCsvWithAnIndonesianHeader() {
    ResponseEntity<byte[]> answer =
        http.withBasicAuth(MANAGER, PASSWORD)
            .getForEntity("/api/mutu-baku/overruns?" + FEBRUARY + "&format=csv", byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(answer.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("keterlambatan-mutu-baku-2026-02-01-2026-02-28.csv");
    String text = new String(answer.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = CsvReader.parse(text.substring(1));
    assertThat(rows.get(0)).isEqualTo(OverrunTable.HEADER);
    assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row).hasSize(15));
    List<String> kadisOfC = rows.get(3);
    // "Dinas Pendidikan, Pemuda dan Olahraga" holds a comma: quoted, and read back whole
    assertThat(kadisOfC.get(3)).isEqualTo("Dinas Pendidikan, Pemuda dan Olahraga");
    assertThat(kadisOfC.get(4)).isEqualTo("Langkah (tugas)");
    assertThat(kadisOfC.get(5)).isEqualTo("2");
    assertThat(kadisOfC.get(7)).isEqualTo("1 hari kerja");
    assertThat(kadisOfC.get(8)).isEqualTo("2026-02-03T14:00:00+07:00");
    assertThat(kadisOfC.get(10)).isEqualTo("8.5");
    assertThat(rows.get(5).get(9)).as("not done yet").isEmpty();
  }

  @Test
  void theRecordOfOverrunsDownloadsAsXlsx() throws Exception {
    ResponseEntity<byte[]> answer =
        http.withBasicAuth(KADIS, PASSWORD)
            .getForEntity("/api/mutu-baku/overruns?" + FEBRUARY + "&format=xlsx", byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      Sheet sheet = workbook.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("Keterlambatan");
      List<Row> rows = sheet.read();
      assertThat(rows).hasSize(6);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Nomor permohonan");
      assertThat(rows.get(3).getCellText(6)).isEqualTo("Mendisposisi surat permohonan");
      assertThat(rows.get(3).getCellAsNumber(10).orElseThrow()).isEqualByComparingTo("8.5");
      assertThat(rows.get(3).getCellAsDate(8).orElseThrow()).isEqualTo("2026-02-03T14:00");
    }
  }

  @Test
  void theSemesterEvaluationJudgesEachStepByTheRule() {
    JsonNode evaluation = json(MANAGER, "/api/mutu-baku/evaluation?semester=2026-1&format=json");

    assertThat(evaluation.get("from").asText()).isEqualTo("2026-01-01");
    assertThat(evaluation.get("to").asText()).isEqualTo("2026-06-30");
    assertThat(evaluation.get("goodShare").asDouble()).isEqualTo(0.8);
    JsonNode subdomain = sop(evaluation, SD);
    // 2 of 3 in time: 66.7% < 80%
    JsonNode kadis = row(subdomain, "Task_DisposeRequestByKadis");
    assertThat(kadis.get("penilaian").asText()).isEqualTo("Tidak berjalan dengan baik");
    assertThat(kadis.get("catatan").asText())
        .isEqualTo(
            "3 kali diselesaikan, 2 di antaranya (66,7%) dalam Mutu Baku 1 hari kerja (ambang baik"
                + " 80%). Lama penyelesaian: median 8,5 jam kerja, persentil ke-90 15,3 jam kerja."
                + " Pengingat terkirim: 1, eskalasi: 1.");
    assertThat(row(subdomain, "Task_DisposeRequestByKabid").get("catatan").asText())
        .endsWith("Pengingat terkirim: 2, eskalasi: 2, 1 eskalasi belum diselesaikan.");
    assertThat(row(subdomain, "Task_ApproveReplyLetter").get("penilaian").asText())
        .isEqualTo("Belum dapat dinilai");
    JsonNode application = sop(evaluation, API);
    assertThat(row(application, "Task_OpenSplpUserPortal").get("penilaian").asText())
        .isEqualTo("Berjalan dengan baik");
    assertThat(row(application, "Task_OpenSplpUserPortal").get("tindakan").asText())
        .isEqualTo("Pertahankan pelaksanaan sesuai SOP.");
    assertThat(row(application, "Task_FillApplicationData").get("penilaian").asText())
        .isEqualTo("Tidak berjalan dengan baik");
  }

  @Test
  void theEvaluationDownloadsAsXlsxWithTheEvaluatorsActionsAndTheFigures() throws Exception {
    byte[] xlsx = post("xlsx");

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets)
          .extracting(Sheet::getName)
          .containsExactly("Tabel 7", "Angka periode", "Permohonan");
      List<Row> form = sheets.get(0).read();
      assertThat(form.get(0).getCellText(0)).isEqualTo("Nama SOP");
      assertThat(form.get(0).getCellText(7)).isEqualTo("Paraf penilai");
      Row kabid = find(form, "Pengajuan Sub Domain / Hosting", "3");
      assertThat(kabid.getCellText(2)).isEqualTo("Mendisposisi surat permohonan");
      assertThat(kabid.getCellText(3)).isEqualTo("Kabid Aptika");
      assertThat(kabid.getCellText(4)).isEqualTo("Tidak berjalan dengan baik");
      assertThat(kabid.getCellText(6)).isEqualTo("Rapat evaluasi dengan Kabid, Maret 2026.");
      assertThat(kabid.getCellText(7)).isEmpty();
      List<Row> figures = sheets.get(1).read();
      Row kadis = find(figures, "Pengajuan Sub Domain / Hosting", "2");
      assertThat(kadis.getCellText(3)).isEqualTo("Task_DisposeRequestByKadis");
      assertThat(kadis.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("3");
      assertThat(kadis.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("2");
      assertThat(kadis.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("0.67");
      assertThat(kadis.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("8.5");
      assertThat(kadis.getCellAsNumber(9).orElseThrow()).isEqualByComparingTo("15.3");
      List<Row> requests = sheets.get(2).read();
      Row application = find(requests, "Pembuatan Aplikasi Pengguna SPLP", null);
      assertThat(application.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("1");
      assertThat(application.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("1");
    }
  }

  @Test
  void theEvaluationDownloadsAsPdfWithTheKopTheRowsAndTheFigures() throws Exception {
    byte[] pdf = post("pdf");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("DINAS KOMUNIKASI DAN INFORMATIKA")
          .contains("FORMULIR MONITORING PELAKSANAAN SOP SEMESTER I TAHUN 2026")
          .contains("1 Januari 2026 s.d. 30 Juni 2026")
          .contains("Semua unit kerja")
          .contains("Nama SOP: Pengajuan Sub Domain / Hosting")
          .contains(
              "No Prosedur Penilaian Catatan hasil penilaian Tindakan yang harus diambil Paraf penilai")
          .contains("Rapat evaluasi dengan Kabid, Maret 2026.")
          .contains("LAMPIRAN: ANGKA MUTU BAKU");
      String subdomain = text.substring(text.indexOf("Nama SOP: Pengajuan Sub Domain"));
      String kadisRow =
          subdomain.substring(subdomain.indexOf("2 Mendisposisi surat permohonan (Kadis Kominfo)"));
      assertThat(kadisRow)
          .startsWith(
              "2 Mendisposisi surat permohonan (Kadis Kominfo) Tidak berjalan dengan baik 3 kali"
                  + " diselesaikan, 2 di antaranya (66,7%)");
      String portalRow = text.substring(text.indexOf("1 Membuka aplikasi portal pengguna"));
      assertThat(portalRow).contains("(Pengguna) Berjalan dengan baik 1 kali diselesaikan");
      String figures =
          text.substring(text.lastIndexOf("Pengajuan Sub Domain / Hosting No Langkah"));
      assertThat(figures)
          .contains("2 Mendisposisi surat permohonan 1 hari kerja 3 2 66,7% 8,5 15,3 1 1 0");
    }
  }

  /**
   * A period that began before what the engine's history still holds (the models keep a request's
   * history 400 days after it ended) is said to be incomplete, on the JSON and on both forms; a
   * period within it is not.
   */
  @Test
  void aPeriodReachingBackBeforeTheHistorysKeepingIsSaidToBeIncomplete() throws Exception {
    String notice =
        "Riwayat permohonan yang berakhir sebelum 30 Oktober 2025 sudah dihapus (riwayat disimpan"
            + " 400 hari setelah permohonan berakhir): jumlah permohonan dan penyelesaian langkah"
            + " SOP ini untuk periode ini bisa kurang dari yang sebenarnya.";
    ClockUtil.setCurrentTime(
        Date.from(LocalDateTime.parse("2026-12-04T09:00").atZone(OfficeTime.ZONE).toInstant()));
    try {
      JsonNode older = json(MANAGER, "/api/mutu-baku/evaluation?semester=2025-2&format=json");
      assertThat(sop(older, SD).get("historyNotice").asText()).isEqualTo(notice);
      assertThat(sop(older, API).get("historyNotice").asText()).isEqualTo(notice);
      JsonNode kept = json(MANAGER, "/api/mutu-baku/evaluation?semester=2026-1&format=json");
      assertThat(sop(kept, SD).get("historyNotice").isNull()).isTrue();
      JsonNode february = json(MANAGER, "/api/mutu-baku/summary?" + FEBRUARY);
      assertThat(procedure(february, SD).get("historyNotice").isNull()).isTrue();

      try (PDDocument document =
          Loader.loadPDF(post(MANAGER, "semester=2025-2&format=pdf").getBody())) {
        assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
            .contains("Nama SOP: Pengajuan Sub Domain / Hosting")
            .contains(notice);
      }
      try (ReadableWorkbook workbook =
          new ReadableWorkbook(
              new ByteArrayInputStream(post(MANAGER, "semester=2025-2&format=xlsx").getBody()))) {
        List<Row> requests = workbook.getSheets().toList().get(2).read();
        assertThat(requests.get(0).getCellText(4)).isEqualTo("Catatan");
        assertThat(find(requests, "Pengajuan Sub Domain / Hosting", null).getCellText(4))
            .isEqualTo(notice);
      }
    } finally {
      ClockUtil.reset();
    }
  }

  /** The first page as docs/mutu-baku.md shows it (copied from target/ to docs/images/). */
  @Test
  void theFormOfOneProcedureRendersAsAPageOfItsOwn() throws Exception {
    ResponseEntity<byte[]> answer = post(KADIS, "semester=2026-1&format=pdf&process=" + SD);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (PDDocument document = Loader.loadPDF(answer.getBody())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Pengajuan Sub Domain / Hosting").doesNotContain("Akun SPLP");
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
      ImageIO.write(page, "png", new File("target/tabel-7.png"));
    }
  }

  private static Map<String, Object> edited() {
    return Map.of(
        "actions",
        Map.of(
            SD, Map.of("Task_DisposeRequestByKabid", "Rapat evaluasi dengan Kabid, Maret 2026.")));
  }

  private byte[] post(String format) {
    ResponseEntity<byte[]> answer = post(MANAGER, "semester=2026-1&format=" + format);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("evaluasi-sop-2026-1." + format);
    return answer.getBody();
  }

  /** The evaluation with the evaluator's edited Tindakan, as the Cockpit sends it. */
  private ResponseEntity<byte[]> post(String user, String query) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, PASSWORD)
        .exchange(
            "/api/mutu-baku/evaluation?" + query,
            HttpMethod.POST,
            new HttpEntity<>(edited(), headers),
            byte[].class);
  }

  private static Row find(List<Row> rows, String sop, String no) {
    return rows.stream()
        .filter(r -> sop.equals(r.getCellText(0)))
        .filter(r -> no == null || no.equals(r.getCellText(1)))
        .findFirst()
        .orElseThrow();
  }

  private void assertRefused(String path, String field) {
    ResponseEntity<JsonNode> answer =
        http.withBasicAuth(MANAGER, PASSWORD).getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo(field);
  }

  private static void assertFigures(
      JsonNode step,
      long completed,
      long within,
      double share,
      double median,
      double p90,
      long reminders,
      long escalations,
      long openEscalations) {
    assertThat(step.get("completed").asLong()).as("completed").isEqualTo(completed);
    assertThat(step.get("withinMutuBaku").asLong()).as("withinMutuBaku").isEqualTo(within);
    assertThat(step.get("withinShare").asDouble()).as("withinShare").isEqualTo(share);
    assertThat(step.get("medianHours").asDouble()).as("medianHours").isEqualTo(median);
    assertThat(step.get("p90Hours").asDouble()).as("p90Hours").isEqualTo(p90);
    assertThat(step.get("reminders").asLong()).as("reminders").isEqualTo(reminders);
    assertThat(step.get("escalations").asLong()).as("escalations").isEqualTo(escalations);
    assertThat(step.get("openEscalations").asLong()).as("open").isEqualTo(openEscalations);
  }

  private JsonNode json(String user, String path) {
    ResponseEntity<JsonNode> answer =
        http.withBasicAuth(user, PASSWORD).getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode()).as(path + " " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static JsonNode procedure(JsonNode summary, String key) {
    return byField(summary.get("processes"), "key", key);
  }

  private static JsonNode step(JsonNode procedure, String activityId) {
    return byField(procedure.get("steps"), "activityId", activityId);
  }

  private static JsonNode sop(JsonNode evaluation, String key) {
    return byField(evaluation.get("sops"), "key", key);
  }

  private static JsonNode row(JsonNode sop, String activityId) {
    return byField(sop.get("rows"), "activityId", activityId);
  }

  private static JsonNode byField(JsonNode list, String field, String value) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(node -> node.get(field).asText().equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + list));
  }
}
