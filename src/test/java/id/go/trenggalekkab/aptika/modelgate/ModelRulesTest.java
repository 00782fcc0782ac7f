package id.go.trenggalekkab.aptika.modelgate;

import static id.go.trenggalekkab.aptika.modelgate.UserTaskRules.DUE_AT;
import static id.go.trenggalekkab.aptika.modelgate.UserTaskRules.ESCALATION;
import static id.go.trenggalekkab.aptika.modelgate.UserTaskRules.ESCALATION_AT;
import static id.go.trenggalekkab.aptika.modelgate.UserTaskRules.REMINDER;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.process.ElementProperties;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deployment rules, each shown refusing a small broken model built with the Camunda model API,
 * with the message a process owner reads; the same model in order passes. The real models and the
 * engine's gate are in {@code process.ProcessModelTest} and {@link DeploymentGateTest}.
 */
class ModelRulesTest {

  static final String TASK = "\"Memeriksa permohonan\" (Task_Check)";

  /** The beans these models could reach, as the application's context would answer. */
  final ModelRules rules =
      new ModelRules(
          Set.of(
                  "mutuBaku",
                  "integrations",
                  "runtimeService",
                  "checkCompletenessDelegate",
                  "dnsCheck")
              ::contains,
          "Form_Check"::equals);

