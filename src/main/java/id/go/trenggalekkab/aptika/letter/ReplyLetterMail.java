package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.ReferenceNumbers;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The mail that carries the signed reply letter (step 9), sent by the system or by hand. */
record ReplyLetterMail(String recipient, String subject, String body) {

  static final String SUBJECT = "replyLetterMailSubject";
  static final String BODY = "replyLetterMailBody";

  static ReplyLetterMail of(
      VariableScope request, LetterRegister.Entry letter, PublicAddress address) {
    String number = (String) request.getVariable(LetterVariables.NUMBER);
    Object fqdn = request.getVariable(RequestVariables.SUBDOMAIN_FQDN);
    return new ReplyLetterMail(
        (String) request.getVariable(RequestVariables.CONTACT_EMAIL),
        ReferenceNumbers.inSubject(
            (String) request.getVariable(ReferenceNumbers.VARIABLE),
            "Surat balasan nomor " + number + ": sub domain " + fqdn),
        "Yth. "
            + request.getVariable(RequestVariables.CONTACT_NAME)
            + ",\n\nBersama ini kami kirimkan surat balasan Dinas Komunikasi dan Informatika"
            + " Kabupaten Trenggalek nomor "
            + number
            + " atas permohonan "
            + request.getVariable(RequestVariables.UNIT_NAME)
            + " nomor "
            + request.getVariable(RequestVariables.REQUEST_LETTER_NUMBER)
            + " tentang sub domain "
            + fqdn
            + ". Surat yang telah ditandatangani secara elektronik terlampir; keasliannya dapat"
            + " diperiksa melalui kode QR pada surat atau di\n"
            + VerificationController.url(address, letter.id())
            + "\n\nHormat kami,\nDinas Komunikasi dan Informatika Kabupaten Trenggalek");
  }
}
