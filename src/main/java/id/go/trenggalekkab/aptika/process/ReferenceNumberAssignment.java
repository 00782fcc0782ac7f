package id.go.trenggalekkab.aptika.process;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Gives every request of the office's procedures its reference number when it leaves its start
 * event: after the intake has accepted it (a refused request takes no number), in every procedure
 * alike, without a listener in each model that a process owner could lose. The server decides the
 * number; a start may not choose its business key (see FormContractCheck). A revision continues the
 * same instance and keeps its number. The year is the office's (WIB) on the engine's clock.
 */
@Component
class ReferenceNumberAssignment extends AbstractProcessEnginePlugin {

  private final ReferenceNumbers numbers;

  ReferenceNumberAssignment(@Lazy ReferenceNumbers numbers) {
    this.numbers = numbers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    ExecutionListener assign = this::assign;
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseStartEvent(
                  Element element, ScopeImpl scope, ActivityImpl startEvent) {
                if (scope instanceof ProcessDefinitionEntity definition
                    && OfficeProcess.ofKey(definition.getKey()).isPresent()) {
                  startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_END, assign);
                }
              }
            });
  }

  private void assign(DelegateExecution execution) {
    String prefix =
        OfficeProcess.ofKey(OfficeProcess.keyOf(execution)).orElseThrow().referencePrefix();
    int year = OfficeTime.today().getYear();
    String number = numbers.next(prefix, year);
    execution.setProcessBusinessKey(number);
    execution.setVariable(ReferenceNumbers.VARIABLE, number);
  }
}
