package id.go.trenggalekkab.aptika.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Finds the form of a start event or user task and keeps what it offers, and the rules of its
 * Camunda Form. A deployed process and its forms never change (a change is a new deployment, with
 * new ids), and the embedded forms are served from the application's own classpath, so each is read
 * and parsed once, for the check of what a step may write ({@link FormContractCheck}) and of its
 * values ({@link CamundaFormValidation}) alike.
 */
@Component
class FormContracts {

  /** Embedded forms named {@code embedded:app:forms/x.html} are served from here. */
  private static final String EMBEDDED_APP = "embedded:app:";

  private final Map<String, FormContract> known = new ConcurrentHashMap<>();
  private final Map<String, CamundaFormRules> rules = new ConcurrentHashMap<>();

  /** The rules of the Camunda Form of one element of one deployed process, read once. */
  CamundaFormRules rules(
      String processDefinitionId, String elementId, Supplier<InputStream> deployed) {
    return rules.computeIfAbsent(
        processDefinitionId + "#" + elementId,
        key -> {
          try (InputStream in = withoutAuthorization(deployed)) {
            return CamundaFormRules.read(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  FormContract ofTask(
      FormService forms, String processDefinitionId, String taskDefinitionKey, String taskId) {
    return known.computeIfAbsent(
        processDefinitionId + "#" + taskDefinitionKey,
        key ->
            resolve(
                withoutAuthorization(() -> forms.getTaskFormData(taskId)),
                () ->
                    rules(
                        processDefinitionId,
                        taskDefinitionKey,
                        () -> forms.getDeployedTaskForm(taskId))));
  }

  FormContract ofStart(FormService forms, String processDefinitionId, String startEventId) {
    return known.computeIfAbsent(
        processDefinitionId + "#" + startEventId,
        key ->
            resolve(
                withoutAuthorization(() -> forms.getStartFormData(processDefinitionId)),
                () ->
                    rules(
                        processDefinitionId,
                        startEventId,
                        () -> forms.getDeployedStartForm(processDefinitionId))));
  }

  private static FormContract resolve(FormData form, Supplier<CamundaFormRules> camundaForm) {
    CamundaFormRef ref = form.getCamundaFormRef();
    String key = form.getFormKey();
    try {
      if (ref != null) {
        return FormContract.of(camundaForm.get());
      }
      if (key != null && key.startsWith(EMBEDDED_APP)) {
        String path = "static/" + key.substring(EMBEDDED_APP.length());
        try (InputStream in = FormContracts.class.getClassLoader().getResourceAsStream(path)) {
          if (in == null) {
            throw new IllegalStateException(
                "The embedded form " + path + " is not on the classpath");
          }
          return FormContract.ofEmbedded(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      if (key != null) {
        throw new IllegalStateException("A form the server cannot read: " + key);
      }
      return FormContract.NOTHING;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T withoutAuthorization(Supplier<T> read) {
    return Context.getCommandContext().runWithoutAuthorization(read::get);
  }
}
