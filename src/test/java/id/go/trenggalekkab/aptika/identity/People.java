package id.go.trenggalekkab.aptika.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

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
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    List<String> tenants =
        identityService
            .createTenantQuery()
            .userMember(userId)
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .toList();
    identityService.setAuthentication(userId, groups, tenants);
  }

  public void actAsNobody() {
    identityService.clearAuthentication();
  }
}
