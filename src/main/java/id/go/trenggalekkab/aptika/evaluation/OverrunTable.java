package id.go.trenggalekkab.aptika.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The record of overruns as a table for CSV and XLSX, its header in Bahasa Indonesia. */
final class OverrunTable {

  static final List<String> HEADER =
      List.of(
          "Nomor permohonan",
          "Prosedur",
          "Kode unit",
          "Unit kerja",
          "Jenis",
          "Langkah SOP",
          "Kegiatan",
          "Mutu Baku",
          "Tenggat (WIB)",
          "Selesai (WIB)",
          "Terlambat (jam kerja)",
          "Pengingat dikirim (WIB)",
          "Eskalasi (WIB)",
          "Eskalasi kepada",
          "ID proses");

  private OverrunTable() {}

  static List<List<Object>> of(List<Overruns.Overrun> overruns) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.copyOf(HEADER));
    for (Overruns.Overrun o : overruns) {
      rows.add(
          Arrays.asList(
              o.referenceNumber(),
              o.processName(),
              o.unitId(),
              o.unitName(),
              o.kindText(),
              o.sopStep(),
              o.activityName(),
              o.mutuBakuText(),
              o.dueAt(),
              o.doneAt(),
              o.lateHours(),
              o.remindedAt(),
              o.escalatedAt(),
              o.escalatedTo(),
              o.processInstanceId()));
    }
    return rows;
  }
}
