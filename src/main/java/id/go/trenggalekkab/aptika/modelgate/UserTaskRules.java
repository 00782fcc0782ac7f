package id.go.trenggalekkab.aptika.modelgate;

import id.go.trenggalekkab.aptika.calendar.MutuBakuDuration;
import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.process.ElementProperties;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * Every user task goes to one of the office's roles, shows a form that resolves, and is held to its
 * Mutu Baku: its time, the due date taken from it, a reminder at that date and an escalation after
 * it (see {@code sla.MutuBaku}). A start event's form, when it has one, resolves too.
 */
public final class UserTaskRules {

  public static final String DUE_AT = "${mutuBaku.dueAt(execution)}";
  public static final String ESCALATION_AT = "${mutuBaku.escalationAt(execution)}";
  public static final String REMINDER = "${mutuBakuReminder}";
  public static final String ESCALATION = "${mutuBakuEscalation}";

  /** The person who submitted the request, the only person a task may be given to by name. */
  public static final String INITIATOR = "${initiator}";

  /** The SOP's columns; administrators and managers watch the work, they do none of it. */
  static final Set<Role> TASK_ROLES =
      EnumSet.of(
          Role.APPLICANT,
          Role.KADIS,
          Role.KABID,
          Role.EXECUTOR,
          Role.SPLP_OPERATOR,
          Role.API_PROVIDER,
          Role.API_USER);

  /** The embedded HTML forms the application serves (see "Attaching the request letter"). */
  private static final String EMBEDDED = "embedded:app:forms/";

  private final Predicate<String> formResolves;

  /**
   * @param formResolves whether a Camunda Form id is in the deployment or already deployed
   */
  UserTaskRules(Predicate<String> formResolves) {
    this.formResolves = formResolves;
  }

  void check(BpmnModelInstance model, BiConsumer<BaseElement, String> problems) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = ElementNames.of(task);
      roles(task, where, problems);
      if (!form(task, where, problems)) {
        problems.accept(task, GateMessages.of("userTask.noForm", where));
      }
      mutuBaku(task, where, problems);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      form(start, ElementNames.of(start), problems);
    }
  }

  private static void roles(UserTask task, String where, BiConsumer<BaseElement, String> out) {
    String groups = task.getCamundaCandidateGroups();
    String assignee = task.getCamundaAssignee();
    String roles = TASK_ROLES.stream().map(Role::groupId).collect(Collectors.joining(", "));
    if (isBlank(groups) && isBlank(assignee)) {
      out.accept(task, GateMessages.of("userTask.noRole", where, roles, INITIATOR));
    }
    if (!isBlank(groups)) {
      Arrays.stream(groups.split(","))
          .map(String::strip)
          .filter(group -> TASK_ROLES.stream().noneMatch(role -> role.groupId().equals(group)))
          .forEach(
              group -> out.accept(task, GateMessages.of("userTask.group", where, group, roles)));
    }
    if (!isBlank(assignee) && !INITIATOR.equals(assignee.strip())) {
      out.accept(task, GateMessages.of("userTask.assignee", where, assignee, INITIATOR));
    }
    if (!isBlank(task.getCamundaCandidateUsers())) {
      out.accept(
          task, GateMessages.of("userTask.candidateUsers", where, task.getCamundaCandidateUsers()));
    }
  }

  /** Whether the element has a form at all; a form that does not resolve is a problem. */
  private boolean form(BaseElement element, String where, BiConsumer<BaseElement, String> out) {
    String formRef = element.getAttributeValueNs(NoCode.CAMUNDA, "formRef");
    String formKey = element.getAttributeValueNs(NoCode.CAMUNDA, "formKey");
    if (!isBlank(formRef)) {
      if (!formResolves.test(formRef)) {
        out.accept(element, GateMessages.of("form.unresolved", where, formRef));
      }
      return true;
    }
    if (!isBlank(formKey)) {
      if (!embeddedFormExists(formKey)) {
        out.accept(element, GateMessages.of("form.unknownKey", where, formKey));
      }
      return true;
    }
    return false;
  }

  private static boolean embeddedFormExists(String formKey) {
    if (!formKey.startsWith(EMBEDDED) || formKey.contains("..")) {
      return false;
    }
    String file = formKey.substring(EMBEDDED.length());
    return file.matches("[a-z0-9-]+\\.html")
        && UserTaskRules.class.getResource("/static/forms/" + file) != null;
  }

  private static void mutuBaku(UserTask task, String where, BiConsumer<BaseElement, String> out) {
    String duration = ElementProperties.of(task, ElementProperties.MUTU_BAKU);
    if (duration == null) {
      out.accept(task, GateMessages.of("mutuBaku.missing", where, ElementProperties.MUTU_BAKU));
    } else {
      try {
        MutuBakuDuration.parse(duration);
      } catch (IllegalArgumentException e) {
        out.accept(task, GateMessages.of("mutuBaku.unreadable", where, e.getMessage()));
      }
    }
    if (!DUE_AT.equals(task.getCamundaDueDate())) {
      out.accept(task, GateMessages.of("mutuBaku.dueDate", where, DUE_AT));
    }
    if (timeout(task, REMINDER).filter(DUE_AT::equals).isEmpty()) {
      out.accept(task, GateMessages.of("mutuBaku.reminder", where, REMINDER, DUE_AT));
    }
    if (timeout(task, ESCALATION).filter(ESCALATION_AT::equals).isEmpty()) {
      out.accept(task, GateMessages.of("mutuBaku.escalation", where, ESCALATION, ESCALATION_AT));
    }
  }

  /** The date of the task's timeout listener that calls the given bean. */
  private static Optional<String> timeout(UserTask task, String delegateExpression) {
    if (task.getExtensionElements() == null) {
      return Optional.empty();
    }
    List<CamundaTaskListener> listeners =
        task.getExtensionElements()
            .getElementsQuery()
            .filterByType(CamundaTaskListener.class)
            .list();
    return listeners.stream()
        .filter(listener -> "timeout".equals(listener.getCamundaEvent()))
        .filter(listener -> delegateExpression.equals(listener.getCamundaDelegateExpression()))
        .flatMap(listener -> listener.getTimeouts().stream())
        .map(timer -> timer.getTimeDate())
        .filter(date -> date != null)
        .map(TimeDate::getTextContent)
        .map(String::strip)
        .findFirst();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
