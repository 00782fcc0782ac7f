package id.go.trenggalekkab.aptika.splp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A malformed {@code APTIKA_SECRETS_KEY} stops start-up at once, in every profile, before the
 * engine and the rest of the application have started; otherwise the vault would fail only when its
 * bean is made, a minute later and in a stack trace. A missing key is the production check's
 * business (allowed outside production).
 */
class VaultKeyCheck implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    String encoded = env.getProperty("aptika.secrets.key", "");
    if (!encoded.isBlank()) {
      VaultKey.decode(encoded);
    }
  }
}
