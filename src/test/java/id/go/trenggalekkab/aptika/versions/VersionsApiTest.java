package id.go.trenggalekkab.aptika.versions;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.process.ModelerDeploy;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/versions} after the process owner deployed a revised SOP from Camunda Modeler:
 * who deployed which version, when, and what changed, over HTTP as the page in Cockpit asks.
 */
@AptikaSpringBootTest
class VersionsApiTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;

  private String deploymentId;

  @AfterEach
  void removeVersionTwo() {
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void theProcessOwnerSeesWhoDeployedEachVersionWhenAndWhatChanged() throws Exception {
    HttpResponse<String> deployed =
        new ModelerDeploy("http://localhost:" + port + "/engine-rest", PROCESS_OWNER, PASSWORD)
            .deploy(SopRevision.PROCESS, SopRevision.DIAGRAM, SopRevision.version2());
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    deploymentId = new ObjectMapper().readTree(deployed.body()).get("id").asText();

    ResponseEntity<JsonNode> answer =
        http.withBasicAuth(PROCESS_OWNER, PASSWORD)
            .getForEntity("/api/versions?process=" + SopRevision.PROCESS, JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode procedure = answer.getBody().get(0);
    assertThat(answer.getBody()).hasSize(1);
    assertThat(procedure.get("key").asText()).isEqualTo(SopRevision.PROCESS);
    JsonNode newest = procedure.get("versions").get(0);
    JsonNode before = procedure.get("versions").get(1);
    assertThat(newest.get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
    assertThat(newest.get("deploymentId").asText()).isEqualTo(deploymentId);
    assertThat(newest.get("deployedBy").asText()).isEqualTo(PROCESS_OWNER);
    assertThat(newest.get("deployedByName").asText()).isEqualTo("Rudi Hartono");
    assertThat(newest.get("source").asText()).isEqualTo("Camunda Modeler");
    assertThat(newest.get("deployedAt").asText()).endsWith("+07:00");
    assertThat(newest.get("changes").toString())
        .contains(
            "Langkah ditambahkan: \\\"Memeriksa surat permohonan\\\" (Task_CheckRequestByExecutor)",
            "Waktu Mutu Baku \\\"Mendisposisi surat permohonan\\\" (Task_DisposeRequestByKadis):"
                + " 1 hari kerja menjadi 2 hari kerja");
    assertThat(before.get("deployedBy").isNull()).isTrue();
    assertThat(before.get("deployedByName").asText()).isEqualTo("aplikasi (saat dijalankan)");
  }

  @Test
  void aManagerReadsTheVersionsOfAllProcedures() {
    ResponseEntity<JsonNode> answer =
        http.withBasicAuth(MANAGER, PASSWORD).getForEntity("/api/versions", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {CLERK_DINKES, KADIS, EXECUTOR})
  void nobodyElseReadsThem(String userId) {
    ResponseEntity<JsonNode> answer =
        http.withBasicAuth(userId, PASSWORD).getForEntity("/api/versions", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anUnknownProcedureIsRefusedNamingTheParameter() {
    ResponseEntity<JsonNode> answer =
        http.withBasicAuth(PROCESS_OWNER, PASSWORD)
            .getForEntity("/api/versions?process=Lain", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().toString()).contains("process", "Prosedur 'Lain' tidak dikenal");
  }
}
