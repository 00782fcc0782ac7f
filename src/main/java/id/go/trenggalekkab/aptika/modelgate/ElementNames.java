package id.go.trenggalekkab.aptika.modelgate;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** How a message names an element: the nearest element with an id, by its label and id. */
final class ElementNames {

  private ElementNames() {}

  static String of(BaseElement element) {
    return GateMessages.element(element.getId(), element.getAttributeValue("name"));
  }

  static String of(Element element) {
    Element named = withId(element);
    if (named == null) {
      return element.getLocalName();
    }
    String name = named.getAttribute("name");
    return GateMessages.element(named.getAttribute("id"), name.isEmpty() ? null : name);
  }

  static String idOf(Element element) {
    Element named = withId(element);
    return named == null ? null : named.getAttribute("id");
  }

  private static Element withId(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (!e.getAttribute("id").isEmpty() && NoCode.BPMN.equals(e.getNamespaceURI())) {
        return e;
      }
    }
    return null;
  }
}
