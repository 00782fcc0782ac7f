package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.process.OfficeProcess;
import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import id.go.trenggalekkab.aptika.system.Csv;
import id.go.trenggalekkab.aptika.system.InvalidInputException;
import id.go.trenggalekkab.aptika.system.Xlsx;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mutu Baku for the people who answer for it: the figures of a period, the record of overruns, and
 * the semester's SOP evaluation (Tabel 7). The Kadis, the managers and the administrators read
 * every unit; everyone else is refused.
 */
@RestController
@RequestMapping("/api/mutu-baku")
class MutuBakuController {

  private static final Set<Role> READERS = EnumSet.of(Role.KADIS, Role.MANAGER, Role.ADMINISTRATOR);
  private static final MediaType PDF = MediaType.APPLICATION_PDF;
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final MutuBakuStatistics statistics;
  private final Overruns overruns;
  private final SopEvaluation evaluation;
  private final EvaluationDocuments documents;
  private final CurrentUser currentUser;
  private final UnitDirectory units;

  MutuBakuController(
      MutuBakuStatistics statistics,
      Overruns overruns,
      SopEvaluation evaluation,
      EvaluationDocuments documents,
      CurrentUser currentUser,
      UnitDirectory units) {
    this.statistics = statistics;
    this.overruns = overruns;
    this.evaluation = evaluation;
    this.documents = documents;
    this.currentUser = currentUser;
    this.units = units;
  }

  @GetMapping("/summary")
  Summary summary(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String process) {
    requireReader();
    return statistics.summary(new Period(from, to), unit(unit), process(process));
  }

  @GetMapping("/overruns")
  ResponseEntity<?> overruns(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "json") String format) {
    requireReader();
    Period period = new Period(from, to);
    List<Overruns.Overrun> rows = overruns.due(period, unit(unit));
    String file = "keterlambatan-mutu-baku-" + from + "-" + to;
    return switch (format(format, "json", "csv", "xlsx")) {
      case "csv" -> download(file + ".csv", CSV, Csv.of(OverrunTable.of(rows)));
      case "xlsx" ->
          download(
              file + ".xlsx", Xlsx.MEDIA_TYPE, Xlsx.of("Keterlambatan", OverrunTable.of(rows)));
      default -> ResponseEntity.ok(rows);
    };
  }

  @GetMapping("/evaluation")
  ResponseEntity<?> evaluation(
      @RequestParam String semester,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String process,
      @RequestParam(defaultValue = "json") String format) {
    return evaluated(semester, unit, process, format, SopEvaluation.Actions.NONE);
  }

  /** The same form with the evaluator's own Tindakan: {@code {"actions":{key:{step:text}}}}. */
  @PostMapping("/evaluation")
  ResponseEntity<?> evaluation(
      @RequestParam String semester,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String process,
      @RequestParam(defaultValue = "json") String format,
      @RequestBody(required = false) SopEvaluation.Actions actions) {
    return evaluated(
        semester,
        unit,
        process,
        format,
        actions == null ? SopEvaluation.Actions.NONE : checked(actions));
  }

  private ResponseEntity<?> evaluated(
      String semester, String unit, String process, String format, SopEvaluation.Actions actions) {
    requireReader();
    String chosen = format(format, "json", "pdf", "xlsx");
    Evaluation form = evaluation.of(semester, unit(unit), process(process), actions);
    String file =
        "evaluasi-sop-" + form.semester() + (form.unit() == null ? "" : "-" + form.unit());
    return switch (chosen) {
      case "pdf" -> download(file + ".pdf", PDF, documents.pdf(form));
      case "xlsx" -> download(file + ".xlsx", Xlsx.MEDIA_TYPE, documents.xlsx(form));
      default -> ResponseEntity.ok(form);
    };
  }

  private void requireReader() {
    if (READERS.stream().noneMatch(role -> currentUser.groupIds().contains(role.groupId()))) {
      throw new AuthorizationException(
          "Hanya Kadis Kominfo, Manajer Pemantau dan Administrator yang boleh melihat angka Mutu"
              + " Baku (pengguna: "
              + currentUser.id()
              + ").");
    }
  }

  private String unit(String unit) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    if (units.find(unit.strip()).isEmpty()) {
      throw invalid("unit", "Unit kerja '" + unit.strip() + "' tidak dikenal.");
    }
    return unit.strip();
  }

  private static String process(String process) {
    if (process == null || process.isBlank()) {
      return null;
    }
    return OfficeProcess.ofKey(process.strip())
        .map(OfficeProcess::key)
        .orElseThrow(
            () ->
                invalid(
                    "process",
                    "Prosedur '"
                        + process.strip()
                        + "' tidak dikenal; pilih SplpAccountProcess, SplpApplicationProcess"
                        + " atau SubdomainHostingProcess."));
  }

  private static String format(String format, String... allowed) {
    String chosen = format.strip().toLowerCase(Locale.ROOT);
    if (!List.of(allowed).contains(chosen)) {
      throw invalid("format", "Format harus salah satu dari: " + String.join(", ", allowed) + ".");
    }
    return chosen;
  }

  private static SopEvaluation.Actions checked(SopEvaluation.Actions actions) {
    if (actions.actions() != null) {
      actions.actions().values().stream()
          .flatMap(steps -> steps.values().stream())
          .filter(text -> text != null && text.length() > SopEvaluation.LONGEST_ACTION)
          .findFirst()
          .ifPresent(
              text -> {
                throw invalid(
                    "actions",
                    "Tindakan yang harus diambil paling panjang "
                        + SopEvaluation.LONGEST_ACTION
                        + " karakter per langkah.");
              });
    }
    return actions;
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  private static <T> ResponseEntity<T> download(String file, MediaType type, T body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }
}
