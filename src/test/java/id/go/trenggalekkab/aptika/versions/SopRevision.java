package id.go.trenggalekkab.aptika.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A revised SOP as a process owner makes it in Camunda Modeler, from the subdomain procedure as
 * built: the Kadis's disposition (step 2) takes two days instead of one, and a new step, the
 * Pelaksana checking the request, follows the Kabid's disposition.
 */
final class SopRevision {

  static final String PROCESS = "SubdomainHostingProcess";
  static final String DIAGRAM = PROCESS + ".bpmn";
  static final String CHANGED_STEP = "Task_DisposeRequestByKadis";
  static final String NEW_STEP = "Task_CheckRequestByExecutor";
  static final String NEW_STEP_NAME = "Memeriksa surat permohonan";

  private SopRevision() {}

  static String asBuilt() {
    try (InputStream in = SopRevision.class.getResourceAsStream("/bpmn/" + DIAGRAM)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] version2() {
    String diagram = asBuilt();
    diagram =
        replaceOnceAfter(diagram, "id=\"" + CHANGED_STEP + "\"", "value=\"P1D\"", "value=\"P2D\"");

    // the new step: a copy of the Kabid's disposition, in the Pelaksana's lane
    int start = diagram.indexOf("<bpmn:userTask id=\"Task_DisposeRequestByKabid\"");
    int end = diagram.indexOf("</bpmn:userTask>", start) + "</bpmn:userTask>".length();
    String step =
        diagram
            .substring(start, end)
            .replace("Task_DisposeRequestByKabid", NEW_STEP)
            .replace("DisposeRequestByKabid", "CheckRequestByExecutor")
            .replace("name=\"Mendisposisi surat permohonan\"", "name=\"" + NEW_STEP_NAME + "\"")
            .replace("camunda:candidateGroups=\"kabid\"", "camunda:candidateGroups=\"executor\"")
            .replace(
                "<bpmn:incoming>SequenceFlow_DisposedByKadis</bpmn:incoming>",
                "<bpmn:incoming>SequenceFlow_DisposedByKabid</bpmn:incoming>")
            .replace(
                "<bpmn:outgoing>SequenceFlow_DisposedByKabid</bpmn:outgoing>",
                "<bpmn:outgoing>SequenceFlow_RequestChecked</bpmn:outgoing>");
    diagram = diagram.substring(0, end) + "\n    " + step + diagram.substring(end);
    // Kabid -> new step -> completeness check
    diagram =
        replaceOnceAfter(
            diagram,
            "<bpmn:serviceTask id=\"Task_CheckCompleteness\"",
            "<bpmn:incoming>SequenceFlow_DisposedByKabid</bpmn:incoming>",
            "<bpmn:incoming>SequenceFlow_RequestChecked</bpmn:incoming>");
    diagram =
        replaceOnceAfter(
            diagram,
            "<bpmn:sequenceFlow id=\"SequenceFlow_DisposedByKabid\"",
            "targetRef=\"Task_CheckCompleteness\"",
            "targetRef=\"" + NEW_STEP + "\"");
    int flow = diagram.indexOf("<bpmn:sequenceFlow id=\"SequenceFlow_DisposedByKabid\"");
    diagram =
        diagram.substring(0, flow)
            + "<bpmn:sequenceFlow id=\"SequenceFlow_RequestChecked\" sourceRef=\""
            + NEW_STEP
            + "\" targetRef=\"Task_CheckCompleteness\" />\n    "
            + diagram.substring(flow);
    diagram =
        replaceOnceAfter(
            diagram,
            "<bpmn:lane id=\"Lane_Executor\"",
            "<bpmn:flowNodeRef>Task_CheckCompleteness</bpmn:flowNodeRef>",
            "<bpmn:flowNodeRef>"
                + NEW_STEP
                + "</bpmn:flowNodeRef>\n        <bpmn:flowNodeRef>Task_CheckCompleteness</bpmn:flowNodeRef>");
    return diagram.getBytes(StandardCharsets.UTF_8);
  }

  private static String replaceOnceAfter(String text, String anchor, String what, String with) {
    int from = text.indexOf(anchor);
    assertThat(from).as(anchor).isNotNegative();
    int at = text.indexOf(what, from);
    assertThat(at).as(what + " after " + anchor).isPositive();
    return text.substring(0, at) + with + text.substring(at + what.length());
  }
}
