package id.go.trenggalekkab.aptika.process;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The office's extension properties on a model element ({@code camunda:property}), which a process
 * owner sets in Camunda Modeler's properties panel.
 */
public final class ElementProperties {

  /** A step's Mutu Baku time, an ISO 8601 duration in office time. */
  public static final String MUTU_BAKU = "mutuBakuDuration";

  /** A step's number in the SOP's table. */
  public static final String SOP_STEP = "sopStep";

  private ElementProperties() {}

  /** The property's value, or null when the element does not carry it. */
  public static String of(BaseElement element, String name) {
    if (element == null || element.getExtensionElements() == null) {
      return null;
    }
    return element
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(CamundaProperties.class)
        .list()
        .stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> name.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst()
        .orElse(null);
  }
}
