package id.go.trenggalekkab.aptika.process;

import static id.go.trenggalekkab.aptika.process.ModelConventions.DUE_AT;
import static id.go.trenggalekkab.aptika.process.ModelConventions.ESCALATION;
import static id.go.trenggalekkab.aptika.process.ModelConventions.ESCALATION_AT;
import static id.go.trenggalekkab.aptika.process.ModelConventions.REMINDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules {@link ProcessModelTest} holds the models in {@code bpmn/} to, shown refusing small
 * broken models built with the Camunda model API: a rule that passes the real models must also be
 * able to fail.
 */
class ModelConventionsTest {

  @Nested
  class EveryUserTaskIsHeldToItsMutuBaku {

    enum Missing {
      NOTHING,
      TIME,
      READABLE_TIME,
      DUE_DATE,
      REMINDER,
      ESCALATION
    }

    static final Map<Missing, String> PROBLEM =
        Map.of(
            Missing.TIME, "Task_Check has no Mutu Baku time (property mutuBakuDuration)",
            Missing.READABLE_TIME, "Task_Check has a Mutu Baku time the calendar cannot read: P1M",
            Missing.DUE_DATE, "Task_Check has no due date " + DUE_AT,
            Missing.REMINDER, "Task_Check has no reminder " + REMINDER + " at " + DUE_AT,
            Missing.ESCALATION,
                "Task_Check has no escalation " + ESCALATION + " at " + ESCALATION_AT);

    @ParameterizedTest
    @EnumSource(Missing.class)
    void aTaskMissingAnyPartIsRefusedForExactlyThatPart(Missing missing) {
      // given
      BpmnModelInstance model = userTaskWithout(missing);

      // when
      var problems = ModelConventions.mutuBaku(model);

      // then
      if (missing == Missing.NOTHING) {
        assertThat(problems).isEmpty();
      } else {
        assertThat(problems).containsExactly(PROBLEM.get(missing));
      }
    }

    private static BpmnModelInstance userTaskWithout(Missing missing) {
      UserTaskBuilder task =
          Bpmn.createExecutableProcess("CheckProcess")
              .startEvent("StartEvent_Submitted")
              .userTask("Task_Check");
      if (missing != Missing.DUE_DATE) {
        task.camundaDueDate(DUE_AT);
      }
      if (missing != Missing.REMINDER) {
        task.camundaTaskListenerDelegateExpressionTimeoutWithDate(
            "MutuBakuReminder", REMINDER, DUE_AT);
      }
      if (missing != Missing.ESCALATION) {
        task.camundaTaskListenerDelegateExpressionTimeoutWithDate(
            "MutuBakuEscalation", ESCALATION, ESCALATION_AT);
      }
      BpmnModelInstance model = task.endEvent("EndEvent_Checked").done();
      if (missing != Missing.TIME) {
        withMutuBaku(
            model,
            model.getModelElementById("Task_Check"),
            missing == Missing.READABLE_TIME ? "P1M" : "P1D");
      }
      return model;
    }

    private static void withMutuBaku(BpmnModelInstance model, UserTask task, String duration) {
      ExtensionElements extensions = task.getExtensionElements();
      if (extensions == null) {
        extensions = model.newInstance(ExtensionElements.class);
        task.setExtensionElements(extensions);
      }
      CamundaProperty property = model.newInstance(CamundaProperty.class);
      property.setCamundaName(ElementProperties.MUTU_BAKU);
      property.setCamundaValue(duration);
      extensions.addExtensionElement(CamundaProperties.class).getCamundaProperties().add(property);
    }
  }

  @Nested
  class Gateways {

    @Test
    void aDecisionAsksAQuestionThatItsFlowsAnswerAndAMergeSaysNothing() {
      assertThat(ModelConventions.gateways(decisionAndMerge("Lengkap?", "Tidak", "", "Merge")))
          .isEmpty();
    }

    @Test
    void aDecisionWithoutAQuestionOrAnAnswerIsRefused() {
      assertThat(ModelConventions.gateways(decisionAndMerge("Tindak lanjut", null, "", "Merge")))
          .containsExactlyInAnyOrder(
              "Gateway_Decide decides: its label must be a question, not Tindak lanjut",
              "SequenceFlow_No leaves decision Gateway_Decide without naming its answer");
    }

    @Test
    void aMergeWithALabelOrAnIdThatDoesNotSaySoIsRefused() {
      assertThat(ModelConventions.gateways(decisionAndMerge("Lengkap?", "Tidak", "Sudah?", "Done")))
          .containsExactlyInAnyOrder(
              "Gateway_Done merges: its id must start with Gateway_Merge",
              "Gateway_Done merges: it asks nothing, so it carries no label");
    }

    private static BpmnModelInstance decisionAndMerge(
        String question, String noAnswer, String mergeName, String mergeId) {
      String merge = "Gateway_" + mergeId;
      return Bpmn.createExecutableProcess("CheckProcess")
          .startEvent("StartEvent_Submitted")
          .exclusiveGateway("Gateway_Decide")
          .name(question)
          .sequenceFlowId("SequenceFlow_Yes")
          .condition("Ya", "${complete}")
          .userTask("Task_Accept")
          .exclusiveGateway(merge)
          .name(mergeName)
          .endEvent("EndEvent_Done")
          .moveToNode("Gateway_Decide")
          .sequenceFlowId("SequenceFlow_No")
          .condition(noAnswer, "${!complete}")
          .userTask("Task_Revise")
          .connectTo(merge)
          .done();
    }
  }

  @Test
  void anIdOfAnotherKindsStyleIsRefused() {
    // given: a flow named like a generic "Flow_" and a boundary event like a generic "Event_"
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("CheckProcess")
            .startEvent("StartEvent_Submitted")
            .sequenceFlowId("Flow_Submitted")
            .serviceTask("Task_Provision")
            .sequenceFlowId("SequenceFlow_Provisioned")
            .endEvent("EndEvent_Provisioned")
            .moveToActivity("Task_Provision")
            .boundaryEvent("Event_NameTaken")
            .sequenceFlowId("SequenceFlow_NameTaken")
            .endEvent("EndEvent_NameTaken")
            .done();

    // when
    var problems = ModelConventions.idStyle(model);

    // then
    assertThat(problems)
        .contains(
            "Flow_Submitted is a sequenceFlow: its id must be SequenceFlow_<Meaning>",
            "Event_NameTaken is a boundaryEvent: its id must be BoundaryEvent_<Meaning>")
        .noneMatch(p -> p.startsWith("SequenceFlow_") || p.startsWith("Task_"));
  }

  @Test
  void anErrorCodeNotInUpperSnakeCaseIsRefused() {
    assertThat(ModelConventions.errorCodes(withError("Err_SigningRefused")))
        .singleElement()
        .asString()
        .endsWith("has error code Err_SigningRefused, not UPPER_SNAKE");
    assertThat(ModelConventions.errorCodes(withError("SIGNING_REFUSED"))).isEmpty();
  }

  private static BpmnModelInstance withError(String code) {
    return Bpmn.createExecutableProcess("CheckProcess")
        .startEvent("StartEvent_Submitted")
        .serviceTask("Task_Sign")
        .endEvent("EndEvent_Signed")
        .moveToActivity("Task_Sign")
        .boundaryEvent("BoundaryEvent_SigningRefused")
        .error(code)
        .endEvent("EndEvent_Refused")
        .done();
  }
}
