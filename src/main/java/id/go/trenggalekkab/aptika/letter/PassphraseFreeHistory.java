package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.HistoryFilter;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the signer's passphrase out of the engine's history (see {@link SignerPassphraseListener}).
 * The form field a submitted form would also record is written for no field at all ({@code
 * form.FormFieldFreeHistory}).
 */
@Component
class PassphraseFreeHistory extends HistoryFilter {

  /** The variable's own events. */
  @Override
  protected boolean keepsOut(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        && LetterVariables.PASSPHRASE.equals(variable.getVariableName());
  }
}
