package id.go.trenggalekkab.aptika.retention;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.LocalDateTime;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly retention job deletes the records of ended requests past their period (defaults: 5
 * years, the outbox 2) and keeps the younger ones, those of running requests, and mails a person
 * still has to deal with.
 */
@AptikaSpringBootTest
class RetentionJobTest {

  @Autowired RetentionJob job;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;

  final LocalDateTime sixYearsAgo = OfficeTime.databaseNow().minusYears(6);
  final LocalDateTime threeYearsAgo = OfficeTime.databaseNow().minusYears(3);
  final LocalDateTime fourYearsAgo = OfficeTime.databaseNow().minusYears(4);
  final String ended = UUID.randomUUID().toString();
  String running;

  @BeforeEach
  void aRunningAndAnEndedRequest() {
    People people = new People(identityService);
    people.actAs(People.CLERK_DINKES);
    try {
      running =
          runtimeService
              .startProcessInstanceByKey(
                  "SubdomainHostingProcess", RequestFixtures.aSubdomainRequest())
              .getId();
    } finally {
      people.actAsNobody();
    }
  }

  @Test
  void documentsNotesAndOverrunsOfEndedRequestsGoAfterFiveYears() {
    String oldOfEnded = document(ended, sixYearsAgo);
    String youngOfEnded = document(ended, fourYearsAgo);
    String oldOfRunning = document(running, sixYearsAgo);
    note(ended, sixYearsAgo);
    note(ended, fourYearsAgo);
    note(running, sixYearsAgo);
    overrun(ended, sixYearsAgo);
    overrun(ended, fourYearsAgo);
    overrun(running, sixYearsAgo);

    job.deleteExpired();

    assertThat(count("apt_document where id = ?", oldOfEnded)).isZero();
    assertThat(count("apt_document where id = ?", youngOfEnded)).isOne();
    assertThat(count("apt_document where id = ?", oldOfRunning)).isOne();
    assertThat(count("apt_request_note where process_instance_id = ?", ended)).isOne();
    assertThat(count("apt_request_note where process_instance_id = ?", running)).isOne();
    assertThat(count("apt_sla_breach where process_instance_id = ?", ended)).isOne();
    assertThat(count("apt_sla_breach where process_instance_id = ?", running)).isOne();
  }

  @Test
  void mailsThatAreDoneGoAfterTwoYearsAndTheOthersWaitForAPerson() {
    mail(ended, "TERKIRIM", threeYearsAgo);
    mail(null, "DISIMPAN", threeYearsAgo);
    mail(ended, "DIKIRIM_MANUAL", threeYearsAgo);
    mail(ended, "GAGAL", threeYearsAgo);
    mail(ended, "TIDAK_PASTI", threeYearsAgo);
    mail(running, "TERKIRIM", threeYearsAgo);
    mail(ended, "TERKIRIM", OfficeTime.databaseNow().minusYears(1));

    job.deleteExpired();

    assertThat(
            jdbc.queryForList(
                "select status from apt_outbox where process_instance_id in (?, ?)"
                    + " or subject = ? order by status",
                String.class,
                ended,
                running,
                subjectOf(null)))
        .containsExactly("GAGAL", "TERKIRIM", "TERKIRIM", "TIDAK_PASTI");
  }

  private String document(String request, LocalDateTime createdAt) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        """
        insert into apt_document (id, kind, file_name, mime_type, size_bytes, sha256, content,
          process_instance_id, created_at) values (?, 'SURAT_PERMOHONAN', 'surat.pdf',
          'application/pdf', 3, 'x', ?, ?, ?)""",
        id,
        new byte[] {1, 2, 3},
        request,
        createdAt);
    return id;
  }

  private void note(String request, LocalDateTime notedAt) {
    jdbc.update(
        "insert into apt_request_note (process_instance_id, step, note, noted_at)"
            + " values (?, 'Uji', 'Dikerjakan manual.', ?)",
        request,
        notedAt);
  }

  private void overrun(String request, LocalDateTime dueAt) {
    jdbc.update(
        """
        insert into apt_sla_breach (kind, process_instance_id, process_key, activity_id,
          activity_name, mutu_baku, due_at, done_at)
        values ('TERLAMBAT', ?, 'SubdomainHostingProcess', 'Task_Uji', 'Uji', 'PT1H', ?, ?)""",
        request,
        dueAt,
        dueAt.plusHours(2));
  }

  private void mail(String request, String status, LocalDateTime createdAt) {
    jdbc.update(
        """
        insert into apt_outbox (recipients, subject, body, created_at, status, attempts,
          process_instance_id) values ('budi@trenggalekkab.example', ?, 'Isi.', ?, ?, 1, ?)""",
        subjectOf(request),
        createdAt,
        status,
        request);
  }

  private String subjectOf(String request) {
    return "[Uji] Retensi " + (request == null ? ended + " tanpa permohonan" : request);
  }

  private int count(String fromWhere, Object parameter) {
    return jdbc.queryForObject("select count(*) from " + fromWhere, Integer.class, parameter);
  }
}
