package id.go.trenggalekkab.aptika.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The naming rules {@link ProcessModelTest} holds the models in {@code bpmn/} to, shown refusing
 * small broken models built with the Camunda model API: a rule that passes the real models must
 * also be able to fail. The deployment rules are shown failing in {@code modelgate.ModelRulesTest}.
 */
class ModelConventionsTest {

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
