package id.go.trenggalekkab.aptika.system;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link EngineRestConfiguration.BadInputMapper} in every Jersey application of the
 * application, found by Jersey through {@code META-INF/services}. Camunda's starter builds the
 * webapps' engine API ({@code /camunda/api/engine}, which Tasklist calls to complete a task or
 * start a process) itself, out of reach of Spring's {@code ResourceConfigCustomizer}; without the
 * mapper there, Tasklist shows a refusal by our checks wrapped in the engine's English words.
 */
public final class BadInputDiscoverable implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineRestConfiguration.BadInputMapper.class)) {
      context.register(EngineRestConfiguration.BadInputMapper.class);
    }
  }
}
