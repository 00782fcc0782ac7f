package id.go.trenggalekkab.aptika.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The holiday lists of the years whose list is known, as one immutable snapshot. A known year may
 * have no holidays at all; an unknown year is one nobody has entered yet.
 */
public final class Holidays {

  private final SortedSet<Integer> knownYears;
  private final Map<LocalDate, Holiday> byDate;

  public Holidays(Collection<Integer> knownYears, Collection<Holiday> holidays) {
    this.knownYears = Collections.unmodifiableSortedSet(new TreeSet<>(knownYears));
    this.byDate =
        Collections.unmodifiableMap(
            holidays.stream()
                .collect(
                    Collectors.toMap(
                        Holiday::date, Function.identity(), (a, b) -> a, TreeMap::new)));
    for (LocalDate date : byDate.keySet()) {
      if (!this.knownYears.contains(date.getYear())) {
        throw new IllegalArgumentException(
            "The holiday " + date + " lies in a year whose list is not marked known.");
      }
    }
  }

  public static Holidays none() {
    return new Holidays(Set.of(), List.of());
  }

  public boolean knowsYear(int year) {
    return knownYears.contains(year);
  }

  public SortedSet<Integer> knownYears() {
    return knownYears;
  }

  public Optional<Holiday> on(LocalDate date) {
    return Optional.ofNullable(byDate.get(date));
  }

  public List<Holiday> inYear(int year) {
    return byDate.values().stream().filter(holiday -> holiday.date().getYear() == year).toList();
  }
}
