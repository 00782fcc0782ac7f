package id.go.trenggalekkab.aptika.system;

import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import java.util.stream.Stream;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers our answers to refusals and denials ({@link EngineRefusal}) and the shared JSON mapper
 * ({@link SharedEngineApiMapper}) in every Jersey application of the application, found by Jersey
 * through {@code META-INF/services}: the engine REST API ({@code /engine-rest}) and the webapps'
 * engine API ({@code /camunda/api/engine}, which Tasklist calls to complete a task or start a
 * process). Camunda's starter builds the latter itself, out of reach of Spring's {@code
 * ResourceConfigCustomizer}.
 */
public final class EngineApiDiscoverable implements ForcedAutoDiscoverable {

  private static final List<Class<?>> PROVIDERS =
      Stream.concat(
              EngineApiExceptionMappers.ALL.stream(),
              Stream.of(VisibleObjectFilter.class, SharedEngineApiMapper.class))
          .toList();

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> provider : PROVIDERS) {
      if (!context.getConfiguration().isRegistered(provider)) {
        context.register(provider);
      }
    }
  }
}
