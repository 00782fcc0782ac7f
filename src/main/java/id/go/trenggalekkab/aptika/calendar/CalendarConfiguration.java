package id.go.trenggalekkab.aptika.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One working-time calendar for the application, on the configured office hours and the holiday
 * lists in the database. Nothing in the engine uses it yet; a Camunda {@code BusinessCalendar} will
 * wrap {@link WorkingTimeCalendar#dueAt}.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingTimeCalendar workingTimeCalendar(OfficeHours officeHours, HolidayRepository holidays) {
    return new WorkingTimeCalendar(officeHours, holidays::holidays);
  }

  /** The bean name makes the health component {@code holidayCalendar}. */
  @Bean
  HolidayCalendarHealthIndicator holidayCalendarHealthIndicator(
      WorkingTimeCalendar calendar, HolidayListWarnings warnings) {
    return new HolidayCalendarHealthIndicator(calendar, warnings);
  }
}
