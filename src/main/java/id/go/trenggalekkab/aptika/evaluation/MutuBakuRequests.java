package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.process.OfficeProcess;
import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import id.go.trenggalekkab.aptika.system.InvalidInputException;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Who may ask for the Mutu Baku figures (the Kadis, the managers, the administrators: every unit),
 * and the parameters they send, each refused with a message naming it.
 */
@Component
class MutuBakuRequests {

  private final CurrentUser currentUser;
  private final UnitDirectory units;

  MutuBakuRequests(CurrentUser currentUser, UnitDirectory units) {
    this.currentUser = currentUser;
    this.units = units;
  }

  void requireReader() {
    currentUser.requireMutuBakuWatcher("angka Mutu Baku");
  }

  String unit(String unit) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    if (units.find(unit.strip()).isEmpty()) {
      throw invalid("unit", "Unit kerja '" + unit.strip() + "' tidak dikenal.");
    }
    return unit.strip();
  }

  String process(String process) {
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

  String format(String format, String... allowed) {
    String chosen = format.strip().toLowerCase(Locale.ROOT);
    if (!List.of(allowed).contains(chosen)) {
      throw invalid("format", "Format harus salah satu dari: " + String.join(", ", allowed) + ".");
    }
    return chosen;
  }

  SopEvaluation.Actions checked(SopEvaluation.Actions actions) {
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
}
