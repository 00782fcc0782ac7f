package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void cellsAreQuotedOnlyWhenTheyMustBeAndFormulasStayText() {
    assertThat(Csv.cell("Dinas Kesehatan")).isEqualTo("Dinas Kesehatan");
    assertThat(Csv.cell("Pendidikan, Pemuda")).isEqualTo("\"Pendidikan, Pemuda\"");
    assertThat(Csv.cell("kata \"baku\"")).isEqualTo("\"kata \"\"baku\"\"\"");
    assertThat(Csv.cell("baris\nkedua")).isEqualTo("\"baris\nkedua\"");
    assertThat(Csv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
  }

  @Test
  void aTableIsUtf8WithAByteOrderMarkAndCrlfLines() {
    String csv =
        Csv.of(
            List.of(
                List.of("Tenggat", "Terlambat"),
                Arrays.asList(OffsetDateTime.parse("2026-02-03T07:00:00Z"), 8.5),
                Arrays.asList(null, null)));

    assertThat(csv).isEqualTo("\uFEFFTenggat,Terlambat\r\n2026-02-03T14:00:00+07:00,8.5\r\n,\r\n");
  }
}
