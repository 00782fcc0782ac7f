package id.go.trenggalekkab.aptika.system;

import id.go.trenggalekkab.aptika.system.Integrations.Integration;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts an integration in manual mode for one test in the shared application context, as its setting
 * would: {@link Integrations} reads the setting on every question, so the models route to the
 * person's task until {@link #close()}. Saves a context of its own (10-20 s) per mode.
 */
public final class IntegrationModes implements AutoCloseable {

  private static final String SOURCE = "integration-modes-of-this-test";

  private final ConfigurableEnvironment environment;

  private IntegrationModes(ConfigurableEnvironment environment) {
    this.environment = environment;
  }

  public static IntegrationModes manual(ConfigurableEnvironment environment, Integration what) {
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource(SOURCE, Map.of(what.setting(), "manual")));
    return new IntegrationModes(environment);
  }

  @Override
  public void close() {
    environment.getPropertySources().remove(SOURCE);
  }
}
