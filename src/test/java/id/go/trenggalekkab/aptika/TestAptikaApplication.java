package id.go.trenggalekkab.aptika;

import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulatorConfiguration;
import org.springframework.boot.SpringApplication;

/**
 * The application for development against the SPLP portal simulator, which lives in test scope and
 * never reaches the jar: {@code mvn spring-boot:test-run}. The profile {@value
 * SplpSimulatorConfiguration#PROFILE} switches {@code aptika.splp.mode} to {@code wso2} and points
 * the WSO2 adapter at the simulator; everything else is the default setup of {@code mvn
 * spring-boot:run}.
 */
public final class TestAptikaApplication {

  private TestAptikaApplication() {}

  public static void main(String[] args) {
    SpringApplication.from(AptikaApplication::main)
        .withAdditionalProfiles(SplpSimulatorConfiguration.PROFILE)
        .run(args);
  }
}
