package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.process.ProcessVariables;
import id.go.trenggalekkab.aptika.unit.Unit;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * Receives a request letter: at the start event (step 1) and when the applicant sends a revised
 * request. It judges the request by the rules of step 4 ({@link CompletenessCheck}: the same
 * object, so a name already registered, a loopback target or a letter dated before 2023 is refused
 * here, before anyone spends a disposition on it), stores the stripped values, moves the uploaded
 * PDF out of the process variables into the {@link DocumentStore} (the process keeps a reference),
 * and records the requesting unit and the submitter from the submitter's identity.
 *
 * <p>A refusal is a {@link FormFieldValidationException} listing every field: the transaction rolls
 * back, so no instance is half-started and no file is left stored.
 */
@Component("requestIntakeListener")
class RequestIntakeListener implements ExecutionListener, TaskListener {

  static final String LETTER_KIND = "SURAT_PERMOHONAN";

  private final CompletenessCheck check;
  private final DocumentStore documents;
  private final UnitDirectory units;
  private final IdentityService identityService;

  RequestIntakeListener(
      CompletenessCheck check,
      DocumentStore documents,
      UnitDirectory units,
      IdentityService identityService) {
    this.check = check;
    this.documents = documents;
    this.units = units;
    this.identityService = identityService;
  }

  /** Step 1: a new request. */
  @Override
  public void notify(DelegateExecution execution) {
    String unitId = execution.getTenantId();
    if (unitId == null) {
      throw new FormFieldValidationException(
          UNIT_ID,
          "Permohonan ditolak: akun Anda belum terdaftar pada unit kerja pemohon mana pun."
              + " Hubungi Administrator.");
    }
    execution.setVariable(UNIT_ID, unitId);
    execution.setVariable(UNIT_NAME, units.find(unitId).map(Unit::name).orElse(unitId));
    execution.setVariable(INITIATOR, currentUser());
    receive(execution, RequestKinds.of(execution), execution.getProcessInstanceId(), true);
  }

  /** Step 1 again: the applicant sends the corrected request; the stored letter may stay. */
  @Override
  public void notify(DelegateTask task) {
    receive(task, RequestKinds.of(task.getExecution()), task.getProcessInstanceId(), false);
    markRevision(task);
  }

  /**
   * The Kadis and the Kabid see "Perbaikan ke-N" and why the request came back, and dispose anew:
   * their earlier dispositions are emptied, so that the forms do not offer them as if they were
   * new. The engine's history keeps every earlier value.
   */
  private static void markRevision(VariableScope scope) {
    Object count = scope.getVariable(REVISION_COUNT);
    scope.setVariable(REVISION_COUNT, count instanceof Number n ? n.intValue() + 1 : 1);
    scope.setVariable(REVISION_REASON, ProcessVariables.text(scope, COMPLETENESS_PROBLEMS));
    for (String disposition : List.of(DISPOSITION_KADIS, DISPOSITION_KABID)) {
      if (scope.hasVariable(disposition)) {
        scope.setVariable(disposition, null);
      }
    }
  }

  private void receive(
      VariableScope scope, RequestKind kind, String processInstanceId, boolean letterRequired) {
    Map<String, String> values = new LinkedHashMap<>();
    for (StartFormRules.Rule rule : StartFormRules.rulesFor(kind)) {
      values.put(rule.field(), ProcessVariables.text(scope, rule.field()));
    }
    RequestLetter letter = upload(scope);
    RequestLetter judged =
        letter != null || letterRequired
            ? letter
            : CheckCompletenessDelegate.storedLetter(
                documents, ProcessVariables.text(scope, REQUEST_LETTER_DOCUMENT_ID));
    List<Problem> problems =
        check.check(
            kind, CheckCompletenessDelegate.fields(values::get).withRequestLetter(judged).build());
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(
          problems.get(0).field(),
          "Permohonan belum dapat dikirim. "
              + problems.stream()
                  .map(Problem::message)
                  .map(message -> message.endsWith(".") ? message : message + ".")
                  .collect(Collectors.joining(" ")));
    }
    values.forEach((field, value) -> storeStripped(scope, field, value));
    if (letter != null) {
      Document stored =
          documents.save(
              LETTER_KIND,
              letter.fileName() == null ? "surat-permohonan.pdf" : letter.fileName(),
              "application/pdf",
              letter.content(),
              processInstanceId,
              currentUser());
      scope.removeVariable(REQUEST_LETTER);
      scope.setVariable(REQUEST_LETTER_DOCUMENT_ID, stored.id());
      scope.setVariable(REQUEST_LETTER_URL, stored.url());
    }
  }

  /**
   * A field is written again only when stripping changed it (or it is not text yet): writing the
   * same text once more would add a second, identical entry to the field's history and an update to
   * the database for nothing (at history level full, one detail row and one update per field).
   */
  private static void storeStripped(VariableScope scope, String field, String value) {
    if (value == null || !value.equals(scope.getVariable(field))) {
      scope.setVariable(field, value);
    }
  }

  /**
   * The uploaded letter, or null when none was sent. Tasklist sends an empty file input as an empty
   * file (no name, no bytes): that is no letter, not a broken one.
   */
  private static RequestLetter upload(VariableScope scope) {
    FileValue upload = scope.getVariableTyped(REQUEST_LETTER);
    if (upload == null || upload.getValue() == null) {
      return null;
    }
    RequestLetter letter = toLetter(upload);
    if (letter.isEmpty() && (letter.fileName() == null || letter.fileName().isBlank())) {
      scope.removeVariable(REQUEST_LETTER);
      return null;
    }
    return letter;
  }

  private static RequestLetter toLetter(FileValue upload) {
    try (var in = upload.getValue()) {
      return new RequestLetter(in.readAllBytes(), upload.getFilename(), upload.getMimeType());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read the uploaded request letter", e);
    }
  }

  private String currentUser() {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
