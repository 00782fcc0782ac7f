package id.go.trenggalekkab.aptika.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Repeats a Camunda Form's checks on the server, whoever submits it: Tasklist (form-js validates
 * only in the browser) or a REST client. Every user task and start event with a Camunda Form
 * ({@code camunda:formRef}) gets this check; a broken rule refuses the completion or the start with
 * the form's own field labels, and nothing the person sent is stored.
 */
@Component
class CamundaFormValidation extends AbstractProcessEnginePlugin {

  private final TaskListener checkTaskForm;
  private final ExecutionListener checkStartForm;

  CamundaFormValidation(FormContracts forms) {
    checkTaskForm =
        task ->
            check(
                "Tugas belum dapat diselesaikan. ",
                task.getTaskDefinitionKey(),
                task.getVariables(),
                forms.rules(
                    task.getProcessDefinitionId(),
                    task.getTaskDefinitionKey(),
                    () -> formService(task).getDeployedTaskForm(task.getId())));
    checkStartForm =
        execution ->
            check(
                "Proses belum dapat dimulai. ",
                execution.getCurrentActivityId(),
                execution.getVariables(),
                forms.rules(
                    execution.getProcessDefinitionId(),
                    execution.getCurrentActivityId(),
                    () ->
                        execution
                            .getProcessEngineServices()
                            .getFormService()
                            .getDeployedStartForm(execution.getProcessDefinitionId())));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (hasCamundaForm(element)) {
                  ((UserTaskActivityBehavior) activity.getActivityBehavior())
                      .getTaskDefinition()
                      .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, checkTaskForm);
                }
              }

              @Override
              public void parseStartEvent(
                  Element element, ScopeImpl scope, ActivityImpl startEventActivity) {
                if (hasCamundaForm(element)) {
                  startEventActivity.addBuiltInListener(
                      ExecutionListener.EVENTNAME_START, checkStartForm);
                }
              }
            });
  }

  private static boolean hasCamundaForm(Element element) {
    return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null;
  }

  private static org.camunda.bpm.engine.FormService formService(DelegateTask task) {
    return task.getProcessEngineServices().getFormService();
  }

  private static void check(
      String refusal, String elementId, Map<String, Object> values, CamundaFormRules rules) {
    List<String> problems = rules.check(values);
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(elementId, refusal + String.join(" ", problems));
    }
  }
}
