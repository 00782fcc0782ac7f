package id.go.trenggalekkab.aptika.versions;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The BPMN model of a process definition, from the engine's cache, inside a command. */
final class Models {

  private Models() {}

  static BpmnModelInstance of(String processDefinitionId) {
    return Context.getProcessEngineConfiguration()
        .getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(processDefinitionId);
  }

  static BpmnModelInstance of(ScopeImpl scope) {
    return of(scope.getProcessDefinition().getId());
  }
}
