package id.go.trenggalekkab.aptika;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Layanan Aptika: the SOPs of the Dinas Kominfo Kabupaten Trenggalek as Camunda 7 processes.
 *
 * <p>It is a process application (see {@code META-INF/processes.xml}) so that embedded HTML start
 * forms resolve under {@code embedded:app:} in Tasklist, both exploded and from the fat jar.
 */
@SpringBootApplication
@EnableProcessApplication("layanan-aptika")
@ConfigurationPropertiesScan
public class AptikaApplication {

  public static void main(String[] args) {
    SpringApplication.run(AptikaApplication.class, args);
  }
}
