package id.go.trenggalekkab.aptika.system;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link BadInputMapper} and {@link RefusalMapper} in every Jersey application of the
 * application, found by Jersey through {@code META-INF/services}: the engine REST API ({@code
 * /engine-rest}) and the webapps' engine API ({@code /camunda/api/engine}, which Tasklist calls to
 * complete a task or start a process). Camunda's starter builds the latter itself, out of reach of
 * Spring's {@code ResourceConfigCustomizer}; without the mappers there, Tasklist shows a refusal by
 * our checks wrapped in the engine's English words.
 */
public final class BadInputDiscoverable implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(BadInputMapper.class)) {
      context.register(BadInputMapper.class);
    }
    if (!context.getConfiguration().isRegistered(RefusalMapper.class)) {
      context.register(RefusalMapper.class);
    }
  }
}
