package id.go.trenggalekkab.aptika.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.letter.LetterVariables;
import id.go.trenggalekkab.aptika.provisioning.SubdomainHostingContract;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.splp.SplpAccountContract;
import id.go.trenggalekkab.aptika.splp.SplpApplicationContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One contract per process: every variable and decision value that the process's forms ({@code
 * forms/*.form}, {@code forms/*.html}) and its model's conditions use is declared in its backing
 * classes, which the Java code uses in place of literals.
 */
class ProcessContractTest {

  /** Each process's contract: its own class, and the shared ones whose steps it has. */
  static final Map<String, ProcessContract> CONTRACTS =
      Map.of(
          "SubdomainHostingProcess",
          contract(SubdomainHostingContract.class, RequestVariables.class, LetterVariables.class),
          "SplpAccountProcess",
          contract(SplpAccountContract.class, RequestVariables.class, LetterVariables.class),
          "SplpApplicationProcess",
          contract(SplpApplicationContract.class, RequestVariables.class));

  /** With what every process has: the system's notes and the reference number. */
  private static ProcessContract contract(Class<?>... classes) {
    return ProcessContract.of(classes).with(ProcessNotes.VARIABLE, ReferenceNumbers.VARIABLE);
  }

  static Stream<Path> models() throws Exception {
    return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyNameAndDecisionValueOfTheFormsAndModelIsDeclaredInTheProcesssContract(Path file)
      throws Exception {
    // given
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    String processId = file.getFileName().toString().replace(".bpmn", "");
    ProcessContract contract = CONTRACTS.get(processId);

    // when
    List<String> problems = new ArrayList<>(contract.checkModel(model));
    List<String> forms = new ArrayList<>();
    Stream.concat(
            model.getModelElementsByType(UserTask.class).stream(),
            model.getModelElementsByType(StartEvent.class).stream())
        .forEach(element -> forms.add(formOf(element)));
    for (String form : forms.stream().filter(f -> f != null).distinct().toList()) {
      String text = Files.readString(Path.of(form));
      problems.addAll(
          form.endsWith(".html") ? contract.checkHtml(form, text) : contract.checkForm(text));
    }

    // then
    assertThat(forms).as("forms read").filteredOn(f -> f != null).hasSizeGreaterThan(3);
    assertThat(problems).isEmpty();
  }

  @Test
  void aFormWithAnUndeclaredFieldOrDecisionValueIsRefused() throws Exception {
    ProcessContract contract = CONTRACTS.get("SubdomainHostingProcess");
    String form =
        """
        {"id": "Form_Broken", "type": "default", "components": [
          {"type": "text", "text": "Lihat {{replyLetterDraftUrl}} dan {{konsepUrl}}"},
          {"type": "textfield", "key": "kadisNotes", "label": "Catatan"},
          {"type": "textfield", "key": "catatanKadis", "label": "Catatan"},
          {"type": "radio", "key": "kadisDecision", "label": "Keputusan",
           "values": [{"label": "Setujui", "value": "SETUJU"}, {"label": "Kembalikan", "value": "RETURN"}],
           "conditional": {"hide": "=signerPassphraseNeeded != \\"MUNGKIN\\" or jenisLayanan = null"}}
        ]}
        """;

    assertThat(contract.checkForm(form))
        .containsExactlyInAnyOrder(
            "Form_Broken text: konsepUrl is not declared in the process's contract",
            "Form_Broken field: catatanKadis is not declared in the process's contract",
            "Form_Broken offers [RETURN, SETUJU] for kadisDecision, the contract [APPROVE, RETURN]",
            "Form_Broken condition =signerPassphraseNeeded != \"MUNGKIN\" or jenisLayanan = null:"
                + " MUNGKIN is not a value of signerPassphraseNeeded",
            "Form_Broken condition =signerPassphraseNeeded != \"MUNGKIN\" or jenisLayanan = null:"
                + " jenisLayanan is not declared in the process's contract");
  }

  @Test
  void anEmbeddedFormWithAnUndeclaredFieldIsRefused() {
    ProcessContract contract = CONTRACTS.get("SplpApplicationProcess");
    String html =
        """
        <form><input cam-variable-name="credentialsSaved" cam-variable-type="Boolean">
        <input cam-variable-name="kunciDisimpan">
        <script cam-script>var shown = ['consumerKey', 'rahasia'];
        camForm.variableManager.variableValue('credentialsId');</script></form>
        """;

    assertThat(contract.checkHtml("broken.html", html))
        .containsExactlyInAnyOrder(
            "broken.html field: kunciDisimpan is not declared in the process's contract",
            "broken.html script: rahasia is not declared in the process's contract");
  }

  @Test
  void aModelRoutingOnAnUndeclaredVariableValueOrErrorIsRefused() {
    ProcessContract contract = CONTRACTS.get("SplpAccountProcess");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("SplpAccountProcess")
            .startEvent("StartEvent_Submitted")
            .serviceTask("Task_RegisterSplpAccount")
            .camundaDelegateExpression("${registerSplpAccountDelegate}")
            .exclusiveGateway("Gateway_Resolution")
            .condition("Ya", "${splpResolution == 'ULANG' && integrations.manual('splp')}")
            .endEvent("EndEvent_Retried")
            .moveToLastGateway()
            .condition("Tidak", "${akunDibuat == 'YA'}")
            .endEvent("EndEvent_Done")
            .moveToActivity("Task_RegisterSplpAccount")
            .boundaryEvent("BoundaryEvent_Rejected")
            .errorEventDefinition()
            .error("Err_Rejected")
            .errorMessageVariable("alasan")
            .errorEventDefinitionDone()
            .endEvent("EndEvent_Rejected")
            .done();

    assertThat(contract.checkModel(model))
        .containsExactlyInAnyOrder(
            "condition ${splpResolution == 'ULANG' && integrations.manual('splp')}:"
                + " ULANG is not a value of splpResolution",
            "condition ${akunDibuat == 'YA'}: akunDibuat is compared, but its values are not"
                + " declared",
            "condition ${akunDibuat == 'YA'}: akunDibuat is not declared in the process's contract",
            "error "
                + idOf(model, Error.class)
                + ": Err_Rejected is not declared in the process's contract",
            idOf(model, ErrorEventDefinition.class)
                + " message variable: alasan is not declared in the"
                + " process's contract");
  }

  private static String idOf(BpmnModelInstance model, Class<? extends BaseElement> type) {
    return model.getModelElementsByType(type).iterator().next().getId();
  }

  /** The file of an element's form, or null when it has none. */
  private static String formOf(BaseElement element) {
    String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
    String formKey = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formKey");
    if (formKey != null) {
      return formKey.substring("embedded:app:".length());
    }
    if (formRef == null) {
      return null;
    }
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files
          .filter(p -> p.toString().endsWith(".form"))
          .filter(p -> read(p).contains("\"id\": \"" + formRef + "\""))
          .findFirst()
          .map(Path::toString)
          .orElseThrow(() -> new AssertionError("no form " + formRef));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
