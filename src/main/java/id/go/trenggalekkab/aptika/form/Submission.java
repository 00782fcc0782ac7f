package id.go.trenggalekkab.aptika.form;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What a caller sends with a command that works a form: a task's completion (complete, resolve,
 * submit-form) or a start at the start event (start, submit-form), from engine-rest, the webapps'
 * API or the Java API alike, which all end in these commands.
 *
 * <p>The engine's commands keep what they were given in protected fields without getters; Camunda
 * 7.24 is the last release of this line, so the fields stay put, and the sweep test notices if not.
 */
sealed interface Submission {

  VariableMap variables();

  /** Completing (or resolving) a task with variables. */
  record ToTask(String taskId, VariableMap variables) implements Submission {}

  /**
   * Starting at the process's start event. The definition is named by id, or by key (and tenant)
   * through the builder.
   */
  record ToStart(
      String processDefinitionId,
      ProcessInstantiationBuilderImpl builder,
      VariableMap variables,
      String businessKey,
      String caseInstanceId,
      String tenantId)
      implements Submission {}

  static Optional<Submission> of(Command<?> command) {
    if (command instanceof CompleteTaskCmd) {
      return Optional.of(
          new ToTask(
              read(CompleteTaskCmd.class, "taskId", command),
              variables(read(CompleteTaskCmd.class, "variables", command))));
    }
    if (command instanceof SubmitTaskFormCmd) {
      return Optional.of(
          new ToTask(
              read(SubmitTaskFormCmd.class, "taskId", command),
              variables(read(SubmitTaskFormCmd.class, "properties", command))));
    }
    if (command instanceof SubmitStartFormCmd) {
      return Optional.of(
          new ToStart(
              read(SubmitStartFormCmd.class, "processDefinitionId", command),
              null,
              variables(read(SubmitStartFormCmd.class, "variables", command)),
              read(SubmitStartFormCmd.class, "businessKey", command),
              null,
              null));
    }
    if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder =
          read(StartProcessInstanceCmd.class, "instantiationBuilder", command);
      return Optional.of(
          new ToStart(
              builder.getProcessDefinitionId(),
              builder,
              variables(builder.getVariables()),
              builder.getBusinessKey(),
              builder.getCaseInstanceId(),
              builder.getTenantId()));
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static VariableMap variables(Object sent) {
    return sent == null
        ? Variables.createVariables()
        : Variables.fromMap((Map<String, Object>) sent);
  }

  @SuppressWarnings("unchecked")
  static <T> T read(Class<?> type, String name, Object command) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Camunda's " + type.getSimpleName() + " no longer has the field " + name, e);
    }
  }
}
