package id.go.trenggalekkab.aptika.system;

import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the offline adapters write what they would have done on the real system. They record; they
 * never pretend that an account, a DNS record or a letter exists. The process shows the same words
 * to the people who work the request.
 */
@Component
public class OfflineActionLog {

  private static final Logger LOG = LoggerFactory.getLogger(OfflineActionLog.class);

  public record Entry(String systemName, String action, String description) {}

  private final JdbcClient jdbc;

  OfflineActionLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(
      String systemName, String action, String description, String processInstanceId) {
    jdbc.sql(
            """
            insert into apt_offline_action (system_name, action, description,
              process_instance_id, recorded_at)
            values (?, ?, ?, ?, ?)""")
        .params(systemName, action, description, processInstanceId, LocalDateTime.now())
        .update();
    LOG.info("[MODE OFFLINE] {} {}: {}", systemName, action, description);
  }

  public List<Entry> entriesOf(String processInstanceId) {
    return jdbc.sql(
            """
            select system_name, action, description from apt_offline_action
            where process_instance_id = ? order by id""")
        .param(processInstanceId)
        .query(Entry.class)
        .list();
  }
}
