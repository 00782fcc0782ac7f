package id.go.trenggalekkab.aptika;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Process test coverage settings for every test context. The library's listener runs for every
 * Spring test class; only process test classes ({@code *ProcessTest}) are measured, and one that
 * covers less than 95% of its model's flow nodes and sequence flows fails, and so does the build.
 * The engine plugin that records coverage is in the process tests' context only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestCoverageConfiguration {

  public static final double MINIMUM_CLASS_COVERAGE = 0.95;

  /** Primary: the library defines a default bean, and a tie makes it silently use defaults. */
  @Bean
  @Primary
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder()
        .assertClassCoverageAtLeast(MINIMUM_CLASS_COVERAGE)
        // The library measures every Spring test class; only process tests are held to it.
        // A wildcard pattern (Spring's simpleMatch), not a regular expression.
        .addInclusionPatternForTestClasses("*ProcessTest")
        .build();
  }
}
