package id.go.trenggalekkab.aptika.calendar;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The holiday list of one year as the API shows it.
 *
 * @param known whether the year's list has been entered; {@code false} means the calendar counts
 *     only weekends in that year, while {@code true} with no holidays is a year without any
 * @param updatedAt when the list was last replaced (WIB, with its offset), {@code null} for an
 *     unknown year
 */
public record HolidayYearList(
    int year, boolean known, OffsetDateTime updatedAt, String updatedBy, List<Holiday> holidays) {}
