package id.go.trenggalekkab.aptika.modelgate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The office's rules for a deployment, one rule set for the engine's gate ({@link DeploymentGate})
 * and for the build's check of {@code bpmn/}: only BPMN diagrams and Camunda Forms, no code ({@link
 * NoCode}), every user task to a role, with a form and its Mutu Baku ({@link UserTaskRules}), the
 * procedure's history time and lanes, and known delegates ({@link ProcedureRules}). Each broken
 * rule is one problem; none means the deployment may go ahead.
 */
public final class ModelRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AllowedCode code;
  private final Predicate<String> formDeployed;

  /**
   * @param isBean whether a name is one of the application's beans
   * @param formDeployed whether a Camunda Form of that id is deployed already
   */
  public ModelRules(Predicate<String> isBean, Predicate<String> formDeployed) {
    this.code = new AllowedCode(isBean);
    this.formDeployed = formDeployed;
  }

  /** Every problem of a deployment, given each of its files by name. */
  public List<ModelProblem> check(Map<String, byte[]> resources) {
    List<ModelProblem> problems = new ArrayList<>();
    Set<String> forms = new HashSet<>();
    resources.forEach(
        (name, content) -> {
          if (name.endsWith(".form")) {
            formId(content).ifPresent(forms::add);
          }
        });
    Predicate<String> formResolves = id -> forms.contains(id) || formDeployed.test(id);
    resources.forEach(
        (name, content) -> {
          if (isBpmn(name)) {
            problems.addAll(bpmn(name, content, formResolves));
          } else if (!name.endsWith(".form")) {
            problems.add(new ModelProblem(name, null, GateMessages.of("resource.kind", name)));
          }
        });
    return problems;
  }

  private List<ModelProblem> bpmn(String name, byte[] content, Predicate<String> formResolves) {
    Document document;
    BpmnModelInstance model;
    try {
      document = parse(content);
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (IOException | SAXException | RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return List.of(
          new ModelProblem(name, null, GateMessages.of("resource.unreadable", name, reason)));
    }
    List<ModelProblem> problems = new ArrayList<>();
    new NoCode(code)
        .check(
            document.getDocumentElement(),
            p -> problems.add(new ModelProblem(name, p.elementId(), p.message())));
    new UserTaskRules(formResolves)
        .check(model, (e, message) -> problems.add(new ModelProblem(name, e.getId(), message)));
    ProcedureRules.check(
        model, (e, message) -> problems.add(new ModelProblem(name, e.getId(), message)));
    return problems;
  }

  private static boolean isBpmn(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }

  /** The XML as written, without a document type, so that no entity reaches outside it. */
  private static Document parse(byte[] content) throws IOException, SAXException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> formId(byte[] content) {
    try {
      JsonNode id = JSON.readTree(content).path("id");
      return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
