package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.PersonName;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a person confirms after sending an official document by hand (no SMTP server): the date it
 * went out, not in the future and not before the document was signed, and the channel. The forms of
 * these tasks name the fields {@link LetterVariables#SENT_ON}, {@link LetterVariables#SENT_CHANNEL}
 * and {@link LetterVariables#SENT_NOTE}.
 */
final class SentByHand {

  static final String MANUAL_MODE =
      "Mode manual: server surel belum dikonfigurasi (spring.mail.host kosong).";

  private static final Map<String, String> CHANNELS =
      Map.of(
          "EMAIL", "surel yang dikirim sendiri",
          "SRIKANDI", "SRIKANDI",
          "KERTAS", "surat kertas yang diantar langsung");

  private SentByHand() {}

  /**
   * Checks the confirmation of the completing task.
   *
   * @return e.g. "melalui SRIKANDI pada 2 Desember 2026, dikonfirmasi oleh Agus Prasetyo pada
   *     2026-12-02T09:15+07:00"
   * @throws FormFieldValidationException naming the field, in Bahasa Indonesia
   */
  static String confirmation(DelegateTask task, String who) {
    LocalDate signedOn = LocalDate.parse(ProcessVariables.text(task, LetterVariables.SIGNED_ON));
    LocalDate sentOn = date(task.getVariable(LetterVariables.SENT_ON));
    LocalDate today = OfficeTime.today();
    if (sentOn.isAfter(today)) {
      throw new FormFieldValidationException(
          LetterVariables.SENT_ON, "Tanggal dikirim tidak boleh di masa depan.");
    }
    if (sentOn.isBefore(signedOn)) {
      throw new FormFieldValidationException(
          LetterVariables.SENT_ON,
          "Tanggal dikirim tidak boleh sebelum dokumen ditandatangani ("
              + IndonesianDates.format(signedOn)
              + ").");
    }
    String channel = CHANNELS.get(String.valueOf(task.getVariable(LetterVariables.SENT_CHANNEL)));
    if (channel == null) {
      throw new FormFieldValidationException(
          LetterVariables.SENT_CHANNEL,
          "Saluran pengiriman wajib dipilih: surel, SRIKANDI, atau diantar langsung.");
    }
    Object note = task.getVariable(LetterVariables.SENT_NOTE);
    return "melalui "
        + channel
        + " pada "
        + IndonesianDates.format(sentOn)
        + ", dikonfirmasi oleh "
        + PersonName.of(task, who)
        + " pada "
        + OfficeTime.now()
        + (note == null || note.toString().isBlank()
            ? ""
            : " (catatan: " + note.toString().strip() + ")");
  }

  private static LocalDate date(Object value) {
    try {
      return LocalDate.parse(String.valueOf(value).strip());
    } catch (DateTimeParseException e) {
      throw new FormFieldValidationException(
          LetterVariables.SENT_ON,
          "Tanggal dikirim wajib diisi dengan tanggal yang sah (tahun-bulan-tanggal).");
    }
  }
}
