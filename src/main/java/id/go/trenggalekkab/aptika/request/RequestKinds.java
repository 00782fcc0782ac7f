package id.go.trenggalekkab.aptika.request;

import id.go.trenggalekkab.aptika.process.OfficeProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Which kind of request an execution belongs to, from its process definition. */
final class RequestKinds {

  private RequestKinds() {}

  static RequestKind of(DelegateExecution execution) {
    String key = OfficeProcess.keyOf(execution);
    if (key.equals(OfficeProcess.SPLP_ACCOUNT.key())) {
      return RequestKind.SPLP_ACCOUNT;
    }
    if (key.equals(OfficeProcess.SUBDOMAIN_HOSTING.key())) {
      return RequestKind.SUBDOMAIN;
    }
    throw new IllegalStateException("No request intake for process " + key);
  }
}
