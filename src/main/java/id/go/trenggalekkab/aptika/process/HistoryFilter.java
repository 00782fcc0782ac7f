package id.go.trenggalekkab.aptika.process;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * An engine plugin that keeps some history events from ever being written: the engine's own handler
 * gets every event but those {@link #keepsOut} names. Several filters chain, each wrapping the
 * handler the previous one left.
 */
public abstract class HistoryFilter extends AbstractProcessEnginePlugin {

  /** Whether the event must not reach the history tables. */
  protected abstract boolean keepsOut(HistoryEvent event);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler delegate = configuration.getHistoryEventHandler();
    configuration.setHistoryEventHandler(
        new HistoryEventHandler() {
          @Override
          public void handleEvent(HistoryEvent event) {
            if (!keepsOut(event)) {
              delegate.handleEvent(event);
            }
          }

          @Override
          public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
          }
        });
  }
}
