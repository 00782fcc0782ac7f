package id.go.trenggalekkab.aptika.identity;

import id.go.trenggalekkab.aptika.process.OfficeProcess;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

/**
 * Acts as a demo user through the Java API, with the groups and units the webapps and the REST
 * filter would give them.
 */
public final class People {

  public static final String PASSWORD = "demo";
  public static final String KADIS = "budi";
  public static final String KABID = "sri";
  public static final String EXECUTOR = "agus";
  public static final String SPLP_OPERATOR = "rina";
  public static final String API_PROVIDER = "joko";
  public static final String API_USER_DINKES = "fajar";
  public static final String MANAGER = "hendra";
  public static final String PROCESS_OWNER = "rudi";
  public static final String CLERK_DINKES = "siti";
  public static final String CLERK_DISDIK = "eko";
  public static final String ADMIN = "admin";

  private final IdentityService identityService;

  public People(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void actAs(String userId) {
    identityService.clearAuthentication();
    identityService.setAuthentication(userId, groupsOf(userId), unitsOf(userId));
  }

  /** The groups the REST filter gives a user. */
  public List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  /** The units (tenants) the REST filter gives a user: their own and their groups'. */
  public List<String> unitsOf(String userId) {
    return identityService
        .createTenantQuery()
        .userMember(userId)
        .includingGroupsOfUser(true)
        .list()
        .stream()
        .map(Tenant::getId)
        .toList();
  }

  /** A new user, password {@link #PASSWORD}, in no group or unit yet; the caller deletes it. */
  public String newUser(String prefix) {
    String userId = prefix + System.nanoTime() % 1_000_000;
    User user = identityService.newUser(userId);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    return userId;
  }

  /**
   * A new clerk of {@code unit}: a new user in the demo clerk's groups and a member of the unit;
   * the caller deletes it.
   */
  public String newClerkOf(String unit, String prefix) {
    String clerk = newUser(prefix);
    groupsOf(CLERK_DINKES).forEach(group -> identityService.createMembership(clerk, group));
    identityService.createTenantUserMembership(unit, clerk);
    return clerk;
  }

  public void actAsNobody() {
    identityService.clearAuthentication();
  }

  /**
   * The requests of the office's procedures in a unit that the user may follow, counted with her
   * permissions, as "Permohonan saya" counts them.
   */
  public long requestsToFollow(String userId, String unitId, HistoryService history) {
    actAs(userId);
    try {
      return history
          .createHistoricProcessInstanceQuery()
          .tenantIdIn(unitId)
          .processDefinitionKeyIn(
              Arrays.stream(OfficeProcess.values()).map(OfficeProcess::key).toArray(String[]::new))
          .count();
    } finally {
      actAsNobody();
    }
  }
}
