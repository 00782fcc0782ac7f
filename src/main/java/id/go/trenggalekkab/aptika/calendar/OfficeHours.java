package id.go.trenggalekkab.aptika.calendar;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office hours per weekday (Monday to Friday), as the regional head sets them. Saturday and Sunday
 * have none. Each value is "HH:mm-HH:mm" in WIB; a value that cannot work ends start-up with a
 * message that names the property.
 */
@ConfigurationProperties("aptika.calendar.office-hours")
public record OfficeHours(
    @DefaultValue(DEFAULT) String monday,
    @DefaultValue(DEFAULT) String tuesday,
    @DefaultValue(DEFAULT) String wednesday,
    @DefaultValue(DEFAULT) String thursday,
    @DefaultValue(DEFAULT) String friday) {

  static final String DEFAULT = "07:30-16:00";
  private static final String PREFIX = "aptika.calendar.office-hours.";

  public OfficeHours {
    // Parsing here, not on first use, makes a typo fail the start and not a due date in a process.
    weekly(monday, tuesday, wednesday, thursday, friday);
  }

  /** Every weekday 07:30-16:00. */
  public static OfficeHours standard() {
    return new OfficeHours(DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT);
  }

  /** The hours of each weekday; Saturday and Sunday are absent. */
  public Map<DayOfWeek, DailyHours> byDay() {
    return weekly(monday, tuesday, wednesday, thursday, friday);
  }

  public Optional<DailyHours> on(DayOfWeek day) {
    return Optional.ofNullable(byDay().get(day));
  }

  private static Map<DayOfWeek, DailyHours> weekly(String... values) {
    Map<DayOfWeek, DailyHours> hours = new EnumMap<>(DayOfWeek.class);
    for (int i = 0; i < values.length; i++) {
      DayOfWeek day = DayOfWeek.of(i + 1);
      hours.put(day, DailyHours.parse(PREFIX + day.name().toLowerCase(Locale.ROOT), values[i]));
    }
    return hours;
  }
}
