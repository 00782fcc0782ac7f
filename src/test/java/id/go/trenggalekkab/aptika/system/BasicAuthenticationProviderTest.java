package id.go.trenggalekkab.aptika.system;

import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The login hands Camunda's filter the caller's groups and units itself, so that the filter reads
 * nothing more in transactions of its own; they are what the filter would have read.
 */
@AptikaSpringBootTest
class BasicAuthenticationProviderTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;

  @Test
  void theLoginCarriesTheGroupsAndUnitsTheFilterWouldHaveRead() {
    AuthenticationResult result = login("Basic " + credentials(KADIS, PASSWORD));

    assertThat(result.isAuthenticated()).isTrue();
    assertThat(result.getAuthenticatedUser()).isEqualTo(KADIS);
    People people = new People(identityService);
    List<String> groups = people.groupsOf(KADIS);
    List<String> units = people.unitsOf(KADIS);
    assertThat(groups).isNotEmpty();
    assertThat(units).contains("dinkes", "disdik");
    assertThat(result.getGroups()).containsExactlyInAnyOrderElementsOf(groups);
    assertThat(result.getTenants()).containsExactlyInAnyOrderElementsOf(units);
  }

  @Test
  void aWrongPasswordOrNoneAuthenticatesNobody() {
    String userId = new People(identityService).newUser("salah");
    try {
      AuthenticationResult wrong = login("Basic " + credentials(userId, "bukan-" + PASSWORD));
      assertThat(wrong.isAuthenticated()).isFalse();
      assertThat(wrong.getGroups()).isNull();
      assertThat(wrong.getTenants()).isNull();
      assertThat(login(null).isAuthenticated()).isFalse();
      assertThat(login("Bearer " + credentials(userId, PASSWORD)).isAuthenticated()).isFalse();
    } finally {
      identityService.deleteUser(userId);
    }
  }

  private AuthenticationResult login(String authorization) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    if (authorization != null) {
      request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
    }
    return new BasicAuthenticationProvider().extractAuthenticatedUser(request, engine);
  }

  private static String credentials(String userId, String password) {
    return Base64.getEncoder()
        .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
