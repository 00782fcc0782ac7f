package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every template under {@code templates/} renders with sample data: no variable it names is missing
 * from the sample, no expression is left in the output, its key sentence is there, a letter is
 * well-formed XML, and a mail keeps what a person typed as it is. A template added without a sample
 * here fails.
 */
class OfficeTemplatesTest {

  static final String TYPED = "Dinas \"A\" & <B>";

  record Sample(Map<String, Object> model, String keySentence) {}

  final OfficeTemplates templates = new OfficeTemplates();

  @Test
  void everyTemplateHasASampleAndEverySampleATemplate() throws IOException {
    assertThat(discovered()).isEqualTo(new TreeSet<>(samples().keySet()));
  }

  @TestFactory
  List<DynamicTest> everyTemplateRendersWithItsSample() throws IOException {
    Map<String, Sample> samples = samples();
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : discovered()) {
      tests.add(DynamicTest.dynamicTest(name, () -> rendersCompletely(name, samples.get(name))));
    }
    return tests;
  }

  private void rendersCompletely(String name, Sample sample) throws IOException {
    assertThat(sample).as("sample data for " + name).isNotNull();
    String output = templates.render(name, sample.model());

    assertThat(sample.model().keySet())
        .as("variables " + name + " names, all in its sample")
        .containsAll(variablesOf(name));
    assertThat(output)
        .as(name)
        .doesNotContain("${", "[[", "]]", "[(", "[#", "[/]", "~{", "null")
        .doesNotContainPattern("[<\\s:]th:")
        .contains(sample.keySentence());
    if (name.endsWith(".xhtml")) {
      assertThatCode(() -> parseXml(output))
          .as(name + " is well-formed XML")
          .doesNotThrowAnyException();
    }
    if (name.endsWith(".txt")) {
      assertThat(output).as(name + " keeps typed text as it is").contains(TYPED);
    }
  }

  /**
   * The variables a template and the templates it includes name, less those it binds itself ({@code
   * th:each="line : ..."}).
   */
  static Set<String> variablesOf(String name) throws IOException {
    String source =
        new String(
            OfficeTemplatesTest.class
                .getClassLoader()
                .getResourceAsStream(OfficeTemplates.FOLDER + name)
                .readAllBytes(),
            StandardCharsets.UTF_8);
    Set<String> names = new TreeSet<>();
    Matcher variable = Pattern.compile("\\$\\{\\s*!?([A-Za-z_]\\w*)").matcher(source);
    while (variable.find()) {
      names.add(variable.group(1));
    }
    Matcher bound = Pattern.compile("th:each=\"(\\w+)\\s*:").matcher(source);
    while (bound.find()) {
      names.remove(bound.group(1));
    }
    Matcher included = Pattern.compile("~\\{([\\w/.-]+)").matcher(source);
    while (included.find()) {
      if (!included.group(1).equals(name)) {
        names.addAll(variablesOf(included.group(1)));
      }
    }
    return names;
  }

  /** The templates in the folder, as names relative to it. */
  static Set<String> discovered() throws IOException {
    Set<String> names = new TreeSet<>();
    for (Resource resource :
        new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.*")) {
      String url = resource.getURL().toString();
      names.add(
          url.substring(url.lastIndexOf(OfficeTemplates.FOLDER) + OfficeTemplates.FOLDER.length()));
    }
    return names;
  }

  private static void parseXml(String xml) throws Exception {
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static Map<String, Sample> samples() {
    Map<String, Sample> samples = new HashMap<>();
    Map<String, Object> letterParts = letterParts();
    samples.put(
        "letters/common.xhtml", new Sample(letterParts, "DINAS KOMUNIKASI DAN INFORMATIKA"));
    Map<String, Object> letter = new HashMap<>(letterParts);
    letter.putAll(
        Map.of(
            "number", "060/ 007 /406.020/2026",
            "sifat", "Biasa",
            "lampiran", "-",
            "hal", "Pembuatan Sub Domain sikesda.trenggalekkab.go.id",
            "addresseeTitle", "Kepala Dinas Kesehatan",
            "addresseePlace", "Tempat",
            "body", List.of("Menindaklanjuti surat Saudara.", "Demikian untuk menjadi maklum."),
            "signatory",
                Map.of(
                    "jabatan", "Kepala Dinas Komunikasi dan Informatika",
                    "nama", "BUDI SANTOSO",
                    "pangkat", "Pembina",
                    "nip", "19700101 199503 1 001"),
            "tembusan", List.of("Arsip"),
            "registration", "SD-2026-0007"));
    letter.put("verificationUrl", "https://layanan.example/verifikasi/abc");
    samples.put(
        "letters/reply-letter.xhtml",
        new Sample(letter, "Periksa keaslian: pindai kode QR atau buka"));
    Map<String, Object> report = new HashMap<>(letterParts);
    report.put(
        "request",
        Map.of(
            "referenceNumber", "SP-2026-0001",
            "unitName", "Dinas Kesehatan",
            "letterNumber", "400.7/1",
            "letterDate", "20 November 2026",
            "contactName", "Siti",
            "contactEmail", "siti@example.go.id",
            "contactPhone", "0812",
            "businessProcess", "Cek NIK"));
    report.put("dispositionKadis", "Proses");
    report.put("dispositionKabid", "Kerjakan");
    report.put("splpAccount", "dinkes");
    report.put("registration", "Dibuat oleh sistem");
    report.put(
        "steps",
        List.of(
            Map.of(
                "sopStep", "1",
                "name", "Mengajukan permohonan",
                "start", "2 Des 2026 08.00",
                "end", "2 Des 2026 09.00",
                "workingDays", "0,12")));
    report.put("notes", "Selesai.");
    report.put("authorName", "SRI");
    report.put("draft", false);
    samples.put("letters/activity-report.xhtml", new Sample(report, "E. Catatan Kabid Aptika"));
    Map<String, Object> proposal =
        Map.of(
            "fqdn", "sikesda.trenggalekkab.go.id",
            "created", "sub domain telah dibuat.",
            "unitName", TYPED,
            "requestLetterNumber", "400.7/123",
            "requestLetterDate", "20 November 2026");
    samples.put(
        "letters/reply-letter-body.txt",
        new Sample(proposal, "hal permohonan pembuatan sub domain"));
    samples.put(
        "letters/reply-letter-hal.txt", new Sample(Map.of("fqdn", TYPED), "Pembuatan Sub Domain"));
    samples.put(
        "mail/reply-letter.txt",
        new Sample(
            Map.of(
                "number", "060/ 007 /406.020/2026",
                "fqdn", "sikesda.trenggalekkab.go.id",
                "contactName", TYPED,
                "unitName", "Dinas Kesehatan",
                "requestLetterNumber", "400.7/123",
                "verificationUrl", "https://layanan.example/verifikasi/abc"),
            "Bersama ini kami kirimkan surat balasan"));
    Map<String, Object> forward = new HashMap<>();
    forward.put("unitName", "Dinas Kesehatan");
    forward.put("contactName", "Siti");
    forward.put("requestLetterNumber", "400.7/123");
    forward.put("notes", TYPED);
    samples.put(
        "mail/activity-report.txt",
        new Sample(forward, "meneruskan laporan kegiatan pembuatan akun SPLP"));
    Map<String, Object> step = new HashMap<>();
    step.put("processName", "Pembuatan Sub Domain");
    step.put("unitName", TYPED);
    step.put("requestLetterNumber", "400.7/123");
    step.put("step", "Mendisposisi surat permohonan");
    step.put("due", "Rabu, 2 Desember 2026 pukul 16.00 WIB");
    step.put("late", "3 jam 20 menit");
    step.put("taskLink", "https://layanan.example/camunda/app/tasklist/default/#/?task=1");
    samples.put("mail/step-details.txt", new Sample(step, "Terlambat  : 3 jam 20 menit"));
    samples.put("mail/step-reminder.txt", new Sample(step, "Mohon segera diselesaikan."));
    Map<String, Object> escalation = new HashMap<>(step);
    escalation.put("toSuperior", true);
    samples.put(
        "mail/step-escalation.txt",
        new Sample(escalation, "Tugas ini dieskalasikan kepada Anda sebagai atasan"));
    // a year is no typed text, but the rule that text templates print values as they are holds
    samples.put(
        "calendar/holiday-list-warning.txt",
        new Sample(
            Map.of("year", TYPED, "begun", false),
            "Administrator perlu mengisi daftar dari SKB tiga menteri"));
    samples.put(
        "tasks/holiday-list-missing.txt",
        new Sample(Map.of("year", TYPED), "sehingga dapat jatuh pada hari libur."));
    samples.put(
        "mail/holiday-list-missing.txt",
        new Sample(
            Map.of("years", "2027", "messages", List.of(TYPED, "Daftar hari libur tahun 2028")),
            "Pengingat ini dikirim setiap pekan selama daftar belum diisi."));
    samples.put(
        "mail/process-overrun.txt",
        new Sample(
            Map.of(
                "processName", "Pembuatan Sub Domain",
                "standard", "8 hari",
                "unitName", TYPED,
                "late", "2 jam",
                "processInstanceId", "abc"),
            "Keterlambatan ini dicatat untuk evaluasi SOP."));
    samples.put(
        "mail/returned-request.txt",
        new Sample(
            Map.of(
                "clerkName", "Siti Aminah",
                "processName", "Pembuatan Sub Domain",
                "referenceNumber", "SD-2026-0007",
                "requestLetterNumber", "400.7/123",
                "reason", TYPED,
                "taskLink", "https://layanan.example/camunda/app/tasklist/default/#/?task=1",
                "myRequestsLink", "https://layanan.example/permohonan-saya/"),
            "dikembalikan untuk perbaikan."));
    Map<String, Object> verification = new HashMap<>();
    verification.put("known", true);
    verification.put("comparison", false);
    verification.put("intact", true);
    verification.put("problem", "");
    verification.put("number", "060/ 007 /406.020/2026");
    verification.put("signerName", "BUDI SANTOSO");
    verification.put("signedAt", "3 Agustus 2026 10.15 WIB");
    verification.put("certificate", "CN=BUDI SANTOSO");
    verification.put("developmentCertificate", true);
    samples.put(
        "pages/verification.html",
        new Sample(verification, "Tanda tangan elektronik SAH: dokumen utuh"));
    samples.put(
        "pages/integration-status.html",
        new Sample(
            Map.of(
                "allowed", true,
                "userId", "admin",
                "integrations",
                    List.of(
                        Map.of(
                            "id", "dns",
                            "name", "DNS",
                            "mode", "MANUAL",
                            "modeLabel", "manual",
                            "setting", "aptika.dns.mode",
                            "settingValue", "",
                            "manualWork", "Pelaksana membuat rekaman DNS.")),
                "signingMethod", "local",
                "publicUrl", "http://localhost:8080/"),
            "<td class=\"mode manual\">manual</td>"));
    evaluationSamples(samples);
    return samples;
  }

  /** The semester's Tabel 7 and the drafts of its columns, for one step of one SOP. */
  private static void evaluationSamples(Map<String, Sample> samples) {
    Map<String, Object> step = new HashMap<>();
    step.put("completed", 3);
    step.put("withinMutuBaku", 2);
    step.put("mutuBakuText", "1 hari kerja");
    step.put("lane", TYPED);
    step.put("reminders", 1);
    step.put("escalations", 1);
    step.put("openEscalations", 1);
    Map<String, Object> draft = new HashMap<>();
    draft.put("step", step);
    draft.put("verdict", "NOT_GOOD");
    draft.put("share", "66,7%");
    draft.put("goodShare", "80%");
    draft.put("median", "8,5");
    draft.put("p90", "15,3");
    Map<String, Object> note = new HashMap<>(draft);
    Map<String, Object> noteStep = new HashMap<>(step);
    noteStep.put("mutuBakuText", TYPED);
    note.put("step", noteStep);
    samples.put("evaluation/catatan.txt", new Sample(note, "1 eskalasi belum diselesaikan"));
    samples.put(
        "evaluation/tindakan.txt",
        new Sample(
            draft,
            "Telusuri penyebab keterlambatan langkah ini bersama pelaksananya (" + TYPED + ")"));
    Map<String, Object> row = new HashMap<>();
    row.put("no", 2);
    row.put("activityId", "Task_DisposeRequestByKadis");
    row.put("prosedur", "Mendisposisi surat permohonan");
    row.put("lane", "Kadis Kominfo");
    row.put("penilaian", "Tidak berjalan dengan baik");
    row.put("catatan", "3 kali diselesaikan.");
    row.put("tindakan", TYPED);
    row.put("figures", step);
    Map<String, Object> sop = new HashMap<>();
    sop.put("key", "SubdomainHostingProcess");
    sop.put("name", "Pengajuan Sub Domain / Hosting");
    sop.put("mutuBakuText", "10 hari kerja");
    sop.put("started", 3);
    sop.put("finished", 0);
    sop.put("rows", List.of(row));
    Map<String, Object> evaluation = new HashMap<>();
    evaluation.put("from", LocalDate.of(2026, 7, 1));
    evaluation.put("unitName", null);
    evaluation.put("sops", List.of(sop));
    Map<String, Object> form = new HashMap<>(letterParts());
    form.put("evaluation", evaluation);
    form.put("semesterNumeral", "II");
    form.put("fromText", "1 Juli 2026");
    form.put("toText", "31 Desember 2026");
    form.put("goodSharePercent", "80%");
    form.put(
        "numbers",
        Map.of(
            "SubdomainHostingProcess/Task_DisposeRequestByKadis",
            Map.of("share", "66,7%", "median", "8,5", "p90", "15,3")));
    samples.put("evaluation/tabel-7.xhtml", new Sample(form, "SEMESTER II TAHUN 2026"));
  }

  private static Map<String, Object> letterParts() {
    Map<String, Object> parts = new HashMap<>();
    parts.put("font", "Liberation Serif");
    parts.put("draft", false);
    parts.put(
        "office",
        Map.of(
            "government", "PEMERINTAH KABUPATEN TRENGGALEK",
            "name", "DINAS KOMUNIKASI DAN INFORMATIKA",
            "address", "Jl. Brigjend. Soetran No. 2",
            "phone", "(0355) 791000",
            "website", "kominfo.trenggalekkab.go.id",
            "email", "kominfo@trenggalekkab.go.id",
            "place", "Trenggalek"));
    parts.put("logo", "data:image/png;base64,iVBORw0KGgo=");
    parts.put("date", "25 November 2026");
    return parts;
  }
}
