package id.go.trenggalekkab.aptika.process;

import id.go.trenggalekkab.aptika.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The office's executable procedures: process definition key and who may start one. */
public enum OfficeProcess {
  SPLP_ACCOUNT("SplpAccountProcess", Role.APPLICANT),
  SPLP_APPLICATION("SplpApplicationProcess", Role.API_USER),
  SUBDOMAIN_HOSTING("SubdomainHostingProcess", Role.APPLICANT);

  private final String key;
  private final Role starter;

  OfficeProcess(String key, Role starter) {
    this.key = key;
    this.starter = starter;
  }

  public String key() {
    return key;
  }

  public Role starter() {
    return starter;
  }

  /**
   * The process definition key of an execution. Read from the definition (the engine caches it),
   * not parsed from the definition id, which is a bare generated id for long keys or versions.
   */
  public static String keyOf(DelegateExecution execution) {
    return execution
        .getProcessEngineServices()
        .getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId())
        .getKey();
  }
}
