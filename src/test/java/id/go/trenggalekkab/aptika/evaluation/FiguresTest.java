package id.go.trenggalekkab.aptika.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import id.go.trenggalekkab.aptika.evaluation.Evaluation.Verdict;
import id.go.trenggalekkab.aptika.evaluation.Summary.StepFigures;
import id.go.trenggalekkab.aptika.system.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The arithmetic behind the figures, and the Penilaian rule, on hand-computed values. */
class FiguresTest {

  @Nested
  class Quantiles {

    @Test
    void medianAndP90InterpolateBetweenRanksAsPercentileInc() {
      List<Double> hours = List.of(2.0, 8.5, 17.0);
      assertThat(Percentiles.of(hours, 0.5)).isEqualTo(8.5);
      // rank (3 - 1) * 0.9 = 1.8: 8.5 + 0.8 * (17 - 8.5)
      assertThat(Percentiles.of(hours, 0.9)).isCloseTo(15.3, offset(1e-9));
      assertThat(Percentiles.of(List.of(2.0, 8.5), 0.5)).isEqualTo(5.25);
      assertThat(Percentiles.of(List.of(4.0), 0.9)).isEqualTo(4.0);
      assertThat(Percentiles.of(List.of(), 0.5)).isNull();
    }
  }

  @Nested
  class Texts {

    @Test
    void mutuBakuTimesReadAsTheOfficeSaysThem() {
      assertThat(MutuBakuText.of("P1D")).isEqualTo("1 hari kerja");
      assertThat(MutuBakuText.of("P10D")).isEqualTo("10 hari kerja");
      assertThat(MutuBakuText.of("PT10M")).isEqualTo("10 menit");
      assertThat(MutuBakuText.of("P1DT2H30M")).isEqualTo("1 hari kerja 2 jam 30 menit");
      assertThat(MutuBakuText.of(null)).isNull();
    }

    @Test
    void hoursAndSharesAreWrittenWithADecimalComma() {
      assertThat(MutuBakuText.hours(Duration.ofMinutes(25))).isEqualTo(0.42);
      assertThat(MutuBakuText.decimal(8.5)).isEqualTo("8,5");
      assertThat(MutuBakuText.percent(2, 3)).isEqualTo("66,7%");
      assertThat(MutuBakuText.percent(0, 0)).isEqualTo("-");
      assertThat(MutuBakuText.percent(0.8)).isEqualTo("80%");
    }
  }

  @Nested
  class Periods {

    @Test
    void semestersAreJanuaryToJuneAndJulyToDecember() {
      assertThat(Period.semester("2026-1"))
          .isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
      assertThat(Period.semester("2026-2"))
          .isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
      assertThatThrownBy(() -> Period.semester("2026-II"))
          .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPeriodHoldsItsLastDayWhole() {
      Period february = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
      assertThat(february.contains(LocalDateTime.parse("2026-02-28T23:59:59"))).isTrue();
      assertThat(february.contains(LocalDateTime.parse("2026-03-01T00:00"))).isFalse();
      assertThat(february.contains(LocalDateTime.parse("2026-02-01T00:00"))).isTrue();
      assertThat(february.start()).hasToString("2026-01-31T17:00:00Z");
    }
  }

  @Nested
  class Penilaian {

    @Test
    void goodFromTheThresholdUpWithNoOpenEscalation() {
      assertThat(Verdict.of(step(5, 4, 0), 0.8)).isEqualTo(Verdict.GOOD);
      assertThat(Verdict.of(step(5, 3, 0), 0.8)).isEqualTo(Verdict.NOT_GOOD);
      assertThat(Verdict.of(step(5, 5, 1), 0.8)).as("open escalation").isEqualTo(Verdict.NOT_GOOD);
      assertThat(Verdict.of(step(5, 3, 0), 0.6)).as("a lower threshold").isEqualTo(Verdict.GOOD);
    }

    @Test
    void aStepNobodyCompletedIsNotRatedUnlessAnEscalationIsOpen() {
      assertThat(Verdict.of(step(0, 0, 0), 0.8)).isEqualTo(Verdict.NOT_RATED);
      assertThat(Verdict.of(step(0, 0, 1), 0.8)).isEqualTo(Verdict.NOT_GOOD);
    }

    @Test
    void theThresholdIsAShare() {
      assertThatThrownBy(() -> new EvaluationSettings(80))
          .hasMessageContaining("aptika.evaluation.good-share");
      assertThatThrownBy(() -> new EvaluationSettings(0))
          .hasMessageContaining("aptika.evaluation.good-share");
    }

    private StepFigures step(long completed, long within, long open) {
      return new StepFigures(
          "Task_X",
          2,
          "Langkah",
          "Kadis Kominfo",
          "P1D",
          "1 hari kerja",
          completed,
          within,
          null,
          null,
          null,
          0,
          0,
          open);
    }
  }
}
