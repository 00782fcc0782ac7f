package id.go.trenggalekkab.aptika.letter;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the signer's passphrase out of the engine's history (see {@link SignerPassphraseListener}).
 */
@Component
class PassphraseFreeHistory extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler delegate = configuration.getHistoryEventHandler();
    configuration.setHistoryEventHandler(
        new HistoryEventHandler() {
          @Override
          public void handleEvent(HistoryEvent event) {
            if (!isPassphrase(event)) {
              delegate.handleEvent(event);
            }
          }

          @Override
          public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
          }
        });
  }

  /**
   * The variable's own events, and the form property event that a submitted form (Tasklist's path,
   * {@code FormService.submitTaskForm}) writes for each field at full history.
   */
  private static boolean isPassphrase(HistoryEvent event) {
    return (event instanceof HistoricVariableUpdateEventEntity variable
            && LetterVariables.PASSPHRASE.equals(variable.getVariableName()))
        || (event instanceof HistoricFormPropertyEventEntity field
            && LetterVariables.PASSPHRASE.equals(field.getPropertyId()));
  }
}
