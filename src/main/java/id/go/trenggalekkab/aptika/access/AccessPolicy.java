package id.go.trenggalekkab.aptika.access;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.MIGRATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.process.OfficeProcess;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * The authorizations of every role, applied idempotently at every start so that the policy in the
 * code and in the database never drift apart. Permissions are only ever added here; an
 * administrator's extra grants in Admin stay.
 *
 * <p>Tasks are not granted here: the engine gives a task's candidate group READ and TASK_WORK on
 * that task (see {@code defaultUserPermissionNameForTask}), so people see and work only the tasks
 * of their own lane. Units are tenants, so the same grants show a clerk only the requests of their
 * own unit.
 */
@Component
public class AccessPolicy {

  private static final Set<Role> WATCHERS = EnumSet.of(Role.KADIS, Role.KABID, Role.MANAGER);
  private static final Set<Role> KOMINFO_STAFF =
      EnumSet.of(
          Role.KADIS,
          Role.KABID,
          Role.EXECUTOR,
          Role.MANAGER,
          Role.SPLP_OPERATOR,
          Role.API_PROVIDER);

  /** Everyone who works or follows tasks; the process owner changes procedures, not requests. */
  private static final Set<Role> TASKLIST_USERS =
      EnumSet.complementOf(EnumSet.of(Role.PROCESS_OWNER));

  private final AuthorizationService authorizations;

  AccessPolicy(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  void apply() {
    for (Role role : TASKLIST_USERS) {
      if (role == Role.ADMINISTRATOR) {
        continue; // camunda-admin holds every permission through the engine itself
      }
      grant(role, APPLICATION, "tasklist", ACCESS);
      grant(role, GROUP, Authorization.ANY, READ);
    }
    for (OfficeProcess process : OfficeProcess.values()) {
      grant(
          process.starter(),
          PROCESS_DEFINITION,
          process.key(),
          READ,
          CREATE_INSTANCE,
          READ_INSTANCE,
          READ_HISTORY);
    }
    grant(Role.APPLICANT, PROCESS_INSTANCE, Authorization.ANY, CREATE);
    grant(Role.API_USER, PROCESS_INSTANCE, Authorization.ANY, CREATE);
    for (Role staff : KOMINFO_STAFF) {
      grant(staff, PROCESS_DEFINITION, Authorization.ANY, READ);
      grant(staff, USER, Authorization.ANY, READ);
    }
    // The Pelaksana works the requests of every unit: reading them shows the request's data on
    // their task cards. They still see and work only their own lane's tasks.
    grant(Role.EXECUTOR, PROCESS_DEFINITION, Authorization.ANY, READ_INSTANCE);
    for (Role watcher : WATCHERS) {
      grant(watcher, APPLICATION, "cockpit", ACCESS);
      grant(watcher, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY);
      grant(watcher, DEPLOYMENT, Authorization.ANY, READ);
      grant(watcher, DECISION_DEFINITION, Authorization.ANY, READ);
    }
    // Managers watch every step's time, so they read all tasks; they cannot work them.
    grant(Role.MANAGER, TASK, Authorization.ANY, READ);
    grantProcessOwner();
  }

  /**
   * The process owner deploys models and forms (Camunda Modeler's "Deploy"), reads every request in
   * Cockpit and moves running requests to a new version, one by one or in a batch. Nothing else: no
   * task, no start, no users or groups. The engine itself lets whoever made a deployment read and
   * delete that deployment, and no other.
   */
  private void grantProcessOwner() {
    Role owner = Role.PROCESS_OWNER;
    grant(owner, APPLICATION, "cockpit", ACCESS);
    grant(owner, DEPLOYMENT, Authorization.ANY, CREATE, READ);
    grant(
        owner,
        PROCESS_DEFINITION,
        Authorization.ANY,
        READ,
        READ_INSTANCE,
        READ_HISTORY,
        MIGRATE_INSTANCE);
    grant(owner, PROCESS_INSTANCE, Authorization.ANY, READ);
    grant(
        owner,
        BATCH,
        Authorization.ANY,
        BatchPermissions.READ,
        BatchPermissions.READ_HISTORY,
        BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
  }

  /** Lets every role that uses Tasklist read a shared Tasklist filter. */
  void grantFilterToAllRoles(String filterId) {
    for (Role role : TASKLIST_USERS) {
      grant(role, FILTER, filterId, READ);
    }
  }

  private void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(role.groupId())
            .resourceType(resource)
            .resourceId(resourceId)
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .singleResult();
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(role.groupId());
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean missing = Arrays.stream(permissions).anyMatch(p -> !existingHas(existing, p));
    if (missing) {
      Arrays.stream(permissions).forEach(authorization::addPermission);
      authorizations.saveAuthorization(authorization);
    }
  }

  private static boolean existingHas(Authorization existing, Permission permission) {
    return existing != null && existing.isPermissionGranted(permission);
  }
}
