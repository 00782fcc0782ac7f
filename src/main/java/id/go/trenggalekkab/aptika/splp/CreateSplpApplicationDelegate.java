package id.go.trenggalekkab.aptika.splp;

import static id.go.trenggalekkab.aptika.process.ProcessVariables.text;
import static id.go.trenggalekkab.aptika.splp.SplpApplicationContract.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SOP 060/029 B step 3, "Membuat OAuth2 Token dan API key", for the Pengguna's application. The
 * consumer secret and API key go straight to the vault, for the Pengguna to read once; the process
 * keeps only the application id, the consumer key and the vault entry's id.
 */
@Component("createSplpApplicationDelegate")
class CreateSplpApplicationDelegate implements JavaDelegate {

  private final SplpPortal portal;
  private final CredentialVault vault;

  CreateSplpApplicationDelegate(SplpPortal portal, CredentialVault vault) {
    this.portal = portal;
    this.vault = vault;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SplpPortal.ApplicationOrder order =
        new SplpPortal.ApplicationOrder(
            execution.getProcessInstanceId(),
            text(execution, SPLP_USER_NAME),
            text(execution, APPLICATION_NAME),
            text(execution, APPLICATION_DESCRIPTION),
            text(execution, TOKEN_TYPE),
            text(execution, KEY_TYPE),
            text(execution, THROTTLING_POLICY),
            text(execution, GRANT_TYPES),
            text(execution, CALLBACK_URL),
            lines(text(execution, API_SUBSCRIPTIONS)));
    SplpPortal.Application application =
        SplpRejection.routed(() -> portal.createApplication(order));
    String owner = text(execution, RequestVariables.INITIATOR);
    execution.setVariable(SPLP_APPLICATION_ID, application.applicationId());
    execution.setVariable(CONSUMER_KEY, application.consumerKey());
    execution.setVariable(
        CREDENTIALS_ID,
        vault.store(execution.getProcessInstanceId(), owner, application.credentials().asMap()));
    ProcessNotes.append(execution, "Langkah 3: " + application.note());
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
