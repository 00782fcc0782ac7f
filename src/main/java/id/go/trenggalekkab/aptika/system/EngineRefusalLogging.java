package id.go.trenggalekkab.aptika.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs every failed command at ERROR with its stack trace (ENGINE-16004), except a few
 * kinds it knows to be the caller's doing (a missing permission, a bad request), which it logs at
 * DEBUG. A refused form, another unit's object and an unknown id are the caller's doing too: the
 * API that answers them logs one line ({@link EngineRefusal}); real failures keep their stack
 * traces. Inside a job nobody is refused: a system step that fails so (an unknown id, a missing
 * object) is a fault of that step and keeps its stack trace, beside the job executor's one-line
 * warning and the incident.
 */
@Component
class EngineRefusalLogging extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory =
        new CommandContextFactory() {
          @Override
          public CommandContext createCommandContext() {
            return new CommandContext(getProcessEngineConfiguration()) {
              @Override
              protected boolean shouldLogFine(Throwable exception) {
                return super.shouldLogFine(exception)
                    || getCurrentJob() == null && EngineRefusal.isRefusal(exception);
              }
            };
          }
        };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }
}
