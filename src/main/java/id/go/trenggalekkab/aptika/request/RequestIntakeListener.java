package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.unit.Unit;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * Receives a request letter: at the start event (step 1) and when the applicant sends a revised
 * request. It repeats the start form's checks on the server, stores the stripped values, moves the
 * uploaded PDF out of the process variables into the {@link DocumentStore} (the process keeps a
 * reference), and records the requesting unit from the submitter's identity.
 *
 * <p>A refusal is a {@link FormFieldValidationException} listing every field: the transaction rolls
 * back, so no instance is half-started and no file is left stored.
 */
@Component("requestIntakeListener")
class RequestIntakeListener implements ExecutionListener, TaskListener {

  static final String LETTER_KIND = "SURAT_PERMOHONAN";
  private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");

  private final DocumentStore documents;
  private final UnitDirectory units;
  private final IdentityService identityService;

  RequestIntakeListener(
      DocumentStore documents, UnitDirectory units, IdentityService identityService) {
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
    receive(execution, RequestKinds.of(execution), execution.getProcessInstanceId(), true);
  }

  /** Step 1 again: the applicant sends the corrected request; the stored letter may stay. */
  @Override
  public void notify(DelegateTask task) {
    receive(task, RequestKinds.of(task.getExecution()), task.getProcessInstanceId(), false);
  }

  private void receive(
      VariableScope scope, RequestKind kind, String processInstanceId, boolean letterRequired) {
    Map<String, String> values = new LinkedHashMap<>();
    for (StartFormRules.Rule rule : StartFormRules.rulesFor(kind)) {
      Object value = scope.getVariable(rule.field());
      values.put(rule.field(), value == null ? null : value.toString().strip());
    }
    RequestLetter letter = upload(scope);
    List<Problem> problems = StartFormRules.check(kind, values, letter, letterRequired, today());
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(
          problems.get(0).field(),
          "Permohonan belum dapat dikirim. "
              + problems.stream()
                  .map(Problem::message)
                  .map(message -> message.endsWith(".") ? message : message + ".")
                  .collect(Collectors.joining(" ")));
    }
    values.forEach(scope::setVariable);
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

  /** The office's date; the engine clock, so that tests can move it. */
  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(OFFICE_ZONE).toLocalDate();
  }

  private String currentUser() {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
