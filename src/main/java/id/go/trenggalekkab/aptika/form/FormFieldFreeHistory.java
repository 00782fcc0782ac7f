package id.go.trenggalekkab.aptika.form;

import id.go.trenggalekkab.aptika.process.HistoryFilter;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps each submitted form's fields in the engine's history once, as the variables' own updates.
 *
 * <p>At full history a form submitted through the form service (a start form, and Tasklist's {@code
 * submit-form} of a task) writes every field into {@code ACT_HI_DETAIL} twice: as the update of the
 * variable it sets, and as a "form field" holding the same value as text. The update alone still
 * says who gave which value in which step and when: its activity instance is the step's, and its
 * operation id is that of the operation log's entry of the start or the completion, which names the
 * user and the task. So the form field, the copy, is not written: a row fewer for each field of
 * every form submitted.
 */
@Component
class FormFieldFreeHistory extends HistoryFilter {

  @Override
  protected boolean keepsOut(HistoryEvent event) {
    return event instanceof HistoricFormPropertyEventEntity;
  }
}
