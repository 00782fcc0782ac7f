package id.go.trenggalekkab.aptika.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * The anchor's process of the procedure's shape is still the procedure's shape: the same flow
 * nodes, flows, lanes' candidate groups, asynchronous steps and timers of each user task as
 * bpmn/SubdomainHostingProcess.bpmn, with none of the project's own work. When the procedure's
 * diagram changes, {@code python3 bench/anchor/derive-procedure-shape.py} derives it again.
 */
class AnchorShapeTest {

  private static final BpmnModelInstance PROCEDURE =
      Bpmn.readModelFromFile(Path.of("bpmn/SubdomainHostingProcess.bpmn").toFile());
  private static final BpmnModelInstance ANCHOR =
      Bpmn.readModelFromFile(
          Path.of("bench/anchor/src/main/resources/bpmn/anchor-procedure-shape.bpmn").toFile());

  @Test
  void theAnchorHasTheProceduresFlowNodesFlowsTimersAndAsynchronousSteps() {
    assertThat(shape(ANCHOR)).isEqualTo(shape(PROCEDURE));
    assertThat(flows(ANCHOR)).isEqualTo(flows(PROCEDURE));
    assertThat(shape(PROCEDURE).values()).anyMatch(node -> node.contains("timers=2"));
  }

  @Test
  void theAnchorDoesNoneOfTheProjectsWork() {
    for (ServiceTask task : ANCHOR.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).isEqualTo("${noopDelegate}");
    }
    for (CamundaTaskListener listener : ANCHOR.getModelElementsByType(CamundaTaskListener.class)) {
      assertThat(listener.getCamundaEvent()).isEqualTo("timeout");
      assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${noopTaskListener}");
    }
    String xml = Bpmn.convertToString(ANCHOR);
    assertThat(xml)
        .doesNotContain("mutuBaku.")
        .doesNotContain("integrations.")
        .doesNotContain("formRef")
        .doesNotContain("executionListener");
  }

  /** Each flow node by id: its type, async flags, candidate groups and timers. */
  private static TreeMap<String, String> shape(BpmnModelInstance model) {
    TreeMap<String, String> nodes = new TreeMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      String description = node.getElementType().getTypeName();
      description += " async=" + node.isCamundaAsyncBefore() + "/" + node.isCamundaAsyncAfter();
      if (node instanceof UserTask task) {
        List<CamundaTaskListener> timers =
            task
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaTaskListener.class)
                .list()
                .stream()
                .filter(listener -> "timeout".equals(listener.getCamundaEvent()))
                .toList();
        description += " groups=" + task.getCamundaCandidateGroups() + " timers=" + timers.size();
      }
      nodes.put(node.getId(), description);
    }
    return nodes;
  }

  private static TreeMap<String, String> flows(BpmnModelInstance model) {
    TreeMap<String, String> flows = new TreeMap<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      flows.put(flow.getId(), flow.getSource().getId() + " -> " + flow.getTarget().getId());
    }
    return flows;
  }
}
