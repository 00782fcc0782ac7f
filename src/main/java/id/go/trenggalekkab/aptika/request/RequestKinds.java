package id.go.trenggalekkab.aptika.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Which kind of request an execution belongs to, from its process definition. */
final class RequestKinds {

  private RequestKinds() {}

  static RequestKind of(DelegateExecution execution) {
    String key =
        execution
            .getProcessEngineServices()
            .getRepositoryService()
            .getProcessDefinition(execution.getProcessDefinitionId())
            .getKey();
    return switch (key) {
      case "SplpAccountProcess" -> RequestKind.SPLP_ACCOUNT;
      case "SubdomainHostingProcess" -> RequestKind.SUBDOMAIN;
      default -> throw new IllegalStateException("No request intake for process " + key);
    };
  }
}
