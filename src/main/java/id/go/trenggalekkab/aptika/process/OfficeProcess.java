package id.go.trenggalekkab.aptika.process;

import id.go.trenggalekkab.aptika.identity.Role;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The office's executable procedures: process definition key, who may start one, and the prefix of
 * its requests' reference numbers ({@code SD-2026-0007}).
 */
public enum OfficeProcess {
  SPLP_ACCOUNT("SplpAccountProcess", Role.APPLICANT, "SPLP"),
  SPLP_APPLICATION("SplpApplicationProcess", Role.API_USER, "API"),
  SUBDOMAIN_HOSTING("SubdomainHostingProcess", Role.APPLICANT, "SD");

  private final String key;
  private final Role starter;
  private final String referencePrefix;

  OfficeProcess(String key, Role starter, String referencePrefix) {
    this.key = key;
    this.starter = starter;
    this.referencePrefix = referencePrefix;
  }

  public String referencePrefix() {
    return referencePrefix;
  }

  public static Optional<OfficeProcess> ofKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }

  public String key() {
    return key;
  }

  public Role starter() {
    return starter;
  }

  /**
   * The process definition key of an execution. Read from the definition (the engine caches it),
   * not parsed from the definition id, which is a bare generated id for long keys or versions. An
   * execution of the engine has its definition from the engine's cache; asking the repository
   * instead would be a command of its own with a READ check in the database, once per call, in
   * every start and every step.
   */
  public static String keyOf(DelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity) {
      return entity.getProcessDefinition().getKey();
    }
    return execution
        .getProcessEngineServices()
        .getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId())
        .getKey();
  }
}
