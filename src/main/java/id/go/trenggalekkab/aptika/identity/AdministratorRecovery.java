package id.go.trenggalekkab.aptika.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code APTIKA_ADMIN_RECOVER=true}: gives a locked-out administrator their account back at
 * start-up, without touching the database by hand. Whoever may set the server's environment may do
 * this anyway; in production the password still has to pass the start-up strength check.
 *
 * <p>The account is unlocked, its password set to {@code APTIKA_ADMIN_PASSWORD} and its membership
 * of the administrators' group restored. The engine creates the account itself if it is missing.
 */
@Component
@Order(1) // after IdentitySetup, which makes the administrators' group exist
@ConditionalOnProperty(name = "aptika.admin.recover", havingValue = "true")
class AdministratorRecovery implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorRecovery.class);

  private final IdentityService identityService;
  private final String adminId;
  private final String password;

  AdministratorRecovery(
      IdentityService identityService,
      @Value("${aptika.admin.id}") String adminId,
      @Value("${aptika.admin.password}") String password) {
    this.identityService = identityService;
    this.adminId = adminId;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    User admin = identityService.createUserQuery().userId(adminId).singleResult();
    admin.setPassword(password);
    identityService.saveUser(admin);
    // after saving: the save writes back the lock the account was read with
    identityService.unlockUser(adminId);
    String group = Role.ADMINISTRATOR.groupId();
    if (identityService.createUserQuery().userId(adminId).memberOfGroup(group).count() == 0) {
      identityService.createMembership(adminId, group);
    }
    LOG.warn(
        "APTIKA_ADMIN_RECOVER: akun administrator '{}' dibuka kuncinya, kata sandinya disetel"
            + " ulang dari APTIKA_ADMIN_PASSWORD dan keanggotaannya di grup {} dipulihkan."
            + " Hapus APTIKA_ADMIN_RECOVER dari lingkungan setelah berhasil masuk.",
        adminId,
        group);
  }
}
