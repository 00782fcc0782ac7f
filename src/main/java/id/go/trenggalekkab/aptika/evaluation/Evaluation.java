package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.evaluation.Summary.StepFigures;
import java.time.LocalDate;
import java.util.List;

/**
 * The semester's SOP monitoring form, PermenPANRB 35/2012 Tabel 7 (Formulir Monitoring Pelaksanaan
 * SOP AP): per SOP, a row per step, with the figures it was judged by.
 */
record Evaluation(
    String semester,
    LocalDate from,
    LocalDate to,
    String unit,
    String unitName,
    double goodShare,
    List<Sop> sops) {

  /**
   * @param historyNotice as {@link Summary.ProcedureFigures#historyNotice()}
   */
  record Sop(
      String key,
      String name,
      String mutuBakuText,
      long started,
      long finished,
      List<Row> rows,
      String historyNotice) {}

  /**
   * @param penilaian one of {@link Verdict}'s texts
   * @param tindakan the evaluator's text, or the drafted one until they change it
   */
  record Row(
      int no,
      String activityId,
      String prosedur,
      String lane,
      Verdict verdict,
      String penilaian,
      String catatan,
      String tindakan,
      StepFigures figures) {}

  enum Verdict {
    GOOD("Berjalan dengan baik"),
    NOT_GOOD("Tidak berjalan dengan baik"),
    NOT_RATED("Belum dapat dinilai");

    private final String text;

    Verdict(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }

    /**
     * Good: completed in the period, at least {@code goodShare} within the Mutu Baku, and no
     * escalation left open. Not good: short of that share, or an escalation still open (even with
     * nothing completed). Not rated: nothing completed and nothing open.
     */
    static Verdict of(StepFigures step, double goodShare) {
      if (step.openEscalations() > 0) {
        return NOT_GOOD;
      }
      if (step.completed() == 0) {
        return NOT_RATED;
      }
      return step.withinMutuBaku() >= goodShare * step.completed() ? GOOD : NOT_GOOD;
    }
  }
}
