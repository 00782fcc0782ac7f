package id.go.trenggalekkab.aptika.system;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.lang.reflect.Field;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Both engine APIs, {@code /engine-rest} and the webapps' {@code /camunda/api/engine} that Tasklist
 * calls, read and write JSON with the one mapper of {@link SharedEngineApiMapper} (Camunda's own
 * resolver made a new mapper, and so new deserializers, for every request), and the JSON is still
 * Camunda's: its date format both ways, unknown properties ignored.
 */
@AptikaSpringBootTest
class SharedEngineApiMapperTest {

  static final String WEBAPP_API = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate http;
  @Autowired FilterService filters;
  @LocalServerPort int port;

  String groupTasks;

  @BeforeEach
  void theKadisHasATaskInHisGroupsFilter() {
    RequestFixtures.aSubdomainRequestOverRest(http);
    groupTasks =
        filters.createFilterQuery().filterName("Tugas kelompok saya").singleResult().getId();
  }

  @Test
  void bothEngineApisReadTheFiltersQueryWithTheSharedMapper() throws Exception {
    String query = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";

    forgetReadTypes();
    assertThat(restList(query).getStatusCode().value()).isEqualTo(200);
    assertThat(readTypes()).as("/engine-rest").contains(TaskQueryDto.class);

    forgetReadTypes();
    HttpResponse<String> webapp =
        WebappSession.signIn(port, KADIS, PASSWORD)
            .postJson(WEBAPP_API + "/filter/" + groupTasks + "/list", query);
    assertThat(webapp.statusCode()).isEqualTo(200);
    assertThat(readTypes()).as("/camunda/api/engine").contains(TaskQueryDto.class);
  }

  @Test
  void theJsonIsStillCamundas() throws Exception {
    JsonNode tasks = new ObjectMapper().readTree(restList("{\"unknownToCamunda\":1}").getBody());
    assertThat(tasks).isNotEmpty();
    assertThat(tasks.get(0).get("created").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
    assertThat(new ObjectMapper().readTree(restList(dueBefore("2000-01-01")).getBody())).isEmpty();
    assertThat(new ObjectMapper().readTree(restList(dueBefore("2999-01-01")).getBody()))
        .hasSameSizeAs(tasks);
  }

  private static String dueBefore(String day) {
    return "{\"dueBefore\":\"" + day + "T00:00:00.000+0000\"}";
  }

  private ResponseEntity<String> restList(String query) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(KADIS, PASSWORD)
        .exchange(
            "/engine-rest/filter/" + groupTasks + "/list",
            HttpMethod.POST,
            new HttpEntity<>(query, headers),
            String.class);
  }

  /** The types the shared mapper has made a reader for (Jackson's cache of root deserializers). */
  private static Set<Class<?>> readTypes() throws ReflectiveOperationException {
    return rootDeserializers().keySet().stream()
        .map(JavaType::getRawClass)
        .collect(Collectors.toSet());
  }

  private static void forgetReadTypes() throws ReflectiveOperationException {
    rootDeserializers().clear();
  }

  @SuppressWarnings("unchecked")
  private static Map<JavaType, ?> rootDeserializers() throws ReflectiveOperationException {
    Field cache = ObjectMapper.class.getDeclaredField("_rootDeserializers");
    cache.setAccessible(true);
    return (Map<JavaType, ?>) cache.get(SharedEngineApiMapper.Shared.MAPPER);
  }
}
