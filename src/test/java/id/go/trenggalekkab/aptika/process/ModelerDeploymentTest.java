package id.go.trenggalekkab.aptika.process;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
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
 * The process owner deploys from Camunda Modeler: the very request Modeler sends, over HTTP, with
 * and without the forms attached. Each deployment is removed again after its test, so the other
 * tests keep the models as built.
 */
@AptikaSpringBootTest
class ModelerDeploymentTest {

  private static final String PROCESS = "SubdomainHostingProcess";
  private static final String DIAGRAM = PROCESS + ".bpmn";
  private static final String KADIS_FORM = "subdomain-dispose-by-kadis.form";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;

  private final Set<String> deployments = new LinkedHashSet<>();

  @AfterEach
  void removeTheNewVersions() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void aDiagramDeployedAloneKeepsItsForms() {
    String previous = latestDefinitionId();
    ModelerDeploy modeler = modeler(PROCESS_OWNER);
    assertThat(modeler.checkConnection().statusCode()).isEqualTo(200);

    JsonNode deployment = deployed(modeler.deploy(PROCESS, DIAGRAM, diagramWithKadisTime("P2D")));

    String definitionId = newDefinitionId(deployment);
    assertThat(definitionId).isNotEqualTo(previous);
    assertThat(
            get(PROCESS_OWNER, "/engine-rest/process-definition/key/" + PROCESS).get("id").asText())
        .as("the process owner sees the new version as the latest")
        .isEqualTo(definitionId);
    assertThat(resourceNames(deployment.get("id").asText()))
        .as("the forms its steps bind came along from the version before")
        .contains(DIAGRAM, KADIS_FORM, "subdomain-dispose-by-kabid.form");

    String request = startRequest();
    assertThat(definitionOf(request)).isEqualTo(definitionId);
    JsonNode form = kadisForm(request);
    assertThat(form.get("id").asText()).isEqualTo("Form_SubdomainDisposeByKadis");
    assertThat(form.toString()).isEqualTo(formAsBuilt().toString());
  }

  @Test
  void theEmbeddedStartFormOfANewVersionIsServedByTheApplication() {
    JsonNode before =
        get(CLERK_DINKES, "/engine-rest/process-definition/" + latestDefinitionId() + "/startForm");

    JsonNode deployment =
        deployed(modeler(PROCESS_OWNER).deploy(PROCESS, DIAGRAM, diagramWithKadisTime("P3D")));

    JsonNode after =
        get(
            CLERK_DINKES,
            "/engine-rest/process-definition/" + newDefinitionId(deployment) + "/startForm");
    assertThat(after.get("key").asText()).isEqualTo("embedded:app:forms/subdomain-start.html");
    assertThat(after.get("contextPath").isNull())
        .as("Tasklist finds the form through it")
        .isFalse();
    assertThat(after.get("contextPath")).isEqualTo(before.get("contextPath"));
  }

  @Test
  void aChangedFormDeployedWithItsDiagramIsUsed() {
    byte[] changedForm =
        new String(classpath("/forms/" + KADIS_FORM), StandardCharsets.UTF_8)
            .replace(
                "### Mendisposisi surat permohonan",
                "### Mendisposisi surat permohonan (SOP revisi)")
            .getBytes(StandardCharsets.UTF_8);

    JsonNode deployment =
        deployed(
            modeler(PROCESS_OWNER)
                .attach(KADIS_FORM, changedForm)
                .deploy(PROCESS, DIAGRAM, diagramWithKadisTime("P2D")));

    assertThat(resourceNames(deployment.get("id").asText()))
        .contains(DIAGRAM, KADIS_FORM, "subdomain-dispose-by-kabid.form");
    String request = startRequest();
    assertThat(definitionOf(request)).isEqualTo(newDefinitionId(deployment));
    assertThat(kadisForm(request).toString()).contains("(SOP revisi)");
  }

