package id.go.trenggalekkab.aptika.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rule of the semester evaluation: a step "berjalan dengan baik" when at least {@code
 * goodShare} of its completions in the semester were within the Mutu Baku and none of its
 * escalations is still open.
 */
@ConfigurationProperties("aptika.evaluation")
record EvaluationSettings(@DefaultValue("0.8") double goodShare) {

  EvaluationSettings {
    if (!(goodShare > 0 && goodShare <= 1)) {
      throw new IllegalArgumentException(
          "aptika.evaluation.good-share must be a share above 0 and at most 1 (e.g. 0.8), not "
              + goodShare);
    }
  }
}
