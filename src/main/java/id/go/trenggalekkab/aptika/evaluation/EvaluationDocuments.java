package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.evaluation.Evaluation.Row;
import id.go.trenggalekkab.aptika.evaluation.Evaluation.Sop;
import id.go.trenggalekkab.aptika.letter.IndonesianDates;
import id.go.trenggalekkab.aptika.letter.OfficePdf;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.Xlsx;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The semester's Tabel 7 as documents: a PDF with the kop of the letters and the figures attached
 * on a page of their own, and an XLSX workbook with the form, the step figures and the requests
 * counted as three sheets.
 */
@Component
class EvaluationDocuments {

  static final String TEMPLATE = "evaluation/tabel-7.xhtml";

  static final List<String> FORM_HEADER =
      List.of(
          "Nama SOP",
          "No",
          "Prosedur",
          "Pelaksana",
          "Penilaian",
          "Catatan hasil penilaian",
          "Tindakan yang harus diambil",
          "Paraf penilai");

  static final List<String> FIGURES_HEADER =
      List.of(
          "Nama SOP",
          "No",
          "Langkah",
          "ID langkah",
          "Mutu Baku",
          "Diselesaikan",
          "Dalam Mutu Baku",
          "Persentase dalam Mutu Baku",
          "Median (jam kerja)",
          "Persentil ke-90 (jam kerja)",
          "Pengingat",
          "Eskalasi",
          "Eskalasi belum diselesaikan");

  private final OfficePdf pdf;

  EvaluationDocuments(OfficePdf pdf) {
    this.pdf = pdf;
  }

  byte[] pdf(Evaluation evaluation) {
    Map<String, Object> model = new HashMap<>();
    model.put("evaluation", evaluation);
    model.put("semesterNumeral", evaluation.from().getMonthValue() == 1 ? "I" : "II");
    model.put("fromText", IndonesianDates.format(evaluation.from()));
    model.put("toText", IndonesianDates.format(evaluation.to()));
    model.put("goodSharePercent", MutuBakuText.percent(evaluation.goodShare()));
    Map<String, Map<String, String>> numbers = new HashMap<>();
    for (Sop sop : evaluation.sops()) {
      for (Row row : sop.rows()) {
        numbers.put(
            sop.key() + "/" + row.activityId(),
            Map.of(
                "share",
                    MutuBakuText.percent(row.figures().withinMutuBaku(), row.figures().completed()),
                "median", MutuBakuText.decimal(row.figures().medianHours()),
                "p90", MutuBakuText.decimal(row.figures().p90Hours())));
      }
    }
    model.put("numbers", numbers);
    return pdf.render(TEMPLATE, OfficeTime.today(), model);
  }

  byte[] xlsx(Evaluation evaluation) {
    List<List<Object>> form = new ArrayList<>(List.of(List.copyOf(FORM_HEADER)));
    List<List<Object>> figures = new ArrayList<>(List.of(List.copyOf(FIGURES_HEADER)));
    List<List<Object>> requests =
        new ArrayList<>(
            List.of(
                List.of(
                    "Nama SOP", "Mutu Baku seluruh prosedur", "Dimulai", "Selesai", "Catatan")));
    for (Sop sop : evaluation.sops()) {
      requests.add(
          List.of(
              sop.name(),
              text(sop.mutuBakuText()),
              sop.started(),
              sop.finished(),
              text(sop.historyNotice())));
      for (Row row : sop.rows()) {
        form.add(
            List.of(
                sop.name(),
                row.no(),
                row.prosedur(),
                text(row.lane()),
                row.penilaian(),
                row.catatan(),
                row.tindakan(),
                ""));
        Summary.StepFigures f = row.figures();
        figures.add(
            Arrays.asList(
                sop.name(),
                row.no(),
                row.prosedur(),
                row.activityId(),
                f.mutuBakuText(),
                f.completed(),
                f.withinMutuBaku(),
                f.withinShare(),
                f.medianHours(),
                f.p90Hours(),
                f.reminders(),
                f.escalations(),
                f.openEscalations()));
      }
    }
    Map<String, List<? extends List<?>>> sheets = new LinkedHashMap<>();
    sheets.put("Tabel 7", form);
    sheets.put("Angka periode", figures);
    sheets.put("Permohonan", requests);
    return Xlsx.of(sheets);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
