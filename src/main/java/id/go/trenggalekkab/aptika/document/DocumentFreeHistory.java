package id.go.trenggalekkab.aptika.document;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files out of the engine's history. A file submitted with a form lives as a process
 * variable only until the intake moves it into the {@link DocumentStore}, in the same transaction;
 * without this, full history would still keep a copy of every letter in its variable tables.
 */
@Component
class DocumentFreeHistory extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(
        new WithoutFileVariables(configuration.getHistoryEventHandler()));
  }

  record WithoutFileVariables(HistoryEventHandler delegate) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isFileVariable(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private static boolean isFileVariable(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity variable
          && "file".equals(variable.getSerializerName());
    }
  }
}
