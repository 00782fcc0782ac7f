package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import id.go.trenggalekkab.aptika.system.OfficeTemplates.MailText;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the administrators once a week while a holiday list is missing ({@link
 * HolidayListWarnings}), at a fixed time ({@code aptika.calendar.reminder-cron}, Monday 08:00 WIB).
 * Every node runs the job; the week's row in {@code apt_holiday_list_reminder}, written in the same
 * transaction as the mail in the outbox, lets only the first one through.
 */
@Component
class HolidayListReminder {

  private static final Logger LOG = LoggerFactory.getLogger(HolidayListReminder.class);

  private final HolidayListWarnings warnings;
  private final OfficeTemplates templates;
  private final Outbox outbox;
  private final IdentityService identityService;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  HolidayListReminder(
      HolidayListWarnings warnings,
      OfficeTemplates templates,
      Outbox outbox,
      IdentityService identityService,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.warnings = warnings;
    this.templates = templates;
    this.outbox = outbox;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /** Sends this week's reminder unless nothing is missing or another node has sent it. */
  @Scheduled(cron = "${aptika.calendar.reminder-cron:0 0 8 * * MON}", zone = OfficeTime.ZONE_ID)
  @SchedulerLock(name = "holidayListReminder.remind")
  void remind() {
    SortedSet<Integer> years = warnings.missingYears();
    if (years.isEmpty()) {
      return;
    }
    String week = isoWeek(OfficeTime.today());
    try {
      transaction.executeWithoutResult(status -> send(week, years));
    } catch (DuplicateKeyException alreadySent) {
      LOG.debug("Pengingat daftar hari libur pekan {} sudah dikirim node lain.", week);
    }
  }

  private void send(String week, SortedSet<Integer> years) {
    String yearList = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    jdbc.sql("insert into apt_holiday_list_reminder (iso_week, years, sent_at) values (?, ?, ?)")
        .params(week, yearList, Timestamp.from(Instant.now()))
        .update();
    MailText mail =
        templates.mail(
            "mail/holiday-list-missing.txt",
            Map.of("years", yearList, "messages", warnings.messages()));
    outbox.queue(administrators(), mail.subject(), mail.body());
  }

  private List<String> administrators() {
    return identityService
        .createUserQuery()
        .memberOfGroup(Role.ADMINISTRATOR.groupId())
        .list()
        .stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .sorted()
        .toList();
  }

  static String isoWeek(LocalDate date) {
    return "%d-W%02d"
        .formatted(
            date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
