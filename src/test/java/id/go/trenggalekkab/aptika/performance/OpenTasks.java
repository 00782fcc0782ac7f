package id.go.trenggalekkab.aptika.performance;

import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds open work quickly: subdomain requests submitted through the engine, half each by the clerks
 * of two units, in batches per transaction, each waiting at the Kadis's first task. Run it with the
 * job executor off so nothing moves on; then {@link #analyze()} so PostgreSQL plans with the real
 * numbers.
 */
public final class OpenTasks {

  private static final int BATCH = 200;

  private final ApplicationContext app;

  public OpenTasks(ApplicationContext app) {
    this.app = app;
  }

  /** Adds requests until {@code total} subdomain requests are open. */
  public void seedUpTo(int total) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    People people = new People(app.getBean(IdentityService.class));
    TransactionTemplate transaction =
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    Map<String, Object> request = RequestFixtures.aSubdomainRequest();
    long open =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("SubdomainHostingProcess")
            .count();
    try {
      while (open < total) {
        int batch = (int) Math.min(BATCH, total - open);
        transaction.executeWithoutResult(
            status -> {
              for (int i = 0; i < batch; i++) {
                if (i == 0 || i == batch / 2) {
                  people.actAs(i == 0 ? People.CLERK_DINKES : People.CLERK_DISDIK);
                }
                runtime.startProcessInstanceByKey("SubdomainHostingProcess", request);
              }
            });
        open += batch;
      }
    } finally {
      app.getBean(IdentityService.class).clearAuthentication();
    }
  }

  /** Timers waiting in the job table (each open task's Mutu Baku timers). */
  public long timers() {
    return new JdbcTemplate(app.getBean(DataSource.class))
        .queryForObject("select count(*) from ACT_RU_JOB where TYPE_ = 'timer'", Long.class);
  }

  public void analyze() {
    new JdbcTemplate(app.getBean(DataSource.class)).execute("analyze");
  }
}