  @Test
  void deployingTheSameDiagramAgainMakesNoNewVersion() {
    byte[] diagram = diagramWithKadisTime("P2D");
    JsonNode first = deployed(modeler(PROCESS_OWNER).deploy(PROCESS, DIAGRAM, diagram));

    JsonNode again = deployed(modeler(PROCESS_OWNER).deploy(PROCESS, DIAGRAM, diagram));

    assertThat(again.get("id").asText()).isEqualTo(first.get("id").asText());
    assertThat(latestDefinitionId()).isEqualTo(newDefinitionId(first));
  }

  @Test
  void aDeploymentForOneUnitCarriesTheSharedForms() {
    JsonNode deployment =
        deployed(
            modeler(PROCESS_OWNER)
                .tenant("dinkes")
                .deploy(PROCESS, DIAGRAM, diagramWithKadisTime("P2D")));

    assertThat(deployment.get("tenantId").asText()).isEqualTo("dinkes");
    assertThat(resourceNames(deployment.get("id").asText())).contains(DIAGRAM, KADIS_FORM);
  }

  @ParameterizedTest
  @ValueSource(strings = {CLERK_DINKES, KADIS, MANAGER, EXECUTOR})
  void nobodyElseDeploysFromModeler(String userId) {
    String before = latestDefinitionId();

    HttpResponse<String> refused =
        modeler(userId).deploy(PROCESS, DIAGRAM, diagramWithKadisTime("P2D"));

    assertThat(refused.statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
    assertThat(latestDefinitionId()).isEqualTo(before);
  }

  private ModelerDeploy modeler(String userId) {
    return new ModelerDeploy("http://localhost:" + port + "/engine-rest", userId, PASSWORD);
  }

  private JsonNode deployed(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode deployment = read(response.body());
    deployments.add(deployment.get("id").asText());
    assertThat(deployment.get("source").asText()).isEqualTo("Camunda Modeler");
    return deployment;
  }

  private static String newDefinitionId(JsonNode deployment) {
    JsonNode definitions = deployment.get("deployedProcessDefinitions");
    assertThat(definitions).as("a new version of the procedure").hasSize(1);
    return definitions.elements().next().get("id").asText();
  }

  private String startRequest() {
    return RequestFixtures.aSubdomainRequestOverRest(http);
  }

  private String definitionOf(String processInstanceId) {
    return get(CLERK_DINKES, "/engine-rest/process-instance/" + processInstanceId)
        .get("definitionId")
        .asText();
  }

  /** The Kadis's first task of the request, and its form as Tasklist fetches it. */
  private JsonNode kadisForm(String processInstanceId) {
    JsonNode tasks = get(KADIS, "/engine-rest/task?processInstanceId=" + processInstanceId);
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).get("id").asText();
    return get(KADIS, "/engine-rest/task/" + taskId + "/deployed-form");
  }

  private String latestDefinitionId() {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS)
        .withoutTenantId()
        .latestVersion()
        .singleResult()
        .getId();
  }

  /** The file names in a deployment, without the folder the application's own start adds. */
  private List<String> resourceNames(String deploymentId) {
    return repositoryService.getDeploymentResources(deploymentId).stream()
        .map(Resource::getName)
        .map(name -> name.substring(name.lastIndexOf('/') + 1))
        .toList();
  }

  private JsonNode get(String userId, String path) {
    ResponseEntity<JsonNode> response =
        http.withBasicAuth(userId, PASSWORD).getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** The procedure as built, with a new Mutu Baku time for the Kadis's disposition (step 2). */
  private static byte[] diagramWithKadisTime(String duration) {
    String diagram = new String(classpath("/bpmn/" + DIAGRAM), StandardCharsets.UTF_8);
    int step = diagram.indexOf("id=\"Task_DisposeRequestByKadis\"");
    String time = "<camunda:property name=\"mutuBakuDuration\" value=\"P1D\" />";
    int at = diagram.indexOf(time, step);
    assertThat(at).as("the Kadis's Mutu Baku time in the model").isPositive();
    return (diagram.substring(0, at)
            + time.replace("P1D", duration)
            + diagram.substring(at + time.length()))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode formAsBuilt() {
    return read(new String(classpath("/forms/" + KADIS_FORM), StandardCharsets.UTF_8));
  }

  private static byte[] classpath(String path) {
    try (InputStream in = ModelerDeploymentTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
