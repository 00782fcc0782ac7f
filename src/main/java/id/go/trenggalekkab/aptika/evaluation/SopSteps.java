package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.process.ElementProperties;
import id.go.trenggalekkab.aptika.process.OfficeProcess;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The SOP steps a person does, as the newest deployed model of each procedure states them: every
 * user task with a {@code sopStep}, its lane, its Mutu Baku time. A step done by the application
 * (completeness check, provisioning) is no person's work and is measured by the overrun record
 * alone.
 */
@Component
class SopSteps {

  record Step(String activityId, int no, String name, String lane, String mutuBaku) {}

  /**
   * @param historyDays the shortest {@code historyTimeToLive} of the procedure's versions: the days
   *     after a request ended that the engine keeps its history; null if none has one
   */
  record Procedure(
      String key, String name, String mutuBaku, List<Step> steps, Integer historyDays) {}

  private final RepositoryService repository;

  SopSteps(RepositoryService repository) {
    this.repository = repository;
  }

  /** The deployed procedures in the order of {@link OfficeProcess}, or only {@code key}'s. */
  List<Procedure> procedures(String key) {
    return Arrays.stream(OfficeProcess.values())
        .map(OfficeProcess::key)
        .filter(k -> key == null || k.equals(key))
        .map(k -> repository.createProcessDefinitionQuery().processDefinitionKey(k).list())
        .filter(versions -> !versions.isEmpty())
        .map(this::procedure)
        .toList();
  }

  private Procedure procedure(List<ProcessDefinition> versions) {
    ProcessDefinition definition =
        versions.stream().max(Comparator.comparingInt(ProcessDefinition::getVersion)).orElseThrow();
    Integer historyDays =
        versions.stream()
            .map(ProcessDefinition::getHistoryTimeToLive)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
    org.camunda.bpm.model.bpmn.instance.Process process =
        model.getModelElementById(definition.getKey());
    List<Lane> lanes = List.copyOf(model.getModelElementsByType(Lane.class));
    List<Step> steps =
        model.getModelElementsByType(UserTask.class).stream()
            .filter(task -> ElementProperties.of(task, ElementProperties.SOP_STEP) != null)
            .map(
                task ->
                    new Step(
                        task.getId(),
                        Integer.parseInt(
                            ElementProperties.of(task, ElementProperties.SOP_STEP).strip()),
                        task.getName(),
                        lanes.stream()
                            .filter(lane -> lane.getFlowNodeRefs().contains(task))
                            .map(Lane::getName)
                            .findFirst()
                            .orElse(null),
                        ElementProperties.of(task, ElementProperties.MUTU_BAKU)))
            .sorted(Comparator.comparingInt(Step::no))
            .toList();
    return new Procedure(
        definition.getKey(),
        definition.getName(),
        ElementProperties.of(process, ElementProperties.MUTU_BAKU),
        steps,
        historyDays);
  }
}
