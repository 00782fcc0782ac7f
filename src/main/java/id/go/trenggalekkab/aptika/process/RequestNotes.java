package id.go.trenggalekkab.aptika.process;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every note of every request, in order ({@code apt_request_note}); see {@link ProcessNotes}. */
@Repository
public class RequestNotes {

  private final JdbcTemplate jdbc;

  public RequestNotes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A request's notes, oldest first. */
  public List<String> of(String processInstanceId) {
    return jdbc.queryForList(
        "select note from apt_request_note where process_instance_id = ? order by id",
        String.class,
        processInstanceId);
  }

  boolean none(String processInstanceId) {
    return jdbc.queryForObject(
            "select count(*) from apt_request_note where process_instance_id = ?",
            Integer.class,
            processInstanceId)
        == 0;
  }

  void add(String processInstanceId, String step, String note, Date at) {
    jdbc.update(
        "insert into apt_request_note (process_instance_id, step, note, noted_at)"
            + " values (?, ?, ?, ?)",
        processInstanceId,
        step,
        note,
        OfficeTime.forDatabase(at.toInstant()));
  }
}
