package id.go.trenggalekkab.aptika.process;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * One Camunda Modeler element template of {@code modeler/element-templates/}, read from its JSON
 * and applied to a new model element the way Modeler applies it: attributes for {@code property}
 * bindings, extension properties for {@code camunda:property} bindings.
 */
record ElementTemplate(String id, String name, String elementType, List<Property> properties) {

  static final Path FILE = Path.of("modeler/element-templates/layanan-aptika.json");

  record Property(
      String type,
      String value,
      String bindingType,
      String bindingName,
      Map<String, String> choices) {}

  static List<ElementTemplate> all() {
    try {
      JsonNode templates = new ObjectMapper().readTree(FILE.toFile());
      return StreamSupport.stream(templates.spliterator(), false).map(ElementTemplate::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ElementTemplate byId(String id) {
    return all().stream()
        .filter(template -> template.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no template " + id));
  }

  private static ElementTemplate of(JsonNode template) {
    List<Property> properties = new ArrayList<>();
    for (JsonNode property : template.get("properties")) {
      JsonNode binding = property.get("binding");
      Map<String, String> choices = new LinkedHashMap<>();
      for (JsonNode choice : property.path("choices")) {
        choices.put(choice.get("value").asText(), choice.get("name").asText());
      }
      properties.add(
          new Property(
              property.get("type").asText(),
              property.has("value") ? property.get("value").asText() : null,
              binding.get("type").asText(),
              binding.has("name") ? binding.get("name").asText() : null,
              choices));
    }
    return new ElementTemplate(
        template.get("id").asText(),
        template.get("name").asText(),
        template.get("elementType").get("value").asText(),
        properties);
  }

  /** The value the template sets for a binding name whatever the user enters (a Hidden one). */
  Optional<String> hidden(String bindingName) {
    return properties.stream()
        .filter(p -> "Hidden".equals(p.type()) && bindingName.equals(p.bindingName()))
        .map(Property::value)
        .findFirst();
  }

  /**
   * Applies the template with its values, where {@code entered} (by binding name) holds what a
   * process owner typed or chose in the properties panel; Hidden values cannot be changed there.
   */
  void applyTo(BaseElement element, Map<String, String> entered) {
    BpmnModelInstance model = (BpmnModelInstance) element.getModelInstance();
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      element.setExtensionElements(extensions);
    }
    CamundaProperties camundaProperties = null;
    for (Property property : properties) {
      String value =
          "Hidden".equals(property.type())
              ? property.value()
              : entered.getOrDefault(property.bindingName(), property.value());
      if (value == null) {
        throw new IllegalArgumentException(id + ": nothing entered for " + property.bindingName());
      }
      switch (property.bindingType()) {
        case "property" -> {
          String name = property.bindingName();
          if (name.startsWith("camunda:")) {
            element.setAttributeValueNs(CAMUNDA_NS, name.substring("camunda:".length()), value);
          } else {
            element.setAttributeValue(name, value);
          }
        }
        case "camunda:property" -> {
          if (camundaProperties == null) {
            camundaProperties = extensions.addExtensionElement(CamundaProperties.class);
          }
          CamundaProperty camundaProperty = model.newInstance(CamundaProperty.class);
          camundaProperty.setCamundaName(property.bindingName());
          camundaProperty.setCamundaValue(value);
          camundaProperties.getCamundaProperties().add(camundaProperty);
        }
        default ->
            throw new IllegalStateException(
                id + " uses binding " + property.bindingType() + ", which this test cannot apply");
      }
    }
  }
}
