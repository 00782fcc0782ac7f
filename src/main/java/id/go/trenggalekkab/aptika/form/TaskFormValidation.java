package id.go.trenggalekkab.aptika.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
 * Repeats a task form's checks on the server when the task is completed, whoever completes it:
 * Tasklist (form-js validates only in the browser) or a REST client. Every user task with a Camunda
 * Form ({@code camunda:formRef}) gets this listener; a broken rule refuses the completion with the
 * form's own field labels, and nothing the person sent is stored.
 */
@Component
class TaskFormValidation extends AbstractProcessEnginePlugin {

  private static final TaskListener CHECK_FORM = TaskFormValidation::check;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null) {
                  ((UserTaskActivityBehavior) activity.getActivityBehavior())
                      .getTaskDefinition()
                      .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, CHECK_FORM);
                }
              }
            });
  }

  private static void check(DelegateTask task) {
    CamundaFormRules rules =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () -> {
                  try (InputStream form =
                      task.getProcessEngineServices()
                          .getFormService()
                          .getDeployedTaskForm(task.getId())) {
                    return CamundaFormRules.read(form);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
    List<String> problems = rules.check(task.getVariables());
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(
          task.getTaskDefinitionKey(),
          "Tugas belum dapat diselesaikan. " + String.join(" ", problems));
    }
  }
}
