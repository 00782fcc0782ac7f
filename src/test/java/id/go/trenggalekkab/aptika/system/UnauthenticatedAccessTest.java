package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST path answers 401 to a caller who is not signed in, except health. The paths are not
 * listed by hand: they are read from the engine REST API's resources, from our own controllers and
 * from the exposed management endpoints, so a new one cannot slip through.
 */
@AptikaSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnauthenticatedAccessTest {

  @Autowired TestRestTemplate http;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mvcMappings;

  @Autowired PathMappedEndpoints managementEndpoints;

  Stream<Arguments> everyProtectedPath() {
    List<Arguments> paths = new ArrayList<>();
    paths.add(Arguments.of(HttpMethod.GET, "/engine-rest/engine"));
    paths.add(Arguments.of(HttpMethod.GET, "/engine-rest/engine/default/task"));
    Arrays.stream(DefaultProcessEngineRestServiceImpl.class.getMethods())
        .filter(method -> method.isAnnotationPresent(Path.class))
        .map(method -> method.getAnnotation(Path.class).value())
        .forEach(
            path -> {
              paths.add(Arguments.of(HttpMethod.GET, "/engine-rest" + path));
              paths.add(Arguments.of(HttpMethod.POST, "/engine-rest" + path));
            });
    mvcMappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api")) {
                  continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "probe");
                info.getMethodsCondition()
                    .getMethods()
                    .forEach(
                        method -> paths.add(Arguments.of(HttpMethod.valueOf(method.name()), path)));
              }
            });
    paths.add(Arguments.of(HttpMethod.GET, "/actuator"));
    managementEndpoints.getAllPaths().stream()
        .filter(path -> !path.equals(ApiSecurityConfiguration.HEALTH_PATH))
        .forEach(path -> paths.add(Arguments.of(HttpMethod.GET, path)));
    return paths.stream();
  }

  @Test
  void thePathListReallyCoversTheApi() {
    List<String> paths = everyProtectedPath().map(a -> (String) a.get()[1]).toList();
    assertThat(paths)
        .contains(
            "/engine-rest/task",
            "/engine-rest/deployment",
            "/engine-rest/process-definition",
            "/engine-rest/authorization",
            "/engine-rest/user",
            "/api/units",
            "/api/units/probe",
            "/api/me",
            "/actuator/metrics");
    assertThat(paths).hasSizeGreaterThan(60);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyProtectedPath")
  void anAnonymousCallIsRefused(HttpMethod method, String path) {
    var response = http.exchange(path, method, HttpEntity.EMPTY, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthIsOpen() {
    // Tests run without the job executor; PostgresIT checks its health component.
    var response = http.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"db\"", "\"processEngine\"");
  }

  @Test
  void managementEndpointsNeedAnAdministratorOrManager() {
    assertThat(
            http.withBasicAuth("siti", "demo")
                .getForEntity("/actuator/metrics", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            http.withBasicAuth("hendra", "demo")
                .getForEntity("/actuator/metrics", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            http.withBasicAuth("admin", "demo")
                .getForEntity("/actuator/info", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void configurationFilesAreNotServed() {
    for (String path :
        List.of("/application.yaml", "/application-prod.yaml", "/META-INF/processes.xml")) {
      assertThat(http.getForEntity(path, String.class).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }
}
