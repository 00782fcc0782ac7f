package id.go.trenggalekkab.aptika.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** What a process owner reads as the changes from one version of a procedure to the next. */
class VersionChangesTest {

  private static final BpmnModelInstance AS_BUILT = model(SopRevision.asBuilt());

  @Test
  void aNewStepAndAChangedTimeAreNamedWithTheStepsLabelAndTimesInWords() {
    assertThat(
            VersionChanges.between(
                AS_BUILT, model(new String(SopRevision.version2(), StandardCharsets.UTF_8))))
        .containsExactly(
            "Langkah ditambahkan: \"Memeriksa surat permohonan\" (Task_CheckRequestByExecutor)",
            "Waktu Mutu Baku \"Mendisposisi surat permohonan\" (Task_DisposeRequestByKadis):"
                + " 1 hari kerja menjadi 2 hari kerja");
  }

  @Test
  void aRemovedStepAndARenamedLaneAreListed() {
    String revised =
        new String(SopRevision.version2(), StandardCharsets.UTF_8)
            .replace("name=\"Kabid Aptika\"", "name=\"Kepala Bidang Aptika\"");

    assertThat(VersionChanges.between(model(revised), AS_BUILT))
        .containsExactly(
            "Langkah dihapus: \"Memeriksa surat permohonan\" (Task_CheckRequestByExecutor)",
            "Waktu Mutu Baku \"Mendisposisi surat permohonan\" (Task_DisposeRequestByKadis):"
                + " 2 hari kerja menjadi 1 hari kerja",
            "Jalur \"Kepala Bidang Aptika\" berganti nama menjadi \"Kabid Aptika\"");
  }

  @Test
  void theSameModelHasNoChanges() {
    assertThat(VersionChanges.between(AS_BUILT, model(SopRevision.asBuilt())))
        .containsExactly("Tidak ada perubahan langkah, waktu Mutu Baku atau jalur.");
  }

  private static BpmnModelInstance model(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
