package id.go.trenggalekkab.aptika.letter;

import java.time.LocalDate;
import java.util.List;

/** The "Laporan Kegiatan Pembuatan Akun SPLP" (SOP 060/029 A, step 6), as it is laid out. */
record ActivityReport(
    String title,
    boolean isDraft,
    LocalDate date,
    List<Section> sections,
    String authorJabatan,
    String authorName) {

  /** A heading and a table: label/value rows, or rows under a header. */
  record Section(String heading, List<String> header, List<List<String>> rows) {}
}
