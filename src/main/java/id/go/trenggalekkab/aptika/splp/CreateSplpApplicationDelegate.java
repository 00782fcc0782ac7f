package id.go.trenggalekkab.aptika.splp;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SOP 060/029 B step 3, "Membuat OAuth2 Token dan API key", for the Pengguna's application. */
@Component("createSplpApplicationDelegate")
class CreateSplpApplicationDelegate implements JavaDelegate {

  private final SplpPortal portal;

  CreateSplpApplicationDelegate(SplpPortal portal) {
    this.portal = portal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SplpPortal.Outcome outcome =
        portal.createApplication(
            new SplpPortal.ApplicationOrder(
                execution.getProcessInstanceId(),
                ProcessNotes.text(execution, "splpUserName"),
                ProcessNotes.text(execution, "applicationName"),
                ProcessNotes.text(execution, "applicationDescription"),
                ProcessNotes.text(execution, "tokenType"),
                ProcessNotes.text(execution, "keyType"),
                ProcessNotes.text(execution, "throttlingPolicy"),
                ProcessNotes.text(execution, "grantTypes"),
                ProcessNotes.text(execution, "callbackUrl"),
                lines(ProcessNotes.text(execution, "apiSubscriptions"))));
    ProcessNotes.append(execution, "Langkah 3: " + outcome.note());
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
