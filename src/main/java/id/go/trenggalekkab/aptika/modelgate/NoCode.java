package id.go.trenggalekkab.aptika.modelgate;

import java.util.Set;
import java.util.function.Consumer;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * No code in a model: no script task, no script anywhere, no connector, no Java class, and every
 * expression, in any attribute or text, only what {@link AllowedCode} allows. Read from the XML
 * itself, so that nothing the engine would evaluate escapes the check however it is written.
 */
final class NoCode {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** The engine still reads Camunda's attributes in the namespace of its predecessor, Activiti. */
  private static final Set<String> ENGINE_EXTENSIONS = Set.of(CAMUNDA, "http://activiti.org/bpmn");

  /** Read by people only, never evaluated. */
  private static final Set<String> PROSE = Set.of("documentation", "text");

  private static final Set<String> LISTENERS = Set.of("taskListener", "executionListener");
  private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("language", "scriptFormat");

  private final AllowedCode code;

  NoCode(AllowedCode code) {
    this.code = code;
  }

  void check(Element element, Consumer<Problem> problems) {
    if (BPMN.equals(element.getNamespaceURI()) && PROSE.contains(element.getLocalName())
        || !isModel(element)) {
      return;
    }
    String where = ElementNames.of(element);
    String kind = element.getLocalName();
    if (BPMN.equals(element.getNamespaceURI()) && "scriptTask".equals(kind)) {
      problems.accept(new Problem(element, GateMessages.of("code.scriptTask", where)));
    }
    if (isEngineExtension(element) && ("script".equals(kind) || "connector".equals(kind))) {
      String key = "script".equals(kind) ? "code.script" : "code.connector";
      problems.accept(new Problem(element, GateMessages.of(key, where, "camunda:" + kind)));
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      attribute(element, where, (Attr) attributes.item(i), problems);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        check(childElement, problems);
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        expression(element, where, child.getNodeValue(), problems);
      }
    }
  }

  private void attribute(Element element, String where, Attr attribute, Consumer<Problem> out) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    boolean camunda = isEngineExtension(attribute) || isEngineExtension(element);
    if (camunda && (name.equals("class") || name.endsWith("Class"))) {
      out.accept(new Problem(element, GateMessages.of("code.class", where, value)));
    } else if (SCRIPT_ATTRIBUTES.contains(name) || camunda && name.equals("resource")) {
      out.accept(new Problem(element, GateMessages.of("code.script", where, name + "=" + value)));
    } else if (camunda && name.equals("delegateExpression")) {
      boolean listener = LISTENERS.contains(element.getLocalName());
      var allowed = listener ? AllowedCode.LISTENERS : AllowedCode.DELEGATES;
      if (AllowedCode.beanOf(value).filter(allowed::contains).isEmpty()) {
        String key = listener ? "listener.unknown" : "delegate.unknown";
        out.accept(
            new Problem(element, GateMessages.of(key, where, value, String.join(", ", allowed))));
      }
    } else {
      expression(element, where, value, out);
    }
  }

  private void expression(Element element, String where, String text, Consumer<Problem> out) {
    if (AllowedCode.hasExpression(text)) {
      code.refusal(where, text.strip()).ifPresent(m -> out.accept(new Problem(element, m)));
    }
  }

  /** BPMN and Camunda elements; the diagram's drawing carries no behaviour. */
  private static boolean isModel(Element element) {
    return BPMN.equals(element.getNamespaceURI()) || isEngineExtension(element);
  }

  private static boolean isEngineExtension(Node node) {
    return node.getNamespaceURI() != null && ENGINE_EXTENSIONS.contains(node.getNamespaceURI());
  }

  /** A problem found in the XML, named by the nearest element with an id. */
  record Problem(Element element, String message) {
    String elementId() {
      return ElementNames.idOf(element);
    }
  }
}
