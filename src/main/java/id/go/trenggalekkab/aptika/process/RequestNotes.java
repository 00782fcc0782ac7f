package id.go.trenggalekkab.aptika.process;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  /** The notes of these requests, oldest first, by request; one statement for them all. */
  public Map<String, List<String>> of(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    return JdbcClient.create(jdbc)
        .sql(
            "select process_instance_id, note from apt_request_note"
                + " where process_instance_id in (:ids) order by id")
        .param("ids", Set.copyOf(processInstanceIds))
        .query((row, number) -> Map.entry(row.getString(1), row.getString(2)))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
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
