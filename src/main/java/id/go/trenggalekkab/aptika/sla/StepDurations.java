package id.go.trenggalekkab.aptika.sla;

import id.go.trenggalekkab.aptika.calendar.WorkingTimeCalendar;
import id.go.trenggalekkab.aptika.process.OfficeProcess;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The histogram {@code aptika_step_duration_seconds} {process, step}: how much office time each
 * user task took from its creation to its completion, recorded once the completion is committed.
 * Like every histogram it counts on each node from its start; Prometheus adds the nodes up and
 * reads across restarts with {@code increase()}.
 */
@Component
class StepDurations {

  /** Office time: 8.5 h is one day of the default office hours (07:30-16:00). */
  private static final Duration[] BUCKETS = {
    Duration.ofMinutes(10),
    Duration.ofMinutes(30),
    Duration.ofHours(1),
    Duration.ofHours(4),
    Duration.ofMinutes(510),
    Duration.ofMinutes(2 * 510),
    Duration.ofMinutes(3 * 510),
    Duration.ofMinutes(5 * 510),
    Duration.ofMinutes(10 * 510)
  };

  private final MeterRegistry registry;
  private final WorkingTimeCalendar calendar;

  StepDurations(MeterRegistry registry, WorkingTimeCalendar calendar) {
    this.registry = registry;
    this.calendar = calendar;
  }

  void taskDone(DelegateTask task, Instant now) {
    Duration officeTime = calendar.workingDuration(task.getCreateTime().toInstant(), now);
    Timer timer =
        Timer.builder("aptika.step.duration")
            .description("Office time from a user task's creation to its completion")
            .tags(
                "process",
                OfficeProcess.keyOf(task.getExecution()),
                "step",
                task.getTaskDefinitionKey())
            .serviceLevelObjectives(BUCKETS)
            .register(registry);
    Context.getCommandContext()
        .getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, committed -> timer.record(officeTime));
  }
}
