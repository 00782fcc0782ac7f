package id.go.trenggalekkab.aptika.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks as this office's grants allow them to be made more cheaply.
 *
 * <p>Two reads the engine makes before the first authorization check of almost every command, which
 * this office's grants make needless (docs/performance.md, "Two reads fewer in each step"):
 *
 * <ul>
 *   <li><b>Which groups hold any authorization</b>, to leave the caller's other groups out of the
 *       checks' {@code GROUP_ID_ IN (...)} ({@code
 *       AuthorizationManager#filterAuthenticatedGroupIds}). A group that holds no authorization
 *       matches no row of any check, so leaving it in changes no answer: the caller's groups go
 *       into the checks as the login gave them. The office's people belong to one or two groups
 *       each, so the list is no longer.
 *   <li><b>Whether a REVOKE applies to the caller</b> ({@code authorizationCheckRevokes=auto}, the
 *       engine's default). The office's access is made of grants only: the roles' ({@link
 *       AccessPolicy}) and each task's to its candidate group. So once the engine is built and no
 *       REVOKE is found in the database, it is set to {@code never}, and that stays true because a
 *       REVOKE cannot be written: Admin answers with {@link #REVOKE_REFUSED}. Should one be there
 *       all the same (written by hand, or by an older version), the node keeps the engine's default
 *       and warns.
 * </ul>
 *
 * <p>And the check itself, once no REVOKE is checked: the engine builds its statement ({@code
 * isUserAuthorizedForResource}) afresh for every check, a dynamic statement whose text MyBatis
 * makes from a dozen {@code <if>} and {@code <foreach>} nodes; that building was three quarters of
 * a check's time (docs/performance.md, "The authorization check in one fixed statement"). Without
 * REVOKEs that statement's answer is whether a GRANT of the permission on the resource, by id or
 * {@code '*'}, is held by the caller, by one of the caller's groups, or by everyone (a GLOBAL
 * authorization); {@link Manager#isAuthorized(String, List, CompositePermissionCheck)} asks the
 * database exactly that in a statement of fixed text. The kinds of check that only queries make (a
 * resource id taken from the query's own column, a value for "no authorization found") and checks
 * made of other checks stay the engine's.
 *
 * <p>{@code TaskQueryEquivalence} runs every task and variable query of its matrix, the checks of a
 * command on every open task, and every permission of every resource on {@code '*'}, on no id, on
 * an unknown id and on ids that have an authorization, alone and two at a time, with these and with
 * the engine's own, on H2 and PostgreSQL, and finds the same answers.
 */
@Component
class AuthorizationChecks extends AbstractProcessEnginePlugin {

  static final String REVOKE_REFUSED =
      "Otorisasi jenis REVOKE (penolakan) tidak dipakai di aplikasi ini: akses hanya diberikan"
          + " lewat GRANT. Untuk mencabut akses, hapus atau kurangi GRANT yang memberikannya.";

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationChecks.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSessionFactories().put(AuthorizationManager.class, new Sessions());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    checkRevokesIn(engine);
  }

  /**
   * Whether a REVOKE is in the database; where one is, the engine checks REVOKEs in every command,
   * as by its default.
   */
  static boolean checkRevokesIn(ProcessEngine engine) {
    long revokes =
        engine
            .getAuthorizationService()
            .createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_REVOKE)
            .count();
    ProcessEngineConfiguration configuration = engine.getProcessEngineConfiguration();
    if (revokes == 0) {
      configuration.setAuthorizationCheckRevokes(
          ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
      return false;
    }
    configuration.setAuthorizationCheckRevokes(
        ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
    LOG.warn(
        "Ada {} otorisasi REVOKE di basis data, padahal aplikasi ini hanya memakai GRANT, sehingga"
            + " REVOKE diperiksa pada setiap perintah. Hapus REVOKE itu (kurangi GRANT-nya bila"
            + " perlu) di Admin, lalu mulai ulang aplikasi.",
        revokes);
    return true;
  }

  static final class Sessions implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager();
    }
  }

  static final class Manager extends AuthorizationManager {

    /** The caller's groups, each once, in the login's order; the engine kept those with a grant. */
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return Collections.emptyList();
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }

    @Override
    public void insert(DbEntity authorization) {
      if (authorization instanceof AuthorizationEntity written) {
        refuseRevoke(written);
      }
      super.insert(authorization);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      refuseRevoke(authorization);
      super.update(authorization);
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
      if (!isAuthorizationEnabled()) {
        return true;
      }
      return isAuthorized(userId, groupIds, createCompositePermissionCheck(check));
    }

    /**
     * The engine's answer: with no REVOKE checked, a check of one permission holds when a GRANT or
     * GLOBAL authorization gives it; checks "any of" hold when one holds, checks "all of" when all
     * do.
     */
    @Override
    public boolean isAuthorized(
        String userId, List<String> groupIds, CompositePermissionCheck checks) {
      if (!grantsAnswer(checks) || isRevokeAuthCheckEnabled(userId, groupIds)) {
        return super.isAuthorized(userId, groupIds, checks);
      }
      for (PermissionCheck check : checks.getAtomicChecks()) {
        if (!isResourceValidForPermission(check)) {
          throw LOG.invalidResourceForPermission(
              check.getResource().resourceName(), check.getPermission().getName());
        }
      }
      List<String> groups = filterAuthenticatedGroupIds(groupIds);
      boolean anyOf = checks.isDisjunctive();
      for (PermissionCheck check : checks.getAtomicChecks()) {
        if (granted(userId, groups, check) == anyOf) {
          return anyOf;
        }
      }
      return !anyOf;
    }

    /** Checks of single permissions on a resource id given by the caller; no query's own kind. */
    private static boolean grantsAnswer(CompositePermissionCheck checks) {
      if (checks.getCompositeChecks() != null && !checks.getCompositeChecks().isEmpty()
          || checks.getAtomicChecks() == null
          || checks.getAtomicChecks().isEmpty()) {
        return false;
      }
      for (PermissionCheck check : checks.getAtomicChecks()) {
        if (check.getResourceIdQueryParam() != null
            || check.getAuthorizationNotFoundReturnValue() != null) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether a GRANT of the caller or of one of her groups, or a GLOBAL authorization, on the
     * resource's id or on all of its kind ({@code '*'}), holds every bit of the permission: the
     * engine's statement without its REVOKE clauses.
     */
    private boolean granted(String userId, List<String> groups, PermissionCheck check) {
      String resourceId = check.getResourceId() == null ? Authorization.ANY : check.getResourceId();
      StringBuilder sql =
          new StringBuilder("select PERMS_ from ")
              .append(Context.getProcessEngineConfiguration().getDatabaseTablePrefix())
              .append("ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? and RESOURCE_ID_ in (?, '*')")
              .append(" and (TYPE_ = 0 and USER_ID_ = '*' or TYPE_ = 1 and (USER_ID_ = ?");
      if (!groups.isEmpty()) {
        sql.append(" or GROUP_ID_ in (?").append(", ?".repeat(groups.size() - 1)).append(')');
      }
      sql.append("))");
      Connection connection = getDbSqlSession().getSqlSession().getConnection();
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        int i = 1;
        statement.setInt(i++, check.getResourceType());
        statement.setString(i++, resourceId);
        statement.setString(i++, userId);
        for (String group : groups) {
          statement.setString(i++, group);
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            int perms = rows.getInt(1);
            if (!rows.wasNull() && (perms & check.getPerms()) == check.getPerms()) {
              return true;
            }
          }
        }
        return false;
      } catch (SQLException e) {
        throw new ProcessEngineException("Hak akses tidak dapat diperiksa: " + e.getMessage(), e);
      }
    }

    private static void refuseRevoke(AuthorizationEntity authorization) {
      if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
        throw new FormFieldValidationException("authorizationType", REVOKE_REFUSED);
      }
    }
  }
}
