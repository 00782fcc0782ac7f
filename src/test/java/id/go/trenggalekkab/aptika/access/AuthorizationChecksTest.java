package id.go.trenggalekkab.aptika.access;

import static id.go.trenggalekkab.aptika.identity.People.ADMIN;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's checks take the caller's groups as the login gave them and do not look for REVOKEs,
 * which cannot be written; a REVOKE found in the database at start turns the engine's own look back
 * on. That the answers stay the same is {@code TaskQueryEquivalence}'s.
 */
@AptikaSpringBootTest
class AuthorizationChecksTest {

  private static final String NOBODY = "tidak-ada-siapa-siapa";
  private static final String GROUP = "kelompok-uji";

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  private final AuthorizationChecks.Manager checks = new AuthorizationChecks.Manager();

  /** Outside any engine command, where the engine's own choice of groups could not read. */
  @Test
  void theCallersGroupsAreTakenAsTheLoginGaveThemWithoutARead() {
    assertThat(checks.filterAuthenticatedGroupIds(List.of("kadis", "kominfo", "kadis")))
        .containsExactly("kadis", "kominfo");
    assertThat(checks.filterAuthenticatedGroupIds(null)).isEmpty();
    assertThat(checks.filterAuthenticatedGroupIds(List.of())).isEmpty();
    assertThat(checks.filterAuthenticatedGroupIds(Arrays.asList("kadis", null)))
        .containsExactly("kadis", null);
  }

  @Test
  void theEngineDoesNotLookForRevokes() {
    assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  @Test
  void aRevokeCannotBeWrittenByCodeOrInAdmin() {
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(NOBODY);
    revoke.setResource(Resources.APPLICATION);
    revoke.setResourceId("*");
    revoke.removePermission(Permissions.ACCESS);
    assertThatThrownBy(() -> authorizations.saveAuthorization(revoke))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(AuthorizationChecks.REVOKE_REFUSED);

    ResponseEntity<String> refused =
        http.withBasicAuth(ADMIN, PASSWORD)
            .postForEntity(
                "/engine-rest/authorization/create",
                Map.of(
                    "type",
                    Authorization.AUTH_TYPE_REVOKE,
                    "permissions",
                    List.of("ACCESS"),
                    "userId",
                    NOBODY,
                    "resourceType",
                    Resources.APPLICATION.resourceType(),
                    "resourceId",
                    "*"),
                String.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains(AuthorizationChecks.REVOKE_REFUSED);

    assertThat(
            authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                .count())
        .isZero();
  }

  /**
   * With a REVOKE found, the checks are the engine's own again: a REVOKE of the caller's own beats
   * her group's GRANT, which a check of GRANTs alone would let through.
   */
  @Test
  void aRevokeFoundAtStartTurnsTheEnginesLookForRevokesBackOn() {
    String insert =
        "insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_,"
            + " RESOURCE_ID_, PERMS_) values (?, 1, ?, ?, ?, ?, '*', ?)";
    jdbc.update(
        insert,
        "grant-to-a-group",
        Authorization.AUTH_TYPE_GRANT,
        null,
        GROUP,
        Resources.APPLICATION.resourceType(),
        Permissions.ACCESS.getValue());
    try {
      assertThat(mayOpenTasklist()).isTrue();
      jdbc.update(
          insert,
          "revoke-written-by-hand",
          Authorization.AUTH_TYPE_REVOKE,
          NOBODY,
          null,
          Resources.APPLICATION.resourceType(),
          ~Permissions.ACCESS.getValue());
      try {
        assertThat(AuthorizationChecks.checkRevokesIn(engine)).isTrue();
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
            .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
        assertThat(mayOpenTasklist()).as("revoked").isFalse();
      } finally {
        jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ = 'revoke-written-by-hand'");
        assertThat(AuthorizationChecks.checkRevokesIn(engine)).isFalse();
      }
      assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
          .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
      assertThat(mayOpenTasklist()).isTrue();
    } finally {
      jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ = 'grant-to-a-group'");
    }
  }

  private boolean mayOpenTasklist() {
    return authorizations.isUserAuthorized(
        NOBODY, List.of(GROUP), Permissions.ACCESS, Resources.APPLICATION, "tasklist");
  }
}
