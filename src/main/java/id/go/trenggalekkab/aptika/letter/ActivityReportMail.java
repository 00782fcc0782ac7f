package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.ReferenceNumbers;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The mail that carries the activity report (SOP 060/029 A, step 7), by the system or by hand. */
record ActivityReportMail(String recipient, String subject, String body) {

  static final String SUBJECT = "activityReportMailSubject";
  static final String BODY = "activityReportMailBody";

  static ActivityReportMail of(VariableScope request) {
    Object notes = request.getVariable(LetterVariables.FORWARD_NOTES);
    return new ActivityReportMail(
        (String) request.getVariable(RequestVariables.CONTACT_EMAIL),
        ReferenceNumbers.inSubject(
            (String) request.getVariable(ReferenceNumbers.VARIABLE),
            "Laporan kegiatan pembuatan akun SPLP untuk "
                + request.getVariable(RequestVariables.UNIT_NAME)),
        "Yth. "
            + request.getVariable(RequestVariables.CONTACT_NAME)
            + ",\n\nBersama ini Kepala Dinas Komunikasi dan Informatika meneruskan laporan kegiatan"
            + " pembuatan akun SPLP atas surat permohonan nomor "
            + request.getVariable(RequestVariables.REQUEST_LETTER_NUMBER)
            + ". Laporan terlampir."
            + (notes == null || notes.toString().isBlank() ? "" : "\n\nCatatan: " + notes)
            + "\n\nHormat kami,\nDinas Komunikasi dan Informatika Kabupaten Trenggalek");
  }
}
