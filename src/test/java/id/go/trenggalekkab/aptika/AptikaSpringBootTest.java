package id.go.trenggalekkab.aptika;

import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulatorConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database with the demo data, on a random port. Every
 * test class with this annotation shares one application context. The SPLP portal is integrated,
 * against the simulator (test scope); a test of the manual steps switches the mode for its run with
 * {@code IntegrationModes}. The statements its HTTP requests send can be recorded ({@link
 * RequestStatements}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", SplpSimulatorConfiguration.PROFILE})
@Import({TestCoverageConfiguration.class, RequestStatements.class})
public @interface AptikaSpringBootTest {}
