package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.evaluation.Evaluation.Row;
import id.go.trenggalekkab.aptika.evaluation.Evaluation.Sop;
import id.go.trenggalekkab.aptika.evaluation.Evaluation.Verdict;
import id.go.trenggalekkab.aptika.evaluation.Summary.ProcedureFigures;
import id.go.trenggalekkab.aptika.evaluation.Summary.StepFigures;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import id.go.trenggalekkab.aptika.unit.Unit;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Fills the semester's Tabel 7 from the figures: the Penilaian by the rule of {@link
 * EvaluationSettings}, the Catatan hasil penilaian and a first Tindakan drafted by the templates
 * under {@code templates/evaluation/}. The evaluator's own Tindakan replace the drafts.
 */
@Service
class SopEvaluation {

  static final String NOTE_TEMPLATE = "evaluation/catatan.txt";
  static final String ACTION_TEMPLATE = "evaluation/tindakan.txt";
  static final int LONGEST_ACTION = 2000;

  /** What the evaluator wrote, per procedure key and step (activity id). */
  record Actions(Map<String, Map<String, String>> actions) {

    static final Actions NONE = new Actions(Map.of());

    String of(String processKey, String activityId) {
      return actions == null ? null : actions.getOrDefault(processKey, Map.of()).get(activityId);
    }
  }

  private final MutuBakuStatistics statistics;
  private final EvaluationSettings settings;
  private final OfficeTemplates templates;
  private final UnitDirectory units;

  SopEvaluation(
      MutuBakuStatistics statistics,
      EvaluationSettings settings,
      OfficeTemplates templates,
      UnitDirectory units) {
    this.statistics = statistics;
    this.settings = settings;
    this.templates = templates;
    this.units = units;
  }

  /**
   * @param unit a unit's id, or null for every unit
   * @param processKey one procedure, or null for all
   */
  Evaluation of(String semester, String unit, String processKey, Actions actions) {
    Period period = Period.semester(semester);
    Summary figures = statistics.summary(period, unit, processKey);
    List<Sop> sops =
        figures.processes().stream().map(procedure -> sop(procedure, actions)).toList();
    return new Evaluation(
        semester.strip(),
        period.from(),
        period.to(),
        unit,
        unit == null ? null : units.find(unit).map(Unit::name).orElse(unit),
        settings.goodShare(),
        sops);
  }

  private Sop sop(ProcedureFigures procedure, Actions actions) {
    List<Row> rows =
        procedure.steps().stream()
            .map(step -> row(step, actions.of(procedure.key(), step.activityId())))
            .toList();
    return new Sop(
        procedure.key(),
        procedure.name(),
        procedure.mutuBakuText(),
        procedure.started(),
        procedure.finished(),
        rows,
        procedure.historyNotice());
  }

  private Row row(StepFigures step, String action) {
    Verdict verdict = Verdict.of(step, settings.goodShare());
    Map<String, Object> model = new HashMap<>();
    model.put("step", step);
    model.put("verdict", verdict.name());
    model.put("share", MutuBakuText.percent(step.withinMutuBaku(), step.completed()));
    model.put("goodShare", MutuBakuText.percent(settings.goodShare()));
    model.put("median", MutuBakuText.decimal(step.medianHours()));
    model.put("p90", MutuBakuText.decimal(step.p90Hours()));
    String drafted = templates.render(ACTION_TEMPLATE, model).strip();
    return new Row(
        step.no(),
        step.activityId(),
        step.name(),
        step.lane(),
        verdict,
        verdict.text(),
        templates.render(NOTE_TEMPLATE, model).strip().replaceAll("\\s+", " "),
        action == null || action.isBlank() ? drafted : action.strip(),
        step);
  }
}
