package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 9: the signed letter goes to the applicant's contact person by e-mail (through the outbox,
 * which retries until it is sent), and its number is written into the registry of services.
 */
@Component("sendReplyLetterDelegate")
class SendReplyLetterDelegate implements JavaDelegate {

  private final ReplyLetters letters;
  private final Outbox outbox;
  private final ServiceRegistry registry;
  private final PublicAddress address;

  SendReplyLetterDelegate(
      ReplyLetters letters, Outbox outbox, ServiceRegistry registry, PublicAddress address) {
    this.letters = letters;
    this.outbox = outbox;
    this.registry = registry;
    this.address = address;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    String number = (String) execution.getVariable(LetterVariables.NUMBER);
    String recipient = (String) execution.getVariable(RequestVariables.CONTACT_EMAIL);
    Object fqdn = execution.getVariable(RequestVariables.SUBDOMAIN_FQDN);
    LetterRegister.Entry letter = letters.entry(processInstanceId);
    outbox.queue(
        List.of(recipient),
        "Surat balasan nomor " + number + ": sub domain " + fqdn,
        "Yth. "
            + execution.getVariable(RequestVariables.CONTACT_NAME)
            + ",\n\nBersama ini kami kirimkan surat balasan Dinas Komunikasi dan Informatika"
            + " Kabupaten Trenggalek nomor "
            + number
            + " atas permohonan "
            + execution.getVariable(RequestVariables.UNIT_NAME)
            + " nomor "
            + execution.getVariable(RequestVariables.REQUEST_LETTER_NUMBER)
            + " tentang sub domain "
            + fqdn
            + ". Surat yang telah ditandatangani secara elektronik terlampir; keasliannya dapat"
            + " diperiksa melalui kode QR pada surat atau di\n"
            + VerificationController.url(address, letter.id())
            + "\n\nHormat kami,\nDinas Komunikasi dan Informatika Kabupaten Trenggalek",
        processInstanceId,
        List.of(letter.finalDocumentId()));
    registry.recordReplyLetter(processInstanceId, number);
    ProcessNotes.append(
        execution,
        "Langkah 9: surat balasan nomor "
            + number
            + " dimasukkan ke kotak keluar untuk "
            + recipient
            + " dan dicatat pada daftar layanan.");
  }
}
