package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.HistoryFilter;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the signer's passphrase out of the engine's history (see {@link SignerPassphraseListener}).
 */
@Component
class PassphraseFreeHistory extends HistoryFilter {

  /**
   * The variable's own events, and the form property event that a submitted form (Tasklist's path,
   * {@code FormService.submitTaskForm}) writes for each field at full history.
   */
  @Override
  protected boolean keepsOut(HistoryEvent event) {
    return (event instanceof HistoricVariableUpdateEventEntity variable
            && LetterVariables.PASSPHRASE.equals(variable.getVariableName()))
        || (event instanceof HistoricFormPropertyEventEntity field
            && LetterVariables.PASSPHRASE.equals(field.getPropertyId()));
  }
}
