package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.request.SubdomainRegistry;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.system.OfficeTimeRows;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry of services created for the units (SOP 060/018, "Pencatatan dan pendataan"). A name
 * is taken once a request has reserved it here, whatever its status.
 *
 * <p>Step 5 reserves the name ({@code DIPROSES}) in a transaction of its own before it touches a
 * server, so that a retry after a crash knows that a record it finds in DNS is its own; when the
 * servers are done, or the Pelaksana has confirmed the work done by hand, the entry becomes {@code
 * AKTIF}.
 */
@Service
public class ServiceRegistry implements SubdomainRegistry {

  public static final String RESERVED = "DIPROSES";
  public static final String ACTIVE = "AKTIF";

  /** A service as the registry records it. */
  public record Entry(
      String name,
      String fqdn,
      String serviceType,
      String recordType,
      String target,
      Integer ttl,
      String unitId,
      String unitName,
      String processInstanceId,
      String requestLetterNumber,
      String contactName,
      String contactEmail,
      String contactPhone,
      String hostingProvider,
      String documentRoot,
      String replyLetterNumber,
      String status,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt) {}

  /** What a request asks for, recorded when step 5 reserves its name. */
  public record Request(
      String name,
      String fqdn,
      String serviceType,
      String unitId,
      String processInstanceId,
      String requestLetterNumber,
      String contactName,
      String contactEmail,
      String contactPhone) {}

  /** What step 5 created. */
  public record Created(
      String status,
      String recordType,
      String target,
      int ttl,
      String hostingProvider,
      String documentRoot) {}

  private static final String SELECT =
      """
      select s.name, s.fqdn, s.service_type, s.record_type, s.target, s.ttl, s.unit_id,
        u.name as unit_name, s.process_instance_id, s.request_letter_number, s.contact_name,
        s.contact_email, s.contact_phone, s.hosting_provider, s.document_root,
        s.reply_letter_number, s.status, s.created_at, s.updated_at
      from apt_service s left join apt_unit u on u.id = s.unit_id
      """;

  private static final RowMapper<Entry> ENTRY = OfficeTimeRows.of(Entry.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  ServiceRegistry(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
    return jdbc.sql(SELECT + "where s.name = ?").param(name).query(ENTRY).optional();
  }

  /** Every service, newest first. */
  public List<Entry> all() {
    return jdbc.sql(SELECT + "order by s.created_at desc, s.name").query(ENTRY).list();
  }

  /**
   * Reserves the request's name, committed at once whatever happens to the caller's transaction.
   *
   * @return true when this request had reserved it already (an earlier attempt of step 5)
   * @throws NameTakenException when another request holds the name
   */
  public boolean reserve(Request request) {
    try {
      return Boolean.TRUE.equals(ownTransaction.execute(status -> reserveIn(request)));
    } catch (DuplicateKeyException e) {
      // two requests reserving one name at the same moment: the unique key decides
      throw takenByAnotherRequest(request.fqdn());
    }
  }

  private boolean reserveIn(Request request) {
    Optional<String> holder =
        jdbc.sql("select process_instance_id from apt_service where name = ?")
            .param(request.name())
            .query(String.class)
            .optional();
    if (holder.isPresent()) {
      if (holder.get().equals(request.processInstanceId())) {
        return true;
      }
      throw takenByAnotherRequest(request.fqdn());
    }
    LocalDateTime now = OfficeTime.databaseNow();
    jdbc.sql(
            """
                      insert into apt_service (name, fqdn, service_type, unit_id,
                        process_instance_id, request_letter_number, contact_name, contact_email,
                        contact_phone, status, created_at, updated_at)
                      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            request.name(),
            request.fqdn(),
            request.serviceType(),
            request.unitId(),
            request.processInstanceId(),
            request.requestLetterNumber(),
            request.contactName(),
            request.contactEmail(),
            request.contactPhone(),
            RESERVED,
            now,
            now)
        .update();
    return false;
  }

  /** Records what step 5 created for the request holding {@code name}. */
  public void complete(String name, String processInstanceId, Created created) {
    int updated =
        jdbc.sql(
                """
                update apt_service set status = ?, record_type = ?, target = ?, ttl = ?,
                  hosting_provider = ?, document_root = ?, updated_at = ?
                where name = ? and process_instance_id = ?""")
            .params(
                created.status(),
                created.recordType(),
                created.target(),
                created.ttl(),
                created.hostingProvider(),
                created.documentRoot(),
                OfficeTime.databaseNow(),
                name,
                processInstanceId)
            .update();
    if (updated != 1) {
      throw new IllegalStateException(
          "No reservation of " + name + " for process instance " + processInstanceId);
    }
  }

  /**
   * The entry of a site the system made becomes {@code AKTIF} once the site is served.
   *
   * @return the entry as it is now
   */
  public Entry activate(String name, String processInstanceId) {
    int updated =
        jdbc.sql(
                "update apt_service set status = ?, updated_at = ? where name = ? and"
                    + " process_instance_id = ? and record_type is not null")
            .params(ACTIVE, OfficeTime.databaseNow(), name, processInstanceId)
            .update();
    if (updated != 1) {
      throw new IllegalStateException(
          "No record of " + name + " for process instance " + processInstanceId);
    }
    return findByName(name).orElseThrow();
  }

  /** Step 9: the number of the reply letter that told the unit about its service. */
  public void recordReplyLetter(String processInstanceId, String letterNumber) {
    jdbc.sql("update apt_service set reply_letter_number = ? where process_instance_id = ?")
        .params(letterNumber, processInstanceId)
        .update();
  }

  /** Gives a reserved name back, in the caller's transaction. */
  public void release(String name, String processInstanceId) {
    jdbc.sql("delete from apt_service where name = ? and process_instance_id = ? and status = ?")
        .params(name, processInstanceId, RESERVED)
        .update();
  }

  /** Gives a reserved name back at once, even though the caller's transaction rolls back. */
  public void releaseNow(String name, String processInstanceId) {
    ownTransaction.executeWithoutResult(status -> release(name, processInstanceId));
  }

  private static NameTakenException takenByAnotherRequest(String fqdn) {
    return new NameTakenException(
        "Nama " + fqdn + " sudah tercatat untuk permohonan lain. Silakan ajukan nama lain.");
  }
}
