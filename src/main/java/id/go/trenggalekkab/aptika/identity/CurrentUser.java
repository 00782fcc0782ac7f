package id.go.trenggalekkab.aptika.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request, as the authentication filters established them on the
 * engine. Every call of our own API runs as this person, so engine authorizations apply.
 */
@Component
public class CurrentUser {

  private static final Set<Role> OFFICE_STAFF =
      EnumSet.of(Role.KADIS, Role.KABID, Role.EXECUTOR, Role.MANAGER, Role.ADMINISTRATOR);

  private static final Set<Role> MUTU_BAKU_WATCHERS =
      EnumSet.of(Role.MANAGER, Role.KADIS, Role.ADMINISTRATOR);

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    return authentication().getUserId();
  }

  public List<String> groupIds() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  public List<String> unitIds() {
    List<String> tenants = authentication().getTenantIds();
    return tenants == null ? List.of() : tenants;
  }

  public boolean isAdministrator() {
    return groupIds().contains(Role.ADMINISTRATOR.groupId());
  }

  public void requireAdministrator() {
    if (!isAdministrator()) {
      throw new AuthorizationException(
          "Hanya Administrator yang boleh mengubah data ini (pengguna: " + id() + ").");
    }
  }

  public boolean isAdministratorOrManager() {
    return isAdministrator() || groupIds().contains(Role.MANAGER.groupId());
  }

  public void requireAdministratorOrManager() {
    if (!isAdministratorOrManager()) {
      throw new AuthorizationException(
          "Hanya Administrator dan Manajer Pemantau yang boleh melihat data ini (pengguna: "
              + id()
              + ").");
    }
  }

  /**
   * Refuses anyone but those who watch every unit's Mutu Baku: the Manajer Pemantau, the Kadis and
   * the Administrator.
   *
   * @param what the figures, as the refusal names them, e.g. "keterlambatan Mutu Baku"
   */
  public void requireMutuBakuWatcher(String what) {
    if (MUTU_BAKU_WATCHERS.stream().noneMatch(role -> groupIds().contains(role.groupId()))) {
      throw new AuthorizationException(
          "Hanya Manajer Pemantau, Kadis Kominfo dan Administrator yang boleh melihat "
              + what
              + " (pengguna: "
              + id()
              + ").");
    }
  }

  /**
   * Refuses anyone but the office's own staff (Kadis, Kabid, Pelaksana, Manajer Pemantau,
   * Administrator), who may read the office's lists.
   *
   * @param what the list, as the refusal names it, e.g. "daftar surat"
   */
  public void requireOfficeStaff(String what) {
    if (OFFICE_STAFF.stream().noneMatch(role -> groupIds().contains(role.groupId()))) {
      throw new AuthorizationException(
          "Hanya staf Dinas Kominfo yang boleh melihat " + what + " (pengguna: " + id() + ").");
    }
  }

  /**
   * Runs {@code work} as the system, without this person's engine authorizations, and restores them
   * after: for reading in full what their role, checked before, entitles them to.
   */
  public <T> T asSystem(Supplier<T> work) {
    Authentication me = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      identityService.setAuthentication(me);
    }
  }

  private Authentication authentication() {
    Authentication current = identityService.getCurrentAuthentication();
    if (current == null) {
      throw new IllegalStateException("No authenticated user: the API filter did not run.");
    }
    return current;
  }
}
