package id.go.trenggalekkab.aptika.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the shared database and the outside systems hold after the nodes worked, crashed or shared a
 * batch: the checks that nothing was lost and nothing done twice.
 */
final class Aftermath {

  private Aftermath() {}

  /**
   * Every job that succeeded did so once; the counts of created, succeeded and deleted jobs. The
   * engine's history cleanup is one repeating job by design (it runs again under the same id in its
   * nightly window, 22:00-05:00 WIB, which a CI run may fall into), so it is left out.
   */
  static Map<String, Integer> everyJobRanOnce(Surroundings office) {
    JdbcTemplate jdbc = office.database.jdbc();
    List<String> twice =
        jdbc.queryForList(
            "select coalesce(act_id_, job_def_type_) || ' ' || job_id_ from act_hi_job_log"
                + " where job_state_ = 2 and coalesce(job_def_type_, '') <> 'history-cleanup'"
                + " group by act_id_, job_def_type_, job_id_ having count(*) > 1",
            String.class);
    assertThat(twice).as("jobs that succeeded twice").isEmpty();
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(
        "created",
        jdbc.queryForObject(
            "select count(distinct job_id_) from act_hi_job_log where job_state_ = 0",
            Integer.class));
    counts.put(
        "succeeded",
        jdbc.queryForObject(
            "select count(distinct job_id_) from act_hi_job_log where job_state_ = 2",
            Integer.class));
    counts.put(
        "deleted",
        jdbc.queryForObject(
            "select count(distinct job_id_) from act_hi_job_log where job_state_ = 3",
            Integer.class));
    counts.put("duplicates", twice.size());
    return counts;
  }

  /**
   * The metrics' request counts (apt_request_count) equal the requests started and ended in the
   * history, procedure by procedure: each start and end counted once, whatever died on the way.
   */
  static void everyRequestCountedOnce(Surroundings office) {
    JdbcTemplate jdbc = office.database.jdbc();
    List<Map<String, Object>> history =
        jdbc.queryForList(
            "select proc_def_key_ as process, count(*) as started, count(end_time_) as ended"
                + " from act_hi_procinst where super_process_instance_id_ is null"
                + " group by proc_def_key_ order by proc_def_key_");
    List<Map<String, Object>> counted =
        jdbc.queryForList(
            "select process_key as process, started, ended from apt_request_count"
                + " where started > 0 or ended > 0 order by process_key");
    assertThat(history).as("requests in the history").isNotEmpty();
    assertThat(counted).as("requests counted for the metrics").isEqualTo(history);
  }

  static void everyMailOnce(Surroundings office) throws Exception {
    assertThat(office.mailsByRecipientsAndSubject())
        .isNotEmpty()
        .allSatisfy((mail, sends) -> assertThat(sends).as(mail).isEqualTo(1));
  }

  /** The numbered letters of the year carry 1..n, each once, and the counter stands at n. */
  static void lettersNumberedOnceAndConsecutively(Surroundings office) {
    JdbcTemplate jdbc = office.database.jdbc();
    for (Integer year :
        jdbc.queryForList("select number_year from apt_letter_sequence", Integer.class)) {
      List<Integer> numbers =
          jdbc.queryForList(
              "select sequence_number from apt_letter where number_year = ?"
                  + " order by sequence_number",
              Integer.class,
              year);
      int last =
          jdbc.queryForObject(
              "select last_number from apt_letter_sequence where number_year = ?",
              Integer.class,
              year);
      assertThat(numbers)
          .as("letter numbers of %d", year)
          .isEqualTo(IntStream.rangeClosed(1, last).boxed().toList());
    }
  }

  /** One overrun record per task and kind, and none reminded or escalated twice (one row). */
  static void everyReminderAndEscalationOnce(Surroundings office) {
    JdbcTemplate jdbc = office.database.jdbc();
    assertThat(
            jdbc.queryForList(
                "select kind || ' ' || task_id from apt_sla_breach group by kind, task_id"
                    + " having count(*) > 1",
                String.class))
        .as("overruns recorded twice")
        .isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from apt_sla_breach where reminded_at is not null", Integer.class))
        .as("reminders (their timers were made due)")
        .isPositive();
  }

  /** Every task of these requests was completed once: no person had to do their step again. */
  static void noPersonDidATaskTwice(Surroundings office, Set<String> requests) {
    JdbcTemplate jdbc = office.database.jdbc();
    for (String request : requests) {
      assertThat(
              jdbc.queryForList(
                  "select task_def_key_ from act_hi_taskinst where proc_inst_id_ = ?"
                      + " group by task_def_key_ having count(*) > 1",
                  String.class,
                  request))
          .as("tasks done twice in " + request)
          .isEmpty();
    }
  }
}
