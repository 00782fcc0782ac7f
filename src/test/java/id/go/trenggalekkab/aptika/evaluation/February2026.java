package id.go.trenggalekkab.aptika.evaluation;

import static id.go.trenggalekkab.aptika.identity.People.API_USER_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DISDIK;

import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.splp.CredentialVault;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A week of requests in February 2026 (Monday 2 to Friday 6, no holidays; office hours 07:30-16:00,
 * 8.5 hours a day), run on the engine with its clock moved, the reminders and escalations fired
 * when they fall due. The figures the tests expect are worked out by hand in the comments.
 *
 * <pre>
 * SD A (dinkes)  Kadis Mon 08:00-10:00  2 h, in time    Kabid Mon 10:00-12:00  2 h, in time
 * SD B (dinkes)  Kadis Mon 09:00-Tue 09:00  8.5 h, in time (exactly at its due date)
 *                Kabid Tue 09:00-Thu 09:00  17 h, late: reminded Wed 09:00, escalated Wed 13:00
 * SD C (disdik)  Kadis Mon 14:00-Wed 14:00  17 h, late: reminded Tue 14:00, escalated Wed 09:30
 *                Kabid from Wed 14:00, open: reminded Thu 14:00, escalated Fri 09:30
 * API D (dinkes) Tue 10:00 portal opened 10:05 (5 min, in time); data filled 10:30 (25 min, late:
 *                reminded 10:15); credentials read 10:31-10:35 (4 min); procedure 35 min of 30
 * </pre>
 */
final class February2026 {

  final List<String> instances = new ArrayList<>();
  private final ProcessEngine engine;
  private final ProcessTest.Driver driver;
  private final CredentialVault vault;

  February2026(ProcessEngine engine, CredentialVault vault) {
    this.engine = engine;
    this.driver = new ProcessTest.Driver(engine);
    this.vault = vault;
  }

  void run() {
    try {
      at("2026-02-02T08:00");
      ProcessInstance a = subdomain(CLERK_DINKES);
      at("2026-02-02T09:00");
      ProcessInstance b = subdomain(CLERK_DINKES);
      at("2026-02-02T10:00");
      driver.complete(a, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
      at("2026-02-02T12:00");
      driver.complete(a, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Cek."));
      at("2026-02-02T14:00");
      ProcessInstance c = subdomain(CLERK_DISDIK);
      at("2026-02-03T09:00");
      driver.complete(b, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
      at("2026-02-03T10:00");
      ProcessInstance d = splpApplication();
      at("2026-02-03T10:05");
      driver.complete(d, "Task_OpenSplpUserPortal", Map.of("splpUserName", API_USER_DINKES));
      at("2026-02-03T10:30");
      Map<String, Object> data = RequestFixtures.anSplpApplication();
      data.put("applicationName", "stat-" + UUID.randomUUID().toString().substring(0, 8));
      driver.complete(d, "Task_FillApplicationData", data);
      at("2026-02-03T10:31");
      driver.executeJob(d, "Task_CreateOAuth2TokenAndApiKey");
      vault.retrieveOnce((String) driver.variable(d, "credentialsId"), API_USER_DINKES);
      at("2026-02-03T10:35");
      driver.complete(d, "Task_RetrieveSplpCredentials", Map.of("credentialsSaved", true));
      at("2026-02-03T14:01");
      at("2026-02-04T09:01");
      at("2026-02-04T13:01");
      at("2026-02-04T14:00");
      driver.complete(c, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
      at("2026-02-05T09:00");
      driver.complete(b, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Cek."));
      at("2026-02-06T10:00");
    } finally {
      ClockUtil.reset();
    }
  }

  private ProcessInstance subdomain(String clerk) {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", "stat" + UUID.randomUUID().toString().substring(0, 8));
    variables.put("requestLetterDate", "2026-01-26");
    return started(driver.startAs(clerk, "SubdomainHostingProcess", variables));
  }

  private ProcessInstance splpApplication() {
    return started(
        driver.startAs(
            API_USER_DINKES, "SplpApplicationProcess", RequestFixtures.anSplpApplicationRequest()));
  }

  private ProcessInstance started(ProcessInstance instance) {
    instances.add(instance.getId());
    return instance;
  }

  /**
   * Moves the clock to this office time and fires the reminders and escalations of these requests
   * that fell due before it, as the job executor would have.
   */
  private void at(String wib) {
    Date now = Date.from(OffsetDateTime.parse(wib + ":00+07:00").toInstant());
    ClockUtil.setCurrentTime(now);
    ManagementService management = engine.getManagementService();
    List<Job> due =
        management.createJobQuery().timers().duedateLowerThan(now).orderByJobDuedate().asc().list();
    due.stream()
        .filter(job -> instances.contains(job.getProcessInstanceId()))
        .forEach(job -> management.executeJob(job.getId()));
  }
}
