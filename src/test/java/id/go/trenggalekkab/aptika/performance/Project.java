package id.go.trenggalekkab.aptika.performance;

import id.go.trenggalekkab.aptika.AptikaApplication;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This project in the benchmark's JVM, on PostgreSQL with the postgres profile and the job executor
 * on: what production runs. In-process so that open tasks can be seeded through the engine's Java
 * API in batches.
 */
final class Project implements AutoCloseable {

  private final ConfigurableApplicationContext app;

  Project(String jdbcUrl) {
    app =
        new SpringApplicationBuilder(AptikaApplication.class)
            .profiles("postgres")
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--aptika.signing.local.keystore=target/bench/signing/sertifikat-pengembangan.p12",
                // no DNS server answers here: the check after the manual step 5 is not measured
                "--aptika.dns.check-resolver=127.0.0.1:9",
                "--aptika.dns.check-timeout=1s",
                UnindexedReads.NO_NIGHTLY_CLEANUP);
  }

  String baseUrl() {
    return "http://localhost:" + app.getBean(Environment.class).getProperty("local.server.port");
  }

  /** Seeding and the task list are measured without the job executor, as in the anchor. */
  void stopJobExecutor() {
    app.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor().shutdown();
  }

  /**
   * {@code count} more requests waiting at the Kadis's first task, started by the clerk through the
   * Java API in transactions of 100.
   */
  void seed(long count) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    People people = new People(app.getBean(IdentityService.class));
    TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    people.actAs(People.CLERK_DINKES);
    try {
      for (long done = 0; done < count; done += 100) {
        long batch = Math.min(100, count - done);
        tx.executeWithoutResult(
            status -> {
              for (int i = 0; i < batch; i++) {
                Map<String, Object> values = RequestFixtures.aSubdomainRequest();
                values.put(
                    "subdomainName",
                    "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
                runtime.startProcessInstanceByKey(Shape.subdomain().processKey(), values);
              }
            });
      }
    } finally {
      people.actAsNobody();
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
