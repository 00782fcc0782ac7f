package id.go.trenggalekkab.aptika.versions;

import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;

/** The lane (the SOP's column) a step of a model stands in. */
final class Lanes {

  private Lanes() {}

  static Optional<Lane> of(BpmnModelInstance model, String elementId) {
    return model.getModelElementsByType(Lane.class).stream()
        .filter(
            lane ->
                lane.getFlowNodeRefs().stream().map(FlowNode::getId).anyMatch(elementId::equals))
        .findFirst();
  }

  /** The same column: the same lane id, or, after an id changed, the same name. */
  static boolean same(Lane one, Lane other) {
    return one.getId().equals(other.getId())
        || (one.getName() != null && one.getName().strip().equals(nameOf(other)));
  }

  static String nameOf(Lane lane) {
    return lane.getName() == null ? lane.getId() : lane.getName().strip();
  }
}
