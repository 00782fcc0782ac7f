package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.request.SubdomainRegistry;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The registry of services created for the units (SOP 060/018, "Pencatatan dan pendataan"). A name
 * is taken once a request has reserved it here, whatever its status.
 */
@Service
public class ServiceRegistry implements SubdomainRegistry {

  /** A service as the registry records it. */
  public record Entry(
      String name,
      String fqdn,
      String serviceType,
      String recordType,
      String target,
      String unitId,
      String processInstanceId,
      String requestLetterNumber,
      String contactName,
      String contactEmail,
      String status) {}

  private final JdbcClient jdbc;

  ServiceRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean isTaken(String label) {
    return jdbc.sql("select count(*) from apt_service where name = ?")
            .param(label)
            .query(Integer.class)
            .single()
        > 0;
  }

  public Optional<Entry> findByName(String name) {
    return jdbc.sql(
            """
            select name, fqdn, service_type, record_type, target, unit_id, process_instance_id,
              request_letter_number, contact_name, contact_email, status
            from apt_service where name = ?""")
        .param(name)
        .query(Entry.class)
        .optional();
  }

  /** Records a service; a retry of the same request finds its own entry and changes nothing. */
  public Entry record(Entry entry) {
    Optional<Entry> existing = findByName(entry.name());
    if (existing.isPresent()
        && existing.get().processInstanceId().equals(entry.processInstanceId())) {
      return existing.get();
    }
    jdbc.sql(
            """
            insert into apt_service (name, fqdn, service_type, record_type, target, unit_id,
              process_instance_id, request_letter_number, contact_name, contact_email, status,
              created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            entry.name(),
            entry.fqdn(),
            entry.serviceType(),
            entry.recordType(),
            entry.target(),
            entry.unitId(),
            entry.processInstanceId(),
            entry.requestLetterNumber(),
            entry.contactName(),
            entry.contactEmail(),
            entry.status(),
            LocalDateTime.now())
        .update();
    return entry;
  }
}
