package id.go.trenggalekkab.aptika.versions;

import id.go.trenggalekkab.aptika.calendar.MutuBakuDuration;
import id.go.trenggalekkab.aptika.process.ElementProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What changed from one version of a procedure to the next, as a process owner reads it: steps
 * (user tasks) added or removed, Mutu Baku times changed, lanes added, removed or renamed. Steps
 * and lanes are matched by id, as Camunda's migration matches them.
 */
final class VersionChanges {

  private VersionChanges() {}

  static List<String> between(BpmnModelInstance before, BpmnModelInstance after) {
    List<String> changes = new ArrayList<>();
    Map<String, UserTask> oldSteps = byId(before, UserTask.class);
    Map<String, UserTask> newSteps = byId(after, UserTask.class);
    newSteps.forEach(
        (id, step) -> {
          if (!oldSteps.containsKey(id)) {
            changes.add(Messages.of("change.stepAdded", Messages.step(id, step)));
          }
        });
    oldSteps.forEach(
        (id, step) -> {
          if (!newSteps.containsKey(id)) {
            changes.add(Messages.of("change.stepRemoved", Messages.step(id, step)));
          }
        });
    Map<String, FlowElement> oldElements = byId(before, FlowElement.class);
    byId(after, FlowElement.class)
        .forEach(
            (id, element) -> {
              FlowElement old = oldElements.get(id);
              if (old == null) {
                return;
              }
              String was = ElementProperties.of(old, ElementProperties.MUTU_BAKU);
              String is = ElementProperties.of(element, ElementProperties.MUTU_BAKU);
              if (!Objects.equals(was, is)) {
                changes.add(
                    Messages.of(
                        "change.mutuBaku", Messages.step(id, element), inWords(was), inWords(is)));
              }
            });
    lanes(before, after, changes);
    return changes.isEmpty() ? List.of(Messages.of("change.none")) : changes;
  }

  private static void lanes(BpmnModelInstance before, BpmnModelInstance after, List<String> out) {
    Map<String, Lane> oldLanes = byId(before, Lane.class);
    Map<String, Lane> newLanes = byId(after, Lane.class);
    newLanes.forEach(
        (id, lane) -> {
          Lane old = oldLanes.get(id);
          if (old == null) {
            out.add(Messages.of("change.laneAdded", Lanes.nameOf(lane)));
          } else if (!Lanes.nameOf(old).equals(Lanes.nameOf(lane))) {
            out.add(Messages.of("change.laneRenamed", Lanes.nameOf(old), Lanes.nameOf(lane)));
          }
        });
    oldLanes.forEach(
        (id, lane) -> {
          if (!newLanes.containsKey(id)) {
            out.add(Messages.of("change.laneRemoved", Lanes.nameOf(lane)));
          }
        });
  }

  private static String inWords(String duration) {
    if (duration == null) {
      return Messages.of("noTime");
    }
    try {
      return MutuBakuDuration.parse(duration).inWords();
    } catch (RuntimeException unreadable) {
      return duration;
    }
  }

  private static <T extends org.camunda.bpm.model.bpmn.instance.BaseElement> Map<String, T> byId(
      BpmnModelInstance model, Class<T> type) {
    Map<String, T> elements = new LinkedHashMap<>();
    model.getModelElementsByType(type).forEach(element -> elements.put(element.getId(), element));
    return elements;
  }
}
