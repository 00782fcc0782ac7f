package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
import java.util.List;
import java.util.function.Function;
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

  CheckCompletenessDelegate(CompletenessCheck check, DocumentStore documents) {
    this.check = check;
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
    return fields(name -> ProcessVariables.text(execution, name))
        .withRequestLetter(
            storedLetter(documents, ProcessVariables.text(execution, REQUEST_LETTER_DOCUMENT_ID)))
        .build();
  }

  /** The request's text fields, read by name; shared with the intake, which reads the same. */
  static RequestData.Builder fields(Function<String, String> text) {
    return RequestData.builder()
        .withRequestLetterNumber(text.apply(REQUEST_LETTER_NUMBER))
        .withRequestLetterDate(text.apply(REQUEST_LETTER_DATE))
        .withContactName(text.apply(CONTACT_NAME))
        .withContactEmail(text.apply(CONTACT_EMAIL))
        .withContactPhone(text.apply(CONTACT_PHONE))
        .withBusinessProcess(text.apply(BUSINESS_PROCESS))
        .withSubdomainName(text.apply(SUBDOMAIN_NAME))
        .withSubdomainPurpose(text.apply(SUBDOMAIN_PURPOSE))
        .withServiceType(text.apply(SERVICE_TYPE))
        .withTargetAddress(text.apply(TARGET_ADDRESS));
  }

  /** The letter kept in the document store, or null when none is. */
  static RequestLetter storedLetter(DocumentStore documents, String documentId) {
    if (documentId == null) {
      return null;
    }
    Document letter = documents.find(documentId).orElseThrow();
    return new RequestLetter(documents.content(documentId), letter.fileName(), letter.mimeType());
  }
}
