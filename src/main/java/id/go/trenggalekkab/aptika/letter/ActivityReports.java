package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.calendar.DailyHours;
import id.go.trenggalekkab.aptika.calendar.OfficeHours;
import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.document.Document;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import id.go.trenggalekkab.aptika.process.ElementProperties;
import id.go.trenggalekkab.aptika.process.ReferenceNumbers;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Service;

/**
 * The "Laporan Kegiatan Pembuatan Akun SPLP" (SOP 060/029 A, step 6), filled from the process: the
 * request, the dispositions, the account created, and for each step its dates and the working days
 * it took (office hours, holidays excluded).
 */
@Service
class ActivityReports {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", Locale.forLanguageTag("id-ID"))
          .withZone(OfficeTime.ZONE);

  private final HistoryService history;
  private final RepositoryService repository;
  private final WorkingTimeCalendar calendar;
  private final OfficeHours officeHours;
  private final LetterHtml html;
  private final PdfRenderer renderer;
  private final DocumentStore documents;
  private final LetterRegister register;

  ActivityReports(
      HistoryService history,
      RepositoryService repository,
      WorkingTimeCalendar calendar,
      OfficeHours officeHours,
      LetterHtml html,
      PdfRenderer renderer,
      DocumentStore documents,
      LetterRegister register) {
    this.history = history;
    this.repository = repository;
    this.calendar = calendar;
    this.officeHours = officeHours;
    this.html = html;
    this.renderer = renderer;
    this.documents = documents;
    this.register = register;
  }

  /**
   * Renders and stores the report; a draft carries KONSEP, the final one the Kabid's notes and
   * name.
   */
  Document render(
      String processInstanceId,
      String processDefinitionId,
      Map<String, Object> variables,
      Instant now,
      String kabidName) {
    boolean draft = kabidName == null;
    Map<String, Object> request = new HashMap<>();
    request.put("referenceNumber", text(variables, ReferenceNumbers.VARIABLE));
    request.put("unitName", text(variables, RequestVariables.UNIT_NAME));
    request.put("letterNumber", text(variables, RequestVariables.REQUEST_LETTER_NUMBER));
    request.put(
        "letterDate",
        IndonesianDates.format(
            LocalDate.parse(variables.get(RequestVariables.REQUEST_LETTER_DATE).toString())));
    request.put("contactName", text(variables, RequestVariables.CONTACT_NAME));
    request.put("contactEmail", text(variables, RequestVariables.CONTACT_EMAIL));
    request.put("contactPhone", text(variables, RequestVariables.CONTACT_PHONE));
    request.put("businessProcess", text(variables, RequestVariables.BUSINESS_PROCESS));
    Map<String, Object> content = new HashMap<>();
    content.put("request", request);
    content.put("dispositionKadis", text(variables, RequestVariables.DISPOSITION_KADIS));
    content.put("dispositionKabid", text(variables, RequestVariables.DISPOSITION_KABID));
    content.put("splpAccount", text(variables, "splpAccount"));
    // who made it, where and when, as the system or the Pelaksana stated it at step 5
    content.put("registration", text(variables, "splpAccountRegistration"));
    content.put("steps", steps(processInstanceId, processDefinitionId, now));
    content.put("notes", text(variables, LetterVariables.REPORT_NOTES));
    content.put("authorName", kabidName);
    LocalDate date = now.atZone(OfficeTime.ZONE).toLocalDate();
    String xhtml = html.report(draft, date, content);
    byte[] pdf = renderer.render(xhtml).pdf();
    Document document =
        documents.save(
            draft ? "KONSEP_LAPORAN_KEGIATAN" : "LAPORAN_KEGIATAN",
            draft ? "konsep-laporan-kegiatan.pdf" : "laporan-kegiatan-akun-splp.pdf",
            "application/pdf",
            pdf,
            processInstanceId,
            kabidName);
    LetterRegister.Entry entry = register.of(processInstanceId, LetterRegister.ACTIVITY_REPORT);
    if (draft) {
      register.draft(entry.id(), document.id(), LetterRegister.sourceDigest(xhtml));
    } else {
      register.issue(entry.id(), null, document.id(), kabidName, null);
    }
    return document;
  }

  Document finalDocument(String processInstanceId) {
    return documents
        .find(register.of(processInstanceId, LetterRegister.ACTIVITY_REPORT).finalDocumentId())
        .orElseThrow(() -> new IllegalStateException("Laporan kegiatan belum difinalkan"));
  }

  /** One row of the report's table of steps; {@code end} is null while the step runs. */
  record Step(String sopStep, String name, String start, String end, String workingDays) {}

  /** Every step with an SOP number, in the order it started; one still open ends now. */
  private List<Step> steps(String processInstanceId, String definitionId, Instant now) {
    BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
    List<Step> rows = new ArrayList<>();
    for (HistoricActivityInstance step :
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list()) {
      BaseElement element = model.getModelElementById(step.getActivityId());
      String sopStep = ElementProperties.of(element, ElementProperties.SOP_STEP);
      if (sopStep == null) {
        continue;
      }
      Instant start = step.getStartTime().toInstant();
      Instant end = step.getEndTime() == null ? now : step.getEndTime().toInstant();
      rows.add(
          new Step(
              sopStep,
              ((FlowNode) element).getName(),
              TIME.format(start),
              step.getEndTime() == null ? null : TIME.format(end),
              String.format(Locale.forLanguageTag("id-ID"), "%.2f", workingDays(start, end))));
    }
    return rows;
  }

  /** Office time as working days: each day's share of its own office hours. */
  double workingDays(Instant start, Instant end) {
    double days = 0;
    ZonedDateTime day = start.atZone(OfficeTime.ZONE).toLocalDate().atStartOfDay(OfficeTime.ZONE);
    while (day.toInstant().isBefore(end)) {
      ZonedDateTime next = day.plusDays(1);
      Instant from = start.isAfter(day.toInstant()) ? start : day.toInstant();
      Instant to = end.isBefore(next.toInstant()) ? end : next.toInstant();
      DailyHours hours = officeHours.on(day.getDayOfWeek()).orElse(null);
      if (hours != null) {
        Duration length = Duration.between(hours.opens(), hours.closes());
        days += (double) calendar.workingDuration(from, to).toMinutes() / length.toMinutes();
      }
      day = next;
    }
    return days;
  }

  private static String text(Map<String, Object> variables, String name) {
    return LetterHtml.blankToNull(variables.get(name));
  }
}
