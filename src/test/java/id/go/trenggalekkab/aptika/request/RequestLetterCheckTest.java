package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.JAKARTA;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.TODAY;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSplpAccountRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Number and date of the request letter as typed; "today" in the fixtures is 2025-03-17. */
class RequestLetterCheckTest {

  private final CompletenessCheck check = aCompletenessCheck();

  private List<Problem> checkNumber(String number) {
    return check.check(
        RequestKind.SPLP_ACCOUNT,
        aValidSplpAccountRequest().withRequestLetterNumber(number).build());
  }

  private List<Problem> checkDate(String date) {
    return checkDateAt(check, date);
  }

  private static List<Problem> checkDateAt(CompletenessCheck check, String date) {
    return check.check(
        RequestKind.SPLP_ACCOUNT, aValidSplpAccountRequest().withRequestLetterDate(date).build());
  }

  @Nested
  class LetterNumber {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void isRequired(String number) {
      assertOnlyProblem(
          checkNumber(number), "requestLetterNumber", "Nomor surat permohonan wajib diisi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"045/2025", "000.1.2.3/045/406.009/2025", "B-12/Dinkes/III/2025"})
    void isFreeText(String number) {
      assertThat(checkNumber(number)).isEmpty();
    }

    @Test
    void mayHaveOneHundredCharactersButNotMore() {
      assertThat(checkNumber(repeat('7', 100))).isEmpty();
      assertOnlyProblem(
          checkNumber(repeat('7', 101)), "requestLetterNumber", "paling banyak 100 karakter");
    }
  }

  @Nested
  class LetterDate {

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-17", "2025-03-16", "2024-02-29", "2023-01-01", " 2025-01-31 "})
    void aRealDateFromTheSopYearsUpToTodayIsAccepted(String date) {
      assertThat(checkDate(date)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void isRequired(String date) {
      assertOnlyProblem(
          checkDate(date), "requestLetterDate", "Tanggal surat permohonan wajib diisi");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "17-03-2025",
          "17/03/2025",
          "2025/03/17",
          "2025-3-17",
          "2025-03-7",
          "20250317",
          "+2025-03-17",
          "-2025-03-17",
          "+12025-03-17",
          "2025-03-17T10:00",
          "17 Maret 2025",
          "kemarin",
          "2025-02-29",
          "2025-02-30",
          "2025-04-31",
          "2025-13-01",
          "2025-00-10",
          "2025-01-00",
          "\uff12\uff10\uff12\uff15-03-17"
        })
    void mustBeAnExistingDateInYearMonthDayForm(String date) {
      assertOnlyProblem(checkDate(date), "requestLetterDate", "format tahun-bulan-tanggal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-18", "2025-12-31", "2099-01-01"})
    void mayNotBeAfterToday(String date) {
      assertOnlyProblem(
          checkDate(date), "requestLetterDate", "tidak boleh melewati tanggal hari ini");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-12-31", "2002-03-17", "0202-03-17"})
    void mayNotBeBeforeTheSopsWereIssued(String date) {
      assertOnlyProblem(checkDate(date), "requestLetterDate", "sebelum 1 Januari 2023");
    }

    @Test
    void todayIsTheOfficeDayInJakartaWhateverTheClockZone() {
      Clock utcEvening = Clock.fixed(Instant.parse("2025-03-17T18:00:00Z"), ZoneOffset.UTC);
      CompletenessCheck atJakartaNight =
          new CompletenessCheck(label -> false, Set.of(), utcEvening);

      assertThat(checkDateAt(atJakartaNight, "2025-03-18")).isEmpty();
    }

    @Test
    void tomorrowInJakartaIsRefusedEvenOneMinuteBeforeMidnight() {
      Clock lateEvening =
          Clock.fixed(TODAY.atTime(23, 59).atZone(JAKARTA).toInstant(), ZoneOffset.UTC);
      CompletenessCheck atLateEvening =
          new CompletenessCheck(label -> false, Set.of(), lateEvening);

      assertOnlyProblem(
          checkDateAt(atLateEvening, "2025-03-18"),
          "requestLetterDate",
          "melewati tanggal hari ini");
    }
  }
}
