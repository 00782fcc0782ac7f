package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.system.OfflineActionLog;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The default: produces no document and sends no mail; it records what was due. */
@Component
class OfflineLetterOffice implements LetterOffice {

  private final OfflineActionLog log;

  OfflineLetterOffice(OfflineActionLog log) {
    this.log = log;
  }

  @Override
  public String perform(LetterStep step, String processInstanceId, Map<String, Object> variables) {
    String subject =
        step.work()
            + " untuk "
            + variables.getOrDefault("unitName", "unit pemohon")
            + " (surat permohonan "
            + variables.getOrDefault("requestLetterNumber", "-")
            + ", "
            + "contact person "
            + variables.getOrDefault("contactEmail", "-")
            + ")";
    log.record("SURAT", step.name(), subject, processInstanceId);
    return "Mode offline: "
        + subject
        + " dicatat, belum dibuat oleh sistem; kerjakan secara"
        + " manual sampai modul surat aktif.";
  }
}
