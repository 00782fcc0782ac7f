package id.go.trenggalekkab.aptika.progress;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.process.OfficeProcess;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.process.ReferenceNumbers;
import id.go.trenggalekkab.aptika.process.RequestNotes;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.splp.SplpApplicationContract;
import id.go.trenggalekkab.aptika.system.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests of the reader's own unit: the unit comes from her identity (her tenants), never from
 * the request, and the engine's authorizations decide which procedures she may follow. What the
 * engine lets her list is then read in full (the steps of other lanes, who holds them), since
 * "where is my request" is exactly what she may know of it. Each answer is read in one read-only
 * transaction, which the engine's queries join instead of each opening its own.
 */
@Service
class UnitRequests {

  /** The most recent requests listed; older ones are in Cockpit's history. */
  static final int MOST_RECENT = 200;

  /** The variables a request's progress shows. */
  private static final List<String> VARIABLES =
      List.of(
          ReferenceNumbers.VARIABLE,
          RequestVariables.UNIT_NAME,
          RequestVariables.REQUEST_LETTER_NUMBER,
          RequestVariables.SUBDOMAIN_FQDN,
          RequestVariables.SUBDOMAIN_NAME,
          RequestVariables.BUSINESS_PROCESS,
          SplpApplicationContract.API_ACCESS_PURPOSE,
          RequestVariables.COMPLETENESS_PROBLEMS,
          ProcessNotes.VARIABLE);

  private final CurrentUser currentUser;
  private final HistoryService history;
  private final StepReader steps;
  private final RequestNotes notes;

  UnitRequests(
      CurrentUser currentUser, HistoryService history, StepReader steps, RequestNotes notes) {
    this.currentUser = currentUser;
    this.history = history;
    this.steps = steps;
    this.notes = notes;
  }

  /** The unit's requests in all, and the {@value #MOST_RECENT} most recent, newest first. */
  record Page(long total, List<RequestProgress> requests) {}

  @Transactional(readOnly = true)
  Page list() {
    if (currentUser.unitIds().isEmpty()) {
      return new Page(0, List.of());
    }
    List<HistoricProcessInstance> visible = newestFirst(ofMyUnits()).listPage(0, MOST_RECENT);
    long total = visible.size() < MOST_RECENT ? visible.size() : ofMyUnits().count();
    StepReader.Reader reader = reader();
    return new Page(total, currentUser.asSystem(() -> progress(visible, reader)));
  }

  /** The request the reader submitted last: the start form shows its number at once. */
  @Transactional(readOnly = true)
  RequestProgress latestOfMine() {
    List<HistoricProcessInstance> mine =
        currentUser.unitIds().isEmpty()
            ? List.of()
            : newestFirst(ofMyUnits().startedBy(currentUser.id())).listPage(0, 1);
    if (mine.isEmpty()) {
      throw new NotFoundException("Anda belum mengirim permohonan.");
    }
    StepReader.Reader reader = reader();
    return currentUser.asSystem(() -> progress(mine, reader).get(0));
  }

  @Transactional(readOnly = true)
  RequestProgress one(String processInstanceId) {
    HistoricProcessInstance instance =
        currentUser.unitIds().isEmpty()
            ? null
            : ofMyUnits().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      throw new NotFoundException("Permohonan tidak ditemukan di unit kerja Anda.");
    }
    StepReader.Reader reader = reader();
    return currentUser.asSystem(() -> progress(List.of(instance), reader).get(0));
  }

  private HistoricProcessInstanceQuery ofMyUnits() {
    return history
        .createHistoricProcessInstanceQuery()
        .tenantIdIn(currentUser.unitIds().toArray(String[]::new))
        .processDefinitionKeyIn(
            Arrays.stream(OfficeProcess.values()).map(OfficeProcess::key).toArray(String[]::new));
  }

  /** Requests started in the same instant come in the order of their numbers. */
  private static HistoricProcessInstanceQuery newestFirst(HistoricProcessInstanceQuery query) {
    return query
        .orderByProcessInstanceStartTime()
        .desc()
        .orderByProcessInstanceBusinessKey()
        .desc();
  }

  /** Who reads, asked before the requests are read as the system. */
  private StepReader.Reader reader() {
    return new StepReader.Reader(currentUser.id(), currentUser.groupIds());
  }

  /**
   * Where each of these requests stands, read together: the statements a page costs do not grow
   * with the requests on it.
   */
  private List<RequestProgress> progress(
      List<HistoricProcessInstance> instances, StepReader.Reader reader) {
    List<String> ids = instances.stream().map(HistoricProcessInstance::getId).toList();
    Map<String, StepReader.Steps> steps = this.steps.read(ids, VARIABLES, reader);
    Map<String, List<String>> notes = this.notes.of(ids);
    return instances.stream()
        .map(
            instance ->
                progress(
                    instance,
                    steps.get(instance.getId()),
                    notes.getOrDefault(instance.getId(), List.of())))
        .toList();
  }

  private static RequestProgress progress(
      HistoricProcessInstance instance, StepReader.Steps steps, List<String> notes) {
    StepReader.Variables variables = steps.variables();
    boolean returned = steps.returned();
    String state = instance.getState();
    String status =
        HistoricProcessInstance.STATE_COMPLETED.equals(state)
            ? "SELESAI"
            : state != null && state.endsWith("TERMINATED")
                ? "DIHENTIKAN"
                : returned ? "DIKEMBALIKAN" : "BERJALAN";
    return new RequestProgress(
        instance.getId(),
        instance.getBusinessKey() != null
            ? instance.getBusinessKey()
            : variables.text(ReferenceNumbers.VARIABLE),
        instance.getProcessDefinitionName(),
        variables.text(RequestVariables.UNIT_NAME),
        variables.text(RequestVariables.REQUEST_LETTER_NUMBER),
        variables.firstText(
            RequestVariables.SUBDOMAIN_FQDN,
            RequestVariables.SUBDOMAIN_NAME,
            RequestVariables.BUSINESS_PROCESS,
            SplpApplicationContract.API_ACCESS_PURPOSE),
        status,
        switch (status) {
          case "SELESAI" -> "Selesai";
          case "DIHENTIKAN" -> "Dihentikan";
          case "DIKEMBALIKAN" -> "Dikembalikan untuk perbaikan";
          default -> "Sedang diproses";
        },
        returned ? variables.text(RequestVariables.COMPLETENESS_PROBLEMS) : null,
        StepReader.time(instance.getStartTime()),
        StepReader.time(instance.getEndTime()),
        steps.current(),
        steps.history(),
        // every note from the table; a request noted only before the table existed, from its
        // variable
        notes.isEmpty() ? variables.lines(ProcessNotes.VARIABLE) : notes);
  }
}
