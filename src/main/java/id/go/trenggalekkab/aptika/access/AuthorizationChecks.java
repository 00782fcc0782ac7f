package id.go.trenggalekkab.aptika.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two reads the engine makes before the first authorization check of almost every command, which
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
 * {@code TaskQueryEquivalence} runs every task and variable query of its matrix, and the checks of
 * a command on every open task, with these and with the engine's own, on H2 and PostgreSQL, and
 * finds the same answers.
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

    private static void refuseRevoke(AuthorizationEntity authorization) {
      if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
        throw new FormFieldValidationException("authorizationType", REVOKE_REFUSED);
      }
    }
  }
}
