package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.process.ElementProperties;
import id.go.trenggalekkab.aptika.process.OfficeProcess;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/** Describes a step of a running request for the breach record. */
final class OverdueSteps {

  private OverdueSteps() {}

  static SlaBreaches.Step of(DelegateTask task, Instant due) {
    DelegateExecution execution = task.getExecution();
    FlowElement element = task.getBpmnModelElementInstance();
    return new SlaBreaches.Step(
        SlaBreaches.Kind.TASK,
        task.getProcessInstanceId(),
        OfficeProcess.keyOf(execution),
        task.getTaskDefinitionKey(),
        task.getName(),
        ElementProperties.of(element, ElementProperties.SOP_STEP),
        task.getTenantId(),
        task.getId(),
        MutuBaku.durationOf(element),
        due);
  }

  static SlaBreaches.Step of(
      DelegateExecution execution, SlaBreaches.Kind kind, BaseElement element, Instant due) {
    String name = element.getAttributeValue("name");
    return new SlaBreaches.Step(
        kind,
        execution.getProcessInstanceId(),
        OfficeProcess.keyOf(execution),
        element.getId(),
        name == null ? element.getId() : name,
        ElementProperties.of(element, ElementProperties.SOP_STEP),
        execution.getTenantId(),
        null,
        MutuBaku.durationOf(element),
        due);
  }
}
