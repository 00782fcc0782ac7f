package id.go.trenggalekkab.aptika.retention;

import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.LocalDateTime;
import java.time.Period;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the application's records past their retention ({@link RetentionPeriods}), each night on
 * one node. A record is past it when it is older than its period and its request is no longer
 * running; a mail, moreover, only when nobody has anything left to do with it.
 */
@Component
@EnableConfigurationProperties(RetentionPeriods.class)
class RetentionJob {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

  /** The request of the row {@code r} has ended (or never was one). */
  private static final String ENDED =
      " and not exists (select 1 from act_ru_execution e"
          + " where e.proc_inst_id_ = r.process_instance_id)";

  private final JdbcClient jdbc;
  private final RetentionPeriods periods;

  RetentionJob(JdbcClient jdbc, RetentionPeriods periods) {
    this.jdbc = jdbc;
    this.periods = periods;
  }

  @Scheduled(cron = "${aptika.retention.cron:0 30 1 * * *}", zone = OfficeTime.ZONE_ID)
  @SchedulerLock(name = "retention.deleteExpired", lockAtMostFor = "PT1H")
  void deleteExpired() {
    int documents =
        delete(
            "delete from apt_document r where r.created_at < :before" + ENDED, periods.documents());
    int notes =
        delete(
            "delete from apt_request_note r where r.noted_at < :before" + ENDED,
            periods.requestNotes());
    int overruns =
        delete(
            "delete from apt_sla_breach r where coalesce(r.done_at, r.due_at) < :before" + ENDED,
            periods.overruns());
    int mails =
        delete(
            "delete from apt_outbox r where r.created_at < :before and r.status in (:done)" + ENDED,
            periods.outbox());
    LOG.info(
        "Retensi: dihapus {} dokumen, {} catatan permohonan, {} catatan keterlambatan, {} e-mail.",
        documents,
        notes,
        overruns,
        mails);
  }

  private int delete(String sql, Period period) {
    LocalDateTime before = OfficeTime.databaseNow().minus(period);
    return jdbc.sql(sql).param("before", before).param("done", Outbox.DONE).update();
  }
}
