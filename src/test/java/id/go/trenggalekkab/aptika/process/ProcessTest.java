package id.go.trenggalekkab.aptika.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.provisioning.DnsCheck;
import id.go.trenggalekkab.aptika.provisioning.ProvisioningAdapters;
import id.go.trenggalekkab.aptika.signing.LetterSigner;
import id.go.trenggalekkab.aptika.system.Integrations;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A process test: the whole application (real delegates on their offline defaults) in a test
 * context of its own, where the coverage plugin records every process. Process tests run in a
 * Surefire execution of their own (see pom.xml): a JVM holds one process application. Its class
 * name ends in {@code ProcessTest}, so process test coverage is measured for it and must reach 95%
 * (see {@code TestCoverageConfiguration}). Jobs are executed by the test, never by a running job
 * executor, and the engine's clock stands at one fixed working morning ({@link FixedOfficeClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AptikaSpringBootTest
@Import({ProcessEngineCoverageConfiguration.class, ProcessTest.Smtp.class})
// The real local signer, which a test may make act as BSrE refusing a wrong passphrase
// (see SigningService); declared here so that every process test shares one context.
// Integrations, DnsCheck and ProvisioningAdapters spied so that a test can take the integrated
// path of a step (with a web server of its own), or make DNS answer with another target, in this
// one context.
@MockitoSpyBean(
    types = {LetterSigner.class, Integrations.class, DnsCheck.class, ProvisioningAdapters.class})
@ExtendWith(FixedOfficeClock.class)
public @interface ProcessTest {

  /**
   * An SMTP client for the tests that switch mail to integrated (spy on {@link Integrations}); its
   * port is set by the test to its GreenMail server. Mail stays manual for every other test.
   */
  class Smtp {
    @Bean
    JavaMailSender javaMailSender() {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      return sender;
    }
  }

  /** Steps through an instance as the lanes' people would. */
  final class Driver {

    private final ProcessEngine engine;
    private final People people;

    public Driver(ProcessEngine engine) {
      this.engine = engine;
      this.people = new People(engine.getIdentityService());
      AbstractAssertions.init(engine);
    }

    public ProcessInstance startAs(String userId, String key, Map<String, Object> variables) {
      people.actAs(userId);
      try {
        return runtime().startProcessInstanceByKey(key, variables);
      } finally {
        people.actAsNobody();
      }
    }

    /** Completes the instance's one open task, which must be the given step. */
    public void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
      Task task = openTask(instance);
      assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
      tasks().complete(task.getId(), variables);
    }

    public Task openTask(ProcessInstance instance) {
      return tasks().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /**
     * Executes the instance's one asynchronous continuation, which must belong to the given step
     * (the Mutu Baku timers of open tasks are jobs too, and are left alone).
     */
    public void executeJob(ProcessInstance instance, String activityId) {
      management().executeJob(messageJob(instance, activityId).getId());
    }

    /**
     * Executes every job of the job definition, as the job executor would: a batch's seed job, then
     * its jobs, then its monitor job.
     */
    public void runJobsOf(String jobDefinitionId) {
      management()
          .createJobQuery()
          .jobDefinitionId(jobDefinitionId)
          .list()
          .forEach(job -> management().executeJob(job.getId()));
    }

    /** Executes the step's job, which must fail (the engine then lowers its retries). */
    public void failJob(ProcessInstance instance, String activityId) {
      Job job = messageJob(instance, activityId);
      assertThatThrownBy(() -> management().executeJob(job.getId()))
          .as("the job of " + activityId + " fails")
          .isNotNull();
    }

    /**
     * Executes the failing job of the step as often as its retry cycle allows, as the job executor
     * would over time; returns how many attempts it took to exhaust the retries.
     */
    public int failJobUntilIncident(ProcessInstance instance, String activityId) {
      int attempts = 0;
      while (messageJob(instance, activityId).getRetries() > 0) {
        failJob(instance, activityId);
        attempts++;
      }
      return attempts;
    }

    public Incident incident(ProcessInstance instance) {
      return runtime().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** What an administrator does in Cockpit after fixing the cause: give the job a retry. */
    public void retryIncident(ProcessInstance instance) {
      management().setJobRetries(incident(instance).getConfiguration(), 1);
    }

    private Job messageJob(ProcessInstance instance, String activityId) {
      List<Job> jobs =
          management().createJobQuery().processInstanceId(instance.getId()).messages().list();
      assertThat(jobs).hasSize(1);
      assertThat(activityIdOf(jobs.get(0))).isEqualTo(activityId);
      return jobs.get(0);
    }

    private String activityIdOf(Job job) {
      return management()
          .createJobDefinitionQuery()
          .jobDefinitionId(job.getJobDefinitionId())
          .singleResult()
          .getActivityId();
    }

    public Object variable(ProcessInstance instance, String name) {
      return engine
          .getHistoryService()
          .createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId())
          .variableName(name)
          .singleResult()
          .getValue();
    }

    /**
     * A request sent again is marked on the Kadis's and the Kabid's tasks as revision {@code
     * number}, with the reason it was returned, and offers no earlier disposition as if it were
     * new; the history still holds the earlier ones.
     */
    public void assertMarkedAsRevision(ProcessInstance instance, int number, String reason) {
      assertThat(variable(instance, "revisionCount")).isEqualTo(number);
      assertThat((String) variable(instance, "revisionReason")).contains(reason);
      for (String disposition : List.of("dispositionKadis", "dispositionKabid")) {
        assertThat(variable(instance, disposition)).as(disposition + " emptied").isNull();
        assertThat(
                engine
                    .getHistoryService()
                    .createHistoricDetailQuery()
                    .processInstanceId(instance.getId())
                    .variableUpdates()
                    .list())
            .map(HistoricVariableUpdate.class::cast)
            .filteredOn(update -> update.getVariableName().equals(disposition))
            .as(disposition + " kept in the history")
            .anyMatch(update -> update.getValue() != null);
      }
    }

    private RuntimeService runtime() {
      return engine.getRuntimeService();
    }

    private TaskService tasks() {
      return engine.getTaskService();
    }

    private ManagementService management() {
      return engine.getManagementService();
    }
  }
}
