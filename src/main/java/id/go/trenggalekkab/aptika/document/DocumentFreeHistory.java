package id.go.trenggalekkab.aptika.document;

import id.go.trenggalekkab.aptika.process.HistoryFilter;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files out of the engine's history. A file submitted with a form lives as a process
 * variable only until the intake moves it into the {@link DocumentStore}, in the same transaction;
 * without this, full history would still keep a copy of every letter in its variable tables.
 */
@Component
class DocumentFreeHistory extends HistoryFilter {

  @Override
  protected boolean keepsOut(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        && "file".equals(variable.getSerializerName());
  }
}
