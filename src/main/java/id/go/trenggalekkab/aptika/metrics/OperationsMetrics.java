package id.go.trenggalekkab.aptika.metrics;

import id.go.trenggalekkab.aptika.calendar.HolidayListWarnings;
import id.go.trenggalekkab.aptika.metrics.DatabaseFigures.Snapshot;
import id.go.trenggalekkab.aptika.metrics.DatabaseFigures.Step;
import id.go.trenggalekkab.aptika.notification.Outbox;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The operators' figures in Micrometer (Prometheus: {@code /actuator/prometheus}), read from the
 * database every {@code aptika.metrics.refresh} and held in memory, so a scrape costs no query:
 *
 * <ul>
 *   <li>{@code aptika_requests_started_total}, {@code aptika_requests_finished_total} {process}:
 *       counters kept in the database as requests start and end ({@link RequestCounts}), right on
 *       every node and after restarts, and never lowered by the history cleanup;
 *   <li>{@code aptika_tasks_open}, {@code aptika_tasks_overdue} {process, step}: every user task of
 *       the deployed models, 0 when none is open;
 *   <li>{@code aptika_outbox_mails} {status = waiting | failed | uncertain};
 *   <li>{@code aptika_incidents_open} {process};
 *   <li>{@code aptika_calendar_warnings}: years whose holiday list is missing while it matters
 *       (from memory, no query).
 * </ul>
 *
 * Tags are the models' technical ids only, so their number stays that of the models' steps.
 *
 * <p>The refresh is not under ShedLock, unlike the other scheduled work: each node holds the
 * figures in its own memory and answers its own scrapes, and the figures are the database's, the
 * same on every node. Locking it would leave every node but one with stale figures.
 */
@Component
class OperationsMetrics {

  private final DatabaseFigures figures;
  private final Outbox outbox;
  private final RepositoryService repository;
  private final MeterRegistry registry;
  private final Set<String> registered = new HashSet<>();
  private volatile Snapshot snapshot = Snapshot.empty();
  private volatile Outbox.Backlog backlog = new Outbox.Backlog(0, 0, 0);

  OperationsMetrics(
      DatabaseFigures figures,
      Outbox outbox,
      RepositoryService repository,
      MeterRegistry registry,
      HolidayListWarnings holidayLists) {
    this.figures = figures;
    this.outbox = outbox;
    this.repository = repository;
    this.registry = registry;
    Gauge.builder("aptika.outbox.mails", this, m -> m.backlog.waiting())
        .tag("status", "waiting")
        .description("Mails waiting to be sent")
        .register(registry);
    Gauge.builder("aptika.outbox.mails", this, m -> m.backlog.failed())
        .tag("status", "failed")
        .description("Mails that failed every attempt (GAGAL)")
        .register(registry);
    Gauge.builder("aptika.outbox.mails", this, m -> m.backlog.uncertain())
        .tag("status", "uncertain")
        .description("Mails whose sender stopped while sending them (TIDAK_PASTI)")
        .register(registry);
    Gauge.builder("aptika.calendar.warnings", holidayLists, lists -> lists.missingYears().size())
        .description("Years whose holiday list is missing while it matters")
        .register(registry);
  }

  /** Reads the figures again; new processes and steps get their meters. */
  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(
      fixedDelayString = "${aptika.metrics.refresh:PT15S}",
      initialDelayString = "${aptika.metrics.refresh:PT15S}")
  synchronized void refresh() {
    Set<String> processes = new HashSet<>();
    Set<Step> steps = new HashSet<>();
    for (ProcessDefinition definition :
        repository.createProcessDefinitionQuery().latestVersion().list()) {
      processes.add(definition.getKey());
      repository
          .getBpmnModelInstance(definition.getId())
          .getModelElementsByType(UserTask.class)
          .forEach(task -> steps.add(new Step(definition.getKey(), task.getId())));
    }
    Snapshot read = figures.read(ClockUtil.getCurrentTime().toInstant(), processes);
    processes.addAll(read.started().keySet());
    processes.addAll(read.openIncidents().keySet());
    steps.addAll(read.openTasks().keySet());
    processes.forEach(this::registerProcess);
    steps.forEach(this::registerStep);
    backlog = outbox.backlog();
    snapshot = read;
  }

  private void registerProcess(String process) {
    if (!registered.add(process)) {
      return;
    }
    counter("aptika.requests.started", "Requests started", process, Snapshot::started);
    counter("aptika.requests.finished", "Requests ended", process, Snapshot::finished);
    Gauge.builder("aptika.incidents.open", this, m -> count(m.snapshot.openIncidents(), process))
        .tag("process", process)
        .description("Open incidents (failed jobs waiting for a person)")
        .register(registry);
  }

  private void registerStep(Step step) {
    if (!registered.add(step.process() + "/" + step.step())) {
      return;
    }
    stepGauge("aptika.tasks.open", "Open user tasks", step, Snapshot::openTasks);
    stepGauge(
        "aptika.tasks.overdue",
        "Open user tasks past their due date",
        step,
        Snapshot::overdueTasks);
  }

  private void counter(
      String name, String description, String process, Function<Snapshot, Map<String, Long>> of) {
    FunctionCounter.builder(name, this, m -> count(of.apply(m.snapshot), process))
        .tag("process", process)
        .description(description)
        .register(registry);
  }

  private void stepGauge(
      String name, String description, Step step, Function<Snapshot, Map<Step, Long>> of) {
    Gauge.builder(name, this, m -> count(of.apply(m.snapshot), step))
        .tags("process", step.process(), "step", step.step())
        .description(description)
        .register(registry);
  }

  private static <K> double count(Map<K, Long> counts, K key) {
    return counts.getOrDefault(key, 0L);
  }
}
