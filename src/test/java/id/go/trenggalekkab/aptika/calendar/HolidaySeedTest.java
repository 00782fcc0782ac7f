package id.go.trenggalekkab.aptika.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The migration seeds the complete 2026 list of the SKB, the same one the calendar tests use, so a
 * typo in either shows here.
 */
class HolidaySeedTest {

  private static final Pattern ROW =
      Pattern.compile("\\(date '(\\d{4}-\\d{2}-\\d{2})', '(\\w+)', +'([^']+)'\\)");

  @Test
  void theMigrationSeedsTheWhole2026List() throws IOException {
    String sql;
    try (InputStream in =
        getClass().getResourceAsStream("/db/migration/V3__holiday_calendar.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Holiday> seeded =
        ROW.matcher(sql)
            .results()
            .map(
                row ->
                    new Holiday(
                        LocalDate.parse(row.group(1)),
                        HolidayKind.valueOf(row.group(2)),
                        row.group(3)))
            .toList();

    assertThat(seeded).hasSize(25).containsExactlyElementsOf(HolidayFixtures.YEAR_2026);
    assertThat(sql).contains("values (2026, current_timestamp, 'system')");
  }
}
