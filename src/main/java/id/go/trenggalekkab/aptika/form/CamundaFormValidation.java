package id.go.trenggalekkab.aptika.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
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

  private static final TaskListener CHECK_TASK_FORM =
      task ->
          check(
              "Tugas belum dapat diselesaikan. ",
              task.getTaskDefinitionKey(),
              task.getVariables(),
              () -> formService(task).getDeployedTaskForm(task.getId()));

  private static final ExecutionListener CHECK_START_FORM =
      execution ->
          check(
              "Proses belum dapat dimulai. ",
              execution.getCurrentActivityId(),
              execution.getVariables(),
              () ->
                  execution
                      .getProcessEngineServices()
                      .getFormService()
                      .getDeployedStartForm(execution.getProcessDefinitionId()));

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
                      .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, CHECK_TASK_FORM);
                }
              }

              @Override
              public void parseStartEvent(
                  Element element, ScopeImpl scope, ActivityImpl startEventActivity) {
                if (hasCamundaForm(element)) {
                  startEventActivity.addBuiltInListener(
                      ExecutionListener.EVENTNAME_START, CHECK_START_FORM);
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
      String refusal, String elementId, Map<String, Object> values, Supplier<InputStream> form) {
    CamundaFormRules rules =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () -> {
                  try (InputStream in = form.get()) {
                    return CamundaFormRules.read(in);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
    List<String> problems = rules.check(values);
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(elementId, refusal + String.join(" ", problems));
    }
  }
}
