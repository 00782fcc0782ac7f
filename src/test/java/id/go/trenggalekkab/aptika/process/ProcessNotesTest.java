package id.go.trenggalekkab.aptika.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the forms show of a request's notes once they no longer fit in one string variable. */
class ProcessNotesTest {

  @Test
  void theLatestNotesThatFitFollowTheLineAboutTheOlderOnes() {
    List<String> notes =
        IntStream.rangeClosed(1, 100)
            .mapToObj(i -> "Catatan %03d ".formatted(i).repeat(8))
            .toList();

    String shown = ProcessNotes.latest(notes);

    assertThat(shown.length()).isLessThanOrEqualTo(ProcessNotes.MAX_SHOWN);
    assertThat(shown.lines().toList())
        .first()
        .isEqualTo("… Catatan yang lebih lama tersimpan lengkap di Permohonan saya.");
    List<String> kept = shown.lines().skip(1).toList();
    assertThat(kept).isEqualTo(notes.subList(notes.size() - kept.size(), notes.size()));
    assertThat(kept.size()).as("as many as fit").isGreaterThan(30);
  }

  @Test
  void oneNoteLongerThanTheVariableKeepsItsEnd() {
    String note = "awal " + "x".repeat(10_000) + " akhir";

    String shown = ProcessNotes.latest(List.of("sebelumnya", note));

    assertThat(shown.length()).isLessThanOrEqualTo(ProcessNotes.MAX_SHOWN);
    assertThat(shown).endsWith("x akhir").doesNotContain("awal", "sebelumnya");
    assertThat(shown.lines().skip(1).findFirst().orElseThrow()).startsWith("…x");
  }
}