  @Test
  void aTaskInOrderPasses() {
    assertThat(problems(checkTask(task -> {}).done())).isEmpty();
  }

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
            Missing.TIME,
            TASK
                + " tidak punya waktu Mutu Baku (properti mutuBakuDuration, misalnya P1D untuk 1"
                + " hari kerja).",
            Missing.READABLE_TIME,
            TASK
                + ": Waktu Mutu Baku 'P1M' bukan durasi ISO-8601 yang dikenal: bulan, tahun dan"
                + " minggu tidak dipakai; tulis hari kerja (P5D) atau menit/jam (PT30M).",
            Missing.DUE_DATE,
            TASK + " tidak punya tenggat " + DUE_AT + " (camunda:dueDate).",
            Missing.REMINDER,
            TASK + " tidak punya pengingat: timeout listener " + REMINDER + " pada " + DUE_AT + ".",
            Missing.ESCALATION,
            TASK
                + " tidak punya eskalasi: timeout listener "
                + ESCALATION
                + " pada "
                + ESCALATION_AT
                + ".");

    @ParameterizedTest
    @EnumSource(Missing.class)
    void aTaskMissingAnyPartIsRefusedForExactlyThatPart(Missing missing) {
      // given
      BpmnModelInstance model =
          checkTask(
                  task -> {
                    if (missing == Missing.DUE_DATE) {
                      task.camundaDueDate(null);
                    }
                  },
                  missing == Missing.REMINDER ? "" : REMINDER,
                  missing == Missing.ESCALATION ? "" : ESCALATION,
                  switch (missing) {
                    case TIME -> null;
                    case READABLE_TIME -> "P1M";
                    default -> "P1D";
                  })
              .done();

      // when
      List<String> problems = problems(model);

      // then
      if (missing == Missing.NOTHING) {
        assertThat(problems).isEmpty();
      } else {
        assertThat(problems).containsExactly(PROBLEM.get(missing));
      }
    }
  }

  @Nested
  class WithoutCode {

    @Test
    void aScriptTaskIsRefused() {
      BpmnModelInstance model =
          checkTask(task -> {})
              .scriptTask("Task_Cleanup")
              .name("Membersihkan")
              .scriptFormat("groovy")
              .scriptText("println 'x'")
              .done();
      assertThat(problems(model))
          .contains(
              "\"Membersihkan\" (Task_Cleanup) adalah script task: model tidak boleh menjalankan"
                  + " skrip. Pakai service task dengan delegate yang dikenal.");
    }

    @Test
    void aScriptListenerAndAJavaClassAreRefused() {
      String xml =
          Bpmn.convertToString(
                  checkTask(task -> task.camundaTaskListenerClass("create", "com.example.Anything"))
                      .done())
              .replaceFirst(
                  "<camunda:taskListener",
                  "<camunda:executionListener event=\"start\"><camunda:script"
                      + " scriptFormat=\"javascript\">1</camunda:script></camunda:executionListener>"
                      + "<camunda:taskListener");
      assertThat(problems(xml.getBytes(StandardCharsets.UTF_8)))
          .contains(
              TASK
                  + " memanggil kelas Java com.example.Anything: pakai delegateExpression dengan"
                  + " delegate yang dikenal.",
              TASK + " memuat skrip (camunda:script): model tidak boleh menjalankan skrip.");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "${runtimeService.deleteProcessInstance(execution.processInstanceId, '')}",
          "${execution.getProcessEngineServices().getRuntimeService()}",
          "${runtimeService}",
          "${integrations.modes}",
          "${execution}",
          "${''.getClass().forName('java.lang.Runtime')}",
          "${now()}",
          "${a} #{b}"
        })
    void anExpressionReachingBeyondTheAllowedCallsIsRefused(String expression) {
      BpmnModelInstance model =
          checkTask(task -> task.camundaInputParameter("x", expression)).done();
      assertThat(problems(model))
          .singleElement()
          .asString()
          .startsWith(TASK + ": ekspresi " + expression + " ");
    }

    @Test
    void theMessageNamesTheCallThatIsNotAllowed() {
      String call = "${runtimeService.deleteProcessInstance(execution.processInstanceId, '')}";
      assertThat(problems(checkTask(task -> task.camundaInputParameter("x", call)).done()))
          .containsExactly(
              TASK
                  + ": ekspresi "
                  + call
                  + " memanggil runtimeService.deleteProcessInstance, yang tidak ada dalam daftar"
                  + " yang diizinkan (integrations.manual, mutuBaku.dueAt, mutuBaku.escalationAt).");
    }

    @Test
    void variableComparisonsAndTheAllowedCallsPass() {
      BpmnModelInstance model =
          checkTask(
                  task ->
                      task.camundaInputParameter(
                              "manual",
                              "${integrations.manual('dns') || (serviceType == 'HOSTING'"
                                  + " && !integrations.manual('hosting'))}")
                          .camundaInputParameter("late", "${kabidDecision != 'RAISE' ? 1 : 2}")
                          // a variable named like a bean, only compared
                          .camundaInputParameter("dns", "${dnsCheck != 'DIFFERENT'}"))
              .done();
      assertThat(problems(model)).isEmpty();
    }

    @Test
    void aServiceTaskNamesAKnownDelegate() {
      BpmnModelInstance model =
          checkTask(task -> {})
              .serviceTask("Task_Known")
              .camundaDelegateExpression("${checkCompletenessDelegate}")
              .serviceTask("Task_Unknown")
              .name("Menghapus")
              .camundaDelegateExpression("${runtimeService}")
              .serviceTask("Task_Expression")
              .camundaExpression("${integrations.manual('dns')}")
              .done();
      assertThat(problems(model))
          .containsExactlyInAnyOrder(
              "\"Menghapus\" (Task_Unknown): delegate ${runtimeService} tidak dikenal. Delegate"
                  + " yang dikenal: "
                  + String.join(", ", AllowedCode.DELEGATES)
                  + ".",
              "Task_Expression tidak menyebut delegate: setiap service task memakai"
                  + " camunda:delegateExpression dengan delegate yang dikenal ("
                  + String.join(", ", AllowedCode.DELEGATES)
                  + ").");
    }

    @Test
    void aListenerNamesAKnownListener() {
      BpmnModelInstance model =
          checkTask(task -> task.camundaTaskListenerDelegateExpression("create", "${mutuBaku}"))
              .done();
      assertThat(problems(model))
          .singleElement()
          .asString()
          .startsWith(TASK + ": listener ${mutuBaku} tidak dikenal.");
    }
  }

  @Nested
  class RolesAndForms {

    @Test
    void aTaskGoesToAnOfficeRoleNeverToAPerson() {
      BpmnModelInstance model =
          checkTask(
                  task ->
                      task.camundaCandidateGroups("kabid,camunda-admin")
                          .camundaAssignee("budi")
                          .camundaCandidateUsers("sri"))
              .done();
      assertThat(problems(model))
          .containsExactlyInAnyOrder(
              TASK
                  + ": kelompok camunda-admin bukan peran kantor; pakai salah satu dari applicant,"
                  + " kadis, kabid, executor, splpOperator, apiProvider, apiUser.",
              TASK
                  + ": assignee budi tidak diterima; hanya ${initiator} (pemohon) yang boleh,"
                  + " selain itu pakai candidate groups.",
              TASK
                  + ": tugas diberikan kepada peran, bukan kepada orang; hapus candidate users"
                  + " sri.");
    }

    @Test
    void aTaskForNobodyIsRefused() {
      assertThat(problems(checkTask(task -> task.camundaCandidateGroups((String) null)).done()))
          .singleElement()
          .asString()
          .startsWith(TASK + " tidak diberikan kepada peran kantor");
    }

    @Test
    void theApplicantsTaskGoesToTheInitiator() {
      BpmnModelInstance model =
          checkTask(
                  task ->
                      task.camundaCandidateGroups((String) null).camundaAssignee("${initiator}"))
              .done();
      assertThat(problems(model)).isEmpty();
    }

    @Test
    void aFormThatDoesNotResolveIsRefused() {
      BpmnModelInstance model =
          checkTask(task -> task.camundaFormRef("Form_Gone"))
              .userTask("Task_Other")
              .camundaFormKey("embedded:deployment:anything.html")
              .userTask("Task_Bare")
              .done();
      assertThat(problems(model))
          .contains(
              TASK
                  + ": formulir Form_Gone (camunda:formRef) tidak ada dalam deployment ini dan"
                  + " belum pernah dipasang.",
              "Task_Other: formulir embedded:deployment:anything.html tidak dikenal; pakai"
                  + " formulir Camunda (camunda:formRef).",
              "Task_Bare tidak punya formulir: pilih formulir Camunda (camunda:formRef).");
    }

    @Test
    void aFormInTheSameDeploymentResolves() {
      BpmnModelInstance model = checkTask(task -> task.camundaFormRef("Form_New")).done();
      String form = "{\"id\": \"Form_New\", \"type\": \"default\", \"components\": []}";
      assertThat(
              rules.check(
                  Map.of(
                      "check.bpmn",
                      bytes(model),
                      "new.form",
                      form.getBytes(StandardCharsets.UTF_8))))
          .isEmpty();
    }
  }

  @Nested
  class TheProcedure {

    @Test
    void aProcedureWithoutHistoryTimeToLiveIsRefused() {
      BpmnModelInstance model = checkTask(task -> {}).done();
      model
          .getModelElementsByType(Process.class)
          .iterator()
          .next()
          .setCamundaHistoryTimeToLiveString(null);
      assertThat(problems(model))
          .containsExactly(
              "Proses CheckProcess tidak punya historyTimeToLive (berapa lama riwayat disimpan),"
                  + " misalnya P180D.");
    }

    @Test
    void anOfficeProcedureKeepsTheSopColumnsAsLanes() {
      BpmnModelInstance model =
          Bpmn.createExecutableProcess("SplpApplicationProcess")
              .startEvent("StartEvent_Submitted")
              .endEvent("EndEvent_Done")
              .done();
      assertThat(problems(model))
          .containsExactly(
              "Proses SplpApplicationProcess: lajur harus tetap kolom SOP (Penyelenggara,"
                  + " Penyedia, Pengguna), bukan ().");
    }

    @Test
    void onlyDiagramsAndFormsAreDeployed() {
      assertThat(
              rules.check(
                  Map.of("rules.dmn", new byte[0], "broken.bpmn", "<definitions".getBytes())))
          .extracting(ModelProblem::message)
          .containsExactlyInAnyOrder(
              "Berkas rules.dmn tidak diterima: yang boleh dipasang hanya diagram BPMN (.bpmn) dan"
                  + " formulir Camunda (.form).",
              "Berkas broken.bpmn bukan diagram BPMN yang dapat dibaca: XML document structures"
                  + " must start and end within the same entity.");
    }
  }

  private List<String> problems(BpmnModelInstance model) {
    return problems(bytes(model));
  }

  private List<String> problems(byte[] bpmn) {
    return rules.check(Map.of("check.bpmn", bpmn)).stream().map(ModelProblem::message).toList();
  }

  private static byte[] bytes(BpmnModelInstance model) {
    return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
  }

  static UserTaskBuilder checkTask(Consumer<UserTaskBuilder> change) {
    return checkTask(change, REMINDER, ESCALATION, "P1D");
  }

  /** A Kabid's task in order, then changed; an empty listener or null time leaves it out. */
  static UserTaskBuilder checkTask(
      Consumer<UserTaskBuilder> change, String reminder, String escalation, String time) {
    UserTaskBuilder task =
        Bpmn.createExecutableProcess("CheckProcess")
            .startEvent("StartEvent_Submitted")
            .userTask("Task_Check")
            .name("Memeriksa permohonan")
            .camundaCandidateGroups("kabid")
            .camundaDueDate(DUE_AT)
            .camundaFormRef("Form_Check")
            .camundaFormRefBinding("latest");
    if (!reminder.isEmpty()) {
      task.camundaTaskListenerDelegateExpressionTimeoutWithDate(
          "MutuBakuReminder", reminder, DUE_AT);
    }
    if (!escalation.isEmpty()) {
      task.camundaTaskListenerDelegateExpressionTimeoutWithDate(
          "MutuBakuEscalation", escalation, ESCALATION_AT);
    }
    if (time != null) {
      withMutuBaku(task.getElement(), time);
    }
    change.accept(task);
    return task;
  }

  private static void withMutuBaku(UserTask task, String duration) {
    BpmnModelInstance model = (BpmnModelInstance) task.getModelInstance();
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
