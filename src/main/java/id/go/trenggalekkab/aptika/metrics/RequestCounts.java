package id.go.trenggalekkab.aptika.metrics;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.RowCreation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many requests of each procedure were ever started and ended (completed, refused or
 * cancelled), in {@code apt_request_count}: the counters of the metrics. The engine's history
 * cannot be their source, since its nightly cleanup removes old requests and a counter must never
 * go down (Prometheus would read a reset and count the rest of the history again).
 *
 * <p>The engine's history events of a request's start and end (not those of a called process) are
 * tallied per transaction and added to the procedure's row just before the transaction commits:
 * after the engine's flush, so the row's lock is held only for the commit, and together with the
 * request, so a rolled-back start or end counts nothing and a retried one counts once. The rows are
 * written in key order, so two transactions never wait for each other's rows crosswise.
 *
 * <p>A procedure's row is created on its own, at its first start or end or when the metrics first
 * read it, from what the history holds then: a running installation continues from the counts it
 * showed before.
 *
 * <p>Each night the counts are compared with the history, which can only hold fewer requests than
 * were counted (its cleanup removes old ones). A count below it missed starts or ends (committed,
 * say, by a node of an earlier version during a rolling upgrade, which does not count them) and is
 * raised to it; a count is never lowered.
 */
@Component
class RequestCounts extends AbstractProcessEnginePlugin {

  /** A procedure's counts. */
  record Count(String process, long started, long ended) {}

  private static final Logger LOG = LoggerFactory.getLogger(RequestCounts.class);

  /** A procedure's requests started and ended that the history holds: its top-level instances. */
  private static final String IN_HISTORY =
      "count(*), count(END_TIME_) from ACT_HI_PROCINST"
          + " where PROC_DEF_KEY_ = ? and SUPER_PROCESS_INSTANCE_ID_ is null";

  private final JdbcClient jdbc;
  private final RowCreation rows;
  private final TransactionTemplate transaction;
  private final Set<String> rowsSeen = ConcurrentHashMap.newKeySet();

  RequestCounts(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.rows = new RowCreation(jdbc, transactions);
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    // not this bean itself: the Camunda starter adds a HistoryEventHandler bean on its own
    handlers.add(
        new HistoryEventHandler() {
          @Override
          public void handleEvent(HistoryEvent event) {
            count(event);
          }

          @Override
          public void handleEvents(List<HistoryEvent> events) {
            events.forEach(RequestCounts.this::count);
          }
        });
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** Every procedure's counts; the given procedures get their row first if they have none. */
  List<Count> read(Collection<String> processes) {
    processes.forEach(this::createRowIfMissing);
    return jdbc.sql("select process_key as process, started, ended from apt_request_count")
        .query(Count.class)
        .list();
  }

  /**
   * Raises each procedure's counts that are below what the history holds to it, each under its
   * row's lock: a start or end committed before the lock is in both, one committed after it in
   * neither, so none is added twice.
   */
  @Scheduled(cron = "${aptika.metrics.count-check-cron:0 15 1 * * *}", zone = OfficeTime.ZONE_ID)
  @SchedulerLock(name = "requestCounts.catchUpWithHistory", lockAtMostFor = "PT1H")
  void catchUpWithHistory() {
    List<String> processes =
        jdbc.sql("select process_key from apt_request_count order by process_key")
            .query(String.class)
            .list();
    processes.forEach(
        process -> transaction.executeWithoutResult(status -> catchUpWithHistory(process)));
  }

  private void catchUpWithHistory(String process) {
    Count counted =
        jdbc.sql(
                "select process_key as process, started, ended from apt_request_count"
                    + " where process_key = ? for update")
            .param(process)
            .query(Count.class)
            .single();
    Count held =
        jdbc.sql("select " + IN_HISTORY)
            .param(process)
            .query((row, number) -> new Count(process, row.getLong(1), row.getLong(2)))
            .single();
    long started = Math.max(counted.started(), held.started());
    long ended = Math.max(counted.ended(), held.ended());
    if (started != counted.started() || ended != counted.ended()) {
      jdbc.sql("update apt_request_count set started = ?, ended = ? where process_key = ?")
          .params(started, ended, process)
          .update();
      LOG.warn(
          "Hitungan permohonan {} lebih kecil dari riwayat mesin proses dan dinaikkan: dimulai {}"
              + " menjadi {}, berakhir {} menjadi {} (ada mulai atau akhir permohonan yang tidak"
              + " terhitung, misalnya dari node versi lama saat pembaruan bergilir).",
          process,
          counted.started(),
          started,
          counted.ended(),
          ended);
    }
  }

  private void count(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity request
        && request.getSuperProcessInstanceId() == null) {
      if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
        tally().add(request.getProcessDefinitionKey(), 1, 0);
      } else if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
        tally().add(request.getProcessDefinitionKey(), 0, 1);
      }
    }
  }

  /** This transaction's tally, registered to be written when it commits. */
  private Tally tally() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("Requests are counted only in a Spring-managed transaction");
    }
    Tally tally = (Tally) TransactionSynchronizationManager.getResource(this);
    if (tally == null) {
      tally = new Tally();
      TransactionSynchronizationManager.bindResource(this, tally);
      TransactionSynchronizationManager.registerSynchronization(tally);
    }
    return tally;
  }

  /** Creates the procedure's row from its history, committed on its own, unless it exists. */
  private void createRowIfMissing(String process) {
    if (rowsSeen.contains(process)) {
      return;
    }
    boolean exists =
        jdbc.sql("select count(*) from apt_request_count where process_key = ?")
                .param(process)
                .query(Long.class)
                .single()
            > 0;
    if (!exists) {
      rows.insert(
          "insert into apt_request_count (process_key, started, ended) select ?, " + IN_HISTORY,
          process,
          process);
    }
    rowsSeen.add(process);
  }

  /** The starts and ends of one transaction, per procedure in key order. */
  private final class Tally implements TransactionSynchronization {

    private final Map<String, long[]> counts = new TreeMap<>();

    void add(String process, long started, long ended) {
      createRowIfMissing(process);
      long[] count = counts.computeIfAbsent(process, key -> new long[2]);
      count[0] += started;
      count[1] += ended;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      counts.forEach(
          (process, count) -> {
            int updated =
                jdbc.sql(
                        "update apt_request_count set started = started + ?, ended = ended + ?"
                            + " where process_key = ?")
                    .params(count[0], count[1], process)
                    .update();
            if (updated != 1) {
              throw new IllegalStateException("No request count of " + process);
            }
          });
    }

    /** A transaction started within this one (REQUIRES_NEW) keeps a tally of its own. */
    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResourceIfPossible(RequestCounts.this);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(RequestCounts.this, this);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(RequestCounts.this);
    }
  }
}
