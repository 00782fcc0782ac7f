package id.go.trenggalekkab.aptika.document;

import static id.go.trenggalekkab.aptika.identity.RequestFixtures.aSubdomainRequest;
import static id.go.trenggalekkab.aptika.identity.RequestFixtures.asRestVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code GET /api/documents/{id}} over real HTTP, for a reader who may see the request. */
@AptikaSpringBootTest
class DocumentDownloadTest {

  static final String TYPED_NAME = "../../<b>x</b>.pdf";

  @Autowired TestRestTemplate http;
  @Autowired DocumentStore documents;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  String processInstanceId;

  @BeforeEach
  void startARequest() {
    ResponseEntity<JsonNode> started =
        http.withBasicAuth("siti", "demo")
            .postForEntity(
                "/engine-rest/process-definition/key/SubdomainHostingProcess/start",
                Map.of("variables", asRestVariables(aRequestOfItsOwnName())),
                JsonNode.class);
    assertThat(started.getStatusCode())
        .as(String.valueOf(started.getBody()))
        .isEqualTo(HttpStatus.OK);
    processInstanceId = started.getBody().get("id").asText();
  }

  /** Of a name no other test takes, as step 5 records it in the registry. */
  private static Map<String, Object> aRequestOfItsOwnName() {
    Map<String, Object> request = aSubdomainRequest();
    request.put("subdomainName", "dokumen-" + UUID.randomUUID().toString().substring(0, 8));
    return request;
  }

  @Test
  void aNameTypedWithPathAndMarkupIsStoredAndServedSafeInsideASandbox() {
    Document saved =
        documents.save(
            "SURAT_PERMOHONAN",
            TYPED_NAME,
            "application/pdf",
            RequestFixtures.LETTER_PDF,
            processInstanceId,
            "siti");

    assertThat(
            jdbc.queryForObject(
                "select file_name from apt_document where id = ?", String.class, saved.id()))
        .isEqualTo("b_x_b.pdf");
    assertServedSafely(saved.id());
  }

  @Test
  void aNameStoredBeforeNamesWereMadeSafeIsServedSafeToo() {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "insert into apt_document (id, kind, file_name, mime_type, size_bytes, sha256, content,"
            + " process_instance_id, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        "SURAT_PERMOHONAN",
        TYPED_NAME,
        "application/pdf",
        RequestFixtures.LETTER_PDF.length,
        "0".repeat(64),
        RequestFixtures.LETTER_PDF,
        processInstanceId,
        LocalDateTime.now(),
        "siti");

    assertServedSafely(id);
  }

  /**
   * The Pelaksana reads the request letter from the task his lane is offered, before anyone has
   * claimed it: the task alone lets him, since his role may not read the request's history. Before
   * the request reaches his lane, the same letter is not his to read.
   */
  @Test
  void aCandidateWhoHasNotClaimedTheTaskReadsTheRequestLetter() {
    String letter = documentOfTheRequest();
    assertThat(
            http.withBasicAuth("agus", "demo").getForEntity(letter, byte[].class).getStatusCode())
        .as("before the request reaches the Pelaksana")
        .isEqualTo(HttpStatus.NOT_FOUND);

    // the Kadis and the Kabid dispose it; step 4 runs; step 5 (no DNS integration here) waits
    // for the Pelaksana
    completeOpenTask(Map.of("dispositionKadis", "Kabid Aptika, mohon diproses."));
    completeOpenTask(Map.of("dispositionKabid", "Pelaksana, mohon dibuatkan."));
    for (List<Job> jobs = messageJobs(); !jobs.isEmpty(); jobs = messageJobs()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    Task byHand = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(byHand.getTaskDefinitionKey()).isEqualTo("Task_CreateSubdomainManually");
    assertThat(byHand.getAssignee()).as("nobody has claimed it").isNull();

    ResponseEntity<byte[]> read =
        http.withBasicAuth("agus", "demo").getForEntity(letter, byte[].class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).isEqualTo(RequestFixtures.LETTER_PDF);
    assertThat(http.withBasicAuth("eko", "demo").getForEntity(letter, byte[].class).getStatusCode())
        .as("a clerk of another unit")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String documentOfTheRequest() {
    return (String) runtimeService.getVariable(processInstanceId, "requestLetterUrl");
  }

  private void completeOpenTask(Map<String, Object> variables) {
    taskService.complete(
        taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(),
        variables);
  }

  private List<Job> messageJobs() {
    return managementService
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .messages()
        .list();
  }

  private void assertServedSafely(String id) {
    ResponseEntity<byte[]> served =
        http.withBasicAuth("budi", "demo").getForEntity("/api/documents/" + id, byte[].class);

    assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(served.getBody()).isEqualTo(RequestFixtures.LETTER_PDF);
    assertThat(served.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    ContentDisposition disposition = served.getHeaders().getContentDisposition();
    assertThat(disposition.isInline()).isTrue();
    assertThat(disposition.getFilename()).isEqualTo("b_x_b.pdf");
    assertThat(served.getHeaders().getFirst("Content-Disposition"))
        .doesNotContain("/", "<", ">", "..");
    assertThat(served.getHeaders().get("Content-Security-Policy")).containsExactly("sandbox");
    assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
