package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberPatternTest {

  @Test
  void theSeedsOlderPatternPadsTheSequence() {
    assertThat(new NumberPattern("060/ {seq:3} /406.020/{year}").format(2023, 29))
        .isEqualTo("060/ 029 /406.020/2023");
  }

  @Test
  void theDottedClassificationPatternOfPermendagri83Of2022() {
    assertThat(new NumberPattern("000.8.3.3/{seq}/OR").format(2026, 15))
        .isEqualTo("000.8.3.3/15/OR");
    assertThat(new NumberPattern("400.14.5.4/{seq}/406.020/{year}").format(2026, 1234))
        .isEqualTo("400.14.5.4/1234/406.020/2026");
  }

  @Test
  void aPatternWithoutSequenceIsRefusedAtStartUp() {
    assertThatThrownBy(() -> new NumberPattern("060/406.020/{year}"))
        .hasMessageContaining("aptika.letter.number-pattern harus memuat {seq}");
  }
}
