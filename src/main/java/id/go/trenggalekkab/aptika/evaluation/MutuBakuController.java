package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.system.Csv;
import id.go.trenggalekkab.aptika.system.Xlsx;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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

  private static final MediaType PDF = MediaType.APPLICATION_PDF;
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final MutuBakuStatistics statistics;
  private final Overruns overruns;
  private final SopEvaluation evaluation;
  private final EvaluationDocuments documents;
  private final MutuBakuRequests requests;

  MutuBakuController(
      MutuBakuStatistics statistics,
      Overruns overruns,
      SopEvaluation evaluation,
      EvaluationDocuments documents,
      MutuBakuRequests requests) {
    this.statistics = statistics;
    this.overruns = overruns;
    this.evaluation = evaluation;
    this.documents = documents;
    this.requests = requests;
  }

  @GetMapping("/summary")
  Summary summary(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String process) {
    requests.requireReader();
    return statistics.summary(new Period(from, to), requests.unit(unit), requests.process(process));
  }

  @GetMapping("/overruns")
  ResponseEntity<?> overruns(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "json") String format) {
    requests.requireReader();
    Period period = new Period(from, to);
    List<Overruns.Overrun> rows = overruns.due(period, requests.unit(unit));
    String file = "keterlambatan-mutu-baku-" + from + "-" + to;
    return switch (requests.format(format, "json", "csv", "xlsx")) {
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
        actions == null ? SopEvaluation.Actions.NONE : requests.checked(actions));
  }

  private ResponseEntity<?> evaluated(
      String semester, String unit, String process, String format, SopEvaluation.Actions actions) {
    requests.requireReader();
    String chosen = requests.format(format, "json", "pdf", "xlsx");
    Evaluation form =
        evaluation.of(semester, requests.unit(unit), requests.process(process), actions);
    String file =
        "evaluasi-sop-" + form.semester() + (form.unit() == null ? "" : "-" + form.unit());
    return switch (chosen) {
      case "pdf" -> download(file + ".pdf", PDF, documents.pdf(form));
      case "xlsx" -> download(file + ".xlsx", Xlsx.MEDIA_TYPE, documents.xlsx(form));
      default -> ResponseEntity.ok(form);
    };
  }

  private static <T> ResponseEntity<T> download(String file, MediaType type, T body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }
}
