package id.go.trenggalekkab.aptika.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * The naming rules every model in {@code bpmn/} keeps, each returning what breaks it (empty when
 * the model is in order), so that a test can show a rule failing on a broken model too. They keep
 * the diagrams readable for people; they are not deployment rules, so they stay in the build. What
 * the engine refuses to deploy (code, roles, forms, Mutu Baku, lanes) is {@code
 * modelgate.ModelRules}.
 */
final class ModelConventions {

  /**
   * Business meaning in UpperCamelCase after the kind's prefix, e.g. {@code Task_ReviseRequest}.
   */
  private static final String MEANING = "[A-Z][A-Za-z0-9]*";

  private static final String ERROR_CODE = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";

  static final String MERGE = "Gateway_Merge";

  private ModelConventions() {}

  /**
   * One prefix per kind of element, named after the kind: {@code SequenceFlow_}, {@code
   * BoundaryEvent_}, {@code StartEvent_}, {@code Error_}, ...; every task is {@code Task_} and
   * every gateway {@code Gateway_}. A diagram element is its element's id plus {@code _di}.
   */
  static List<String> idStyle(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String id = element.getId();
      String kind = element.getElementType().getTypeName();
      if (id == null || "process".equals(kind)) {
        continue;
      }
      String prefix = prefixOf(kind);
      if (!id.matches(prefix + MEANING)) {
        problems.add(id + " is a " + kind + ": its id must be " + prefix + "<Meaning>");
      }
    }
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      diagramId(shape.getId(), shape.getBpmnElement(), problems);
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      diagramId(edge.getId(), edge.getBpmnElement(), problems);
    }
    return problems;
  }

  static String prefixOf(String kind) {
    if (kind.endsWith("Gateway")) {
      return "Gateway_";
    }
    if (kind.endsWith("Task") || "task".equals(kind)) {
      return "Task_";
    }
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "_";
  }

  private static void diagramId(String id, BaseElement element, List<String> problems) {
    if (element != null && !(element.getId() + "_di").equals(id)) {
      problems.add(
          id + " draws " + element.getId() + ": its id must be " + element.getId() + "_di");
    }
  }

  /** Error codes in UPPER_SNAKE_CASE, as Java's {@code BpmnError} throws them. */
  static List<String> errorCodes(BpmnModelInstance model) {
    return model.getModelElementsByType(Error.class).stream()
        .filter(error -> error.getErrorCode() == null || !error.getErrorCode().matches(ERROR_CODE))
        .map(
            error ->
                error.getId() + " has error code " + error.getErrorCode() + ", not UPPER_SNAKE")
        .toList();
  }

  /**
   * A merge (more than one way in) carries no label and an id {@code Gateway_Merge...}; a decision
   * (more than one way out) asks a question, which each outgoing flow answers. No gateway does
   * both.
   */
  static List<String> gateways(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
      String id = gateway.getId();
      boolean merge = gateway.getIncoming().size() > 1;
      boolean decision = gateway.getOutgoing().size() > 1;
      if (merge && decision) {
        problems.add(id + " both merges and decides: split it in two");
      } else if (merge) {
        if (!id.startsWith(MERGE)) {
          problems.add(id + " merges: its id must start with " + MERGE);
        }
        if (gateway.getName() != null && !gateway.getName().isBlank()) {
          problems.add(id + " merges: it asks nothing, so it carries no label");
        }
      } else if (decision) {
        if (id.startsWith(MERGE)) {
          problems.add(id + " decides: its id must not say it merges");
        }
        if (gateway.getName() == null || !gateway.getName().strip().endsWith("?")) {
          problems.add(id + " decides: its label must be a question, not " + gateway.getName());
        }
        for (SequenceFlow flow : gateway.getOutgoing()) {
          if (flow.getName() == null || flow.getName().isBlank()) {
            problems.add(flow.getId() + " leaves decision " + id + " without naming its answer");
          }
        }
      }
    }
    return problems;
  }
}
