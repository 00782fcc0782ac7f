package id.go.trenggalekkab.aptika.versions;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.identity.TaskHolders;
import id.go.trenggalekkab.aptika.process.OfficeProcess;
import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import id.go.trenggalekkab.aptika.system.InvalidInputException;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * The versions of each of the office's procedures, oldest first: who deployed each, when, from
 * where, how many requests still run on it, and what changed against the version before.
 *
 * <p>Who deployed is what Camunda itself records: a deployment made by an authenticated user (from
 * Camunda Modeler, the REST API or Cockpit) gets a user operation log entry "Create" of entity type
 * "Deployment" with that user. A deployment without one was made by the application at its start.
 */
@Component
class ProcedureVersions {

  private static final Set<Role> READERS =
      EnumSet.of(Role.PROCESS_OWNER, Role.ADMINISTRATOR, Role.MANAGER);

  private final CurrentUser currentUser;
  private final RepositoryService repository;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskHolders people;

  ProcedureVersions(
      CurrentUser currentUser,
      RepositoryService repository,
      HistoryService history,
      RuntimeService runtime,
      TaskHolders people) {
    this.currentUser = currentUser;
    this.repository = repository;
    this.history = history;
    this.runtime = runtime;
    this.people = people;
  }

  record Version(
      String processDefinitionId,
      int version,
      String tenantId,
      String deploymentId,
      String deploymentName,
      String source,
      OffsetDateTime deployedAt,
      String deployedBy,
      String deployedByName,
      long runningRequests,
      List<String> changes) {}

  record Procedure(String key, String name, List<Version> versions) {}

  List<Procedure> all(String processKey) {
    if (READERS.stream().noneMatch(role -> currentUser.groupIds().contains(role.groupId()))) {
      throw new AuthorizationException(
          "Hanya Pemilik Proses, Manajer Pemantau dan Administrator yang boleh melihat versi"
              + " prosedur (pengguna: "
              + currentUser.id()
              + ").");
    }
    if (processKey != null && OfficeProcess.ofKey(processKey).isEmpty()) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "process",
                  "Prosedur '"
                      + processKey
                      + "' tidak dikenal; pilih SplpAccountProcess, SplpApplicationProcess"
                      + " atau SubdomainHostingProcess.")));
    }
    return currentUser.asSystem(
        () ->
            Arrays.stream(OfficeProcess.values())
                .map(OfficeProcess::key)
                .filter(key -> processKey == null || key.equals(processKey))
                .map(this::procedure)
                .toList());
  }

  private Procedure procedure(String key) {
    List<ProcessDefinition> definitions =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .orderByProcessDefinitionVersion()
            .asc()
            .list();
    Map<String, String> deployers = new HashMap<>();
    definitions.forEach(
        definition -> deployers.computeIfAbsent(definition.getDeploymentId(), this::deployer));
    Map<String, String> names = people.names(deployers.values());
    Map<String, BpmnModelInstance> previousOfTenant = new HashMap<>();
    List<Version> versions = new ArrayList<>();
    String name = key;
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      BpmnModelInstance previous =
          previousOfTenant.put(Objects.toString(definition.getTenantId(), ""), model);
      List<String> changes =
          previous == null
              ? List.of(Messages.of("change.first"))
              : VersionChanges.between(previous, model);
      versions.add(
          version(definition, deployers.get(definition.getDeploymentId()), names, changes));
      name = definition.getName() == null ? key : definition.getName();
    }
    Collections.reverse(versions);
    return new Procedure(key, name, versions);
  }

  private Version version(
      ProcessDefinition definition,
      String deployedBy,
      Map<String, String> names,
      List<String> changes) {
    Deployment deployment =
        repository
            .createDeploymentQuery()
            .deploymentId(definition.getDeploymentId())
            .singleResult();
    return new Version(
        definition.getId(),
        definition.getVersion(),
        definition.getTenantId(),
        deployment.getId(),
        deployment.getName(),
        deployment.getSource(),
        OfficeTime.of(deployment.getDeploymentTime().toInstant()),
        deployedBy,
        deployedBy == null
            ? Messages.of("deployedByApplication")
            : names.getOrDefault(deployedBy, deployedBy),
        runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count(),
        changes);
  }

  private String deployer(String deploymentId) {
    return history
        .createUserOperationLogQuery()
        .entityType("Deployment")
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
        .deploymentId(deploymentId)
        .list()
        .stream()
        .map(UserOperationLogEntry::getUserId)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
