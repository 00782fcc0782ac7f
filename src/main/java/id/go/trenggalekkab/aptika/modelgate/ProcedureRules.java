package id.go.trenggalekkab.aptika.modelgate;

import id.go.trenggalekkab.aptika.process.OfficeProcess;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;

/**
 * The procedure as a whole: its history is kept for a set time, the office's procedures keep the
 * SOP's columns as lanes, and every task that runs Java names a known delegate.
 */
public final class ProcedureRules {

  /** The columns of each office procedure's SOP, exactly as the SOP documents name them. */
  public static final Map<OfficeProcess, List<String>> SOP_COLUMNS =
      Map.of(
          OfficeProcess.SPLP_ACCOUNT,
          List.of(
              "Unit Kerja Pemohon",
              "Kadis Kominfo",
              "Kabid Aptika",
              "Pejabat Fungsional/Pelaksana"),
          OfficeProcess.SPLP_APPLICATION,
          List.of("Penyelenggara", "Penyedia", "Pengguna"),
          OfficeProcess.SUBDOMAIN_HOSTING,
          List.of(
              "Unit Kerja Pemohon",
              "Kadis Kominfo",
              "Kabid Aptika",
              "Pejabat Fungsional/Pelaksana"));

  private ProcedureRules() {}

  static void check(BpmnModelInstance model, BiConsumer<BaseElement, String> problems) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      String where = ElementNames.of(process);
      String timeToLive = process.getCamundaHistoryTimeToLiveString();
      if (timeToLive == null || timeToLive.isBlank()) {
        problems.accept(process, GateMessages.of("procedure.historyTimeToLive", where));
      }
      OfficeProcess.ofKey(process.getId()).ifPresent(office -> lanes(process, office, problems));
    }
    for (Activity task : javaTasks(model)) {
      if (task.getAttributeValueNs(NoCode.CAMUNDA, "delegateExpression") == null) {
        problems.accept(
            task,
            GateMessages.of(
                "serviceTask.noDelegate",
                ElementNames.of(task),
                String.join(", ", AllowedCode.DELEGATES)));
      }
    }
  }

  private static void lanes(
      Process process, OfficeProcess office, BiConsumer<BaseElement, String> problems) {
    List<String> columns = SOP_COLUMNS.get(office);
    List<String> lanes =
        process.getLaneSets().stream()
            .flatMap(set -> set.getLanes().stream())
            .map(Lane::getName)
            .toList();
    if (lanes.size() != columns.size() || !new HashSet<>(lanes).equals(new HashSet<>(columns))) {
      problems.accept(
          process,
          GateMessages.of(
              "procedure.lanes",
              ElementNames.of(process),
              String.join(", ", columns),
              String.join(", ", lanes.stream().map(String::valueOf).toList())));
    }
  }

  /** The tasks the engine runs Java for: they must call one of the office's delegates. */
  private static List<Activity> javaTasks(BpmnModelInstance model) {
    return model.getModelElementsByType(Activity.class).stream()
        .filter(
            task ->
                task instanceof ServiceTask
                    || task instanceof SendTask
                    || task instanceof BusinessRuleTask)
        .toList();
  }
}
