package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 4 of both request procedures, "Mengecek kelengkapan surat permohonan": every requirement the
 * SOP names, on the server. An incomplete request goes back to the applicant with each problem in
 * Bahasa Indonesia.
 */
@Component("checkCompletenessDelegate")
class CheckCompletenessDelegate implements JavaDelegate {

  private final CompletenessCheck check;
  private final DocumentStore documents;

  CheckCompletenessDelegate(SubdomainRegistry registry, DocumentStore documents) {
    this.check = new CompletenessCheck(registry);
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> problems = check.check(RequestKinds.of(execution), read(execution));
    execution.setVariable(REQUEST_COMPLETE, problems.isEmpty());
    execution.setVariable(
        COMPLETENESS_PROBLEMS,
        problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
    ProcessNotes.append(
        execution,
        problems.isEmpty()
            ? "Langkah 4: permohonan lengkap."
            : "Langkah 4: permohonan belum lengkap ("
                + problems.size()
                + " hal), dikembalikan kepada pemohon.");
  }

  private RequestData read(DelegateExecution execution) {
    RequestData.Builder data =
        RequestData.builder()
            .withRequestLetterNumber(ProcessNotes.text(execution, REQUEST_LETTER_NUMBER))
            .withRequestLetterDate(ProcessNotes.text(execution, REQUEST_LETTER_DATE))
            .withContactName(ProcessNotes.text(execution, CONTACT_NAME))
            .withContactEmail(ProcessNotes.text(execution, CONTACT_EMAIL))
            .withContactPhone(ProcessNotes.text(execution, CONTACT_PHONE))
            .withBusinessProcess(ProcessNotes.text(execution, BUSINESS_PROCESS))
            .withSubdomainName(ProcessNotes.text(execution, SUBDOMAIN_NAME))
            .withSubdomainPurpose(ProcessNotes.text(execution, SUBDOMAIN_PURPOSE))
            .withServiceType(ProcessNotes.text(execution, SERVICE_TYPE))
            .withTargetAddress(ProcessNotes.text(execution, TARGET_ADDRESS));
    String documentId = ProcessNotes.text(execution, REQUEST_LETTER_DOCUMENT_ID);
    if (documentId != null) {
      Document letter = documents.find(documentId).orElseThrow();
      data.withRequestLetter(documents.content(documentId), letter.fileName(), letter.mimeType());
    }
    return data.build();
  }
}
