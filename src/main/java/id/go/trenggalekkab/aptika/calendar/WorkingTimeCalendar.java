package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Office time in WIB: Monday to Friday within the office hours, except the days on the holiday list
 * (libur nasional and cuti bersama). It turns a Mutu Baku time into a due instant and measures how
 * much office time lies between two instants. The README section "Working days (hari kerja) and
 * Mutu Baku times" is the specification; the tests hold it on real 2026 dates.
 *
 * <p>It knows nothing of the engine, so that a Camunda {@code BusinessCalendar} can wrap {@link
 * #dueAt(Instant, String)} as it is.
 */
public class WorkingTimeCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingTimeCalendar.class);

  private final Map<DayOfWeek, DailyHours> officeHours;
  private final Supplier<Holidays> holidays;
  private final Set<Integer> yearsAskedWithoutList = ConcurrentHashMap.newKeySet();

  /**
   * @param holidays the current holiday lists; asked on every use, so a list an administrator saves
   *     counts at once
   */
  public WorkingTimeCalendar(OfficeHours officeHours, Supplier<Holidays> holidays) {
    this.officeHours = officeHours.byDay();
    this.holidays = holidays;
  }

  /**
   * When a step started at {@code start} with the Mutu Baku time {@code isoDuration} (e.g. {@code
   * P2D}, {@code PT10M}, {@code P1DT2H}) is due.
   *
   * @throws IllegalArgumentException for a duration that is not one (months and years included)
   */
  public Instant dueAt(Instant start, String isoDuration) {
    return dueAt(start, MutuBakuDuration.parse(isoDuration));
  }

  public Instant dueAt(Instant start, MutuBakuDuration duration) {
    ZonedDateTime at = start.atZone(OfficeTime.ZONE);
    ZonedDateTime counting = countingStart(at);
    if (duration.workingDays() > 0) {
      counting =
          counting.equals(at)
              ? sameClockTimeLater(counting, duration.workingDays())
              : closingOfWorkingDay(counting.toLocalDate(), duration.workingDays());
    }
    return addOfficeTime(counting, duration.officeTime()).toInstant();
  }

  /** The office time between two instants; zero when {@code to} is not after {@code from}. */
  public Duration workingDuration(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    ZonedDateTime start = from.atZone(OfficeTime.ZONE);
    ZonedDateTime end = to.atZone(OfficeTime.ZONE);
    Duration total = Duration.ZERO;
    for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); ) {
      Optional<DailyHours> hours = hoursOn(day);
      if (hours.isPresent()) {
        ZonedDateTime opens = day.atTime(hours.get().opens()).atZone(OfficeTime.ZONE);
        ZonedDateTime closes = day.atTime(hours.get().closes()).atZone(OfficeTime.ZONE);
        ZonedDateTime countedFrom = opens.isAfter(start) ? opens : start;
        ZonedDateTime countedTo = closes.isBefore(end) ? closes : end;
        if (countedTo.isAfter(countedFrom)) {
          total = total.plus(Duration.between(countedFrom, countedTo));
        }
      }
      day = day.plusDays(1);
    }
    return total;
  }

  /** Monday to Friday and not on the holiday list; a year with no list counts weekends only. */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    return !hasListFor(date.getYear()) || holidays.get().on(date).isEmpty();
  }

  /**
   * Whether the holiday list of {@code year} is known. The first time a year without a list is
   * asked about, it says so in the log, once: due dates in it ignore holidays until an
   * administrator enters the list.
   */
  public boolean hasListFor(int year) {
    if (holidays.get().knowsYear(year)) {
      return true;
    }
    if (yearsAskedWithoutList.add(year)) {
      LOG.warn(
          "Daftar hari libur tahun {} belum ada: tenggat di tahun itu dihitung tanpa libur nasional"
              + " dan cuti bersama, hanya Sabtu/Minggu yang dihitung libur. Administrator dapat"
              + " mengisinya lewat PUT /api/holidays/{}.",
          year,
          year);
    }
    return false;
  }

  /** The years asked about so far whose list is still missing. */
  public SortedSet<Integer> yearsWithoutList() {
    Holidays known = holidays.get();
    SortedSet<Integer> missing = new TreeSet<>(yearsAskedWithoutList);
    missing.removeIf(known::knowsYear);
    return missing;
  }

  public SortedSet<Integer> knownYears() {
    return holidays.get().knownYears();
  }

  private Optional<DailyHours> hoursOn(LocalDate date) {
    return isWorkingDay(date)
        ? Optional.ofNullable(officeHours.get(date.getDayOfWeek()))
        : Optional.empty();
  }

  /** The moment counting starts: {@code at} itself within office hours, else the next opening. */
  private ZonedDateTime countingStart(ZonedDateTime at) {
    LocalDate day = at.toLocalDate();
    while (true) {
      Optional<DailyHours> hours = hoursOn(day);
      if (hours.isPresent()) {
        LocalTime time = day.equals(at.toLocalDate()) ? at.toLocalTime() : LocalTime.MIN;
        if (time.isBefore(hours.get().opens())) {
          return day.atTime(hours.get().opens()).atZone(OfficeTime.ZONE);
        }
        if (time.isBefore(hours.get().closes())) {
          return at;
        }
      }
      day = day.plusDays(1);
    }
  }

  /** The same clock time {@code n} working days later, kept within that day's office hours. */
  private ZonedDateTime sameClockTimeLater(ZonedDateTime start, int n) {
    LocalDate day = start.toLocalDate();
    for (int i = 0; i < n; i++) {
      day = nextWorkingDay(day);
    }
    DailyHours hours = officeHours.get(day.getDayOfWeek());
    LocalTime time = start.toLocalTime();
    if (time.isBefore(hours.opens())) {
      time = hours.opens();
    } else if (time.isAfter(hours.closes())) {
      time = hours.closes();
    }
    return day.atTime(time).atZone(OfficeTime.ZONE);
  }

  /** The closing time of the {@code n}-th working day, counting {@code firstDay} as the first. */
  private ZonedDateTime closingOfWorkingDay(LocalDate firstDay, int n) {
    LocalDate day = firstDay;
    for (int i = 1; i < n; i++) {
      day = nextWorkingDay(day);
    }
    return day.atTime(officeHours.get(day.getDayOfWeek()).closes()).atZone(OfficeTime.ZONE);
  }

  private ZonedDateTime addOfficeTime(ZonedDateTime from, Duration amount) {
    ZonedDateTime at = from;
    Duration left = amount;
    while (!left.isZero()) {
      at = countingStart(at);
      ZonedDateTime closes =
          at.toLocalDate()
              .atTime(officeHours.get(at.getDayOfWeek()).closes())
              .atZone(OfficeTime.ZONE);
      Duration today = Duration.between(at, closes);
      if (left.compareTo(today) <= 0) {
        return at.plus(left);
      }
      left = left.minus(today);
      at = closes;
    }
    return at;
  }

  private LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }
}
