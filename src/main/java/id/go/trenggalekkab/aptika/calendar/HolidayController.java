package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Year;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holiday lists over HTTP: every signed-in person reads a year's list, administrators replace
 * it when the SKB is published or amended ({@code PUT /api/holidays/{year}}), without a release,
 * and remove a list saved under the wrong year ({@code DELETE /api/holidays/{year}}).
 */
@RestController
@RequestMapping("/api/holidays")
class HolidayController {

  private final HolidayRepository repository;
  private final CurrentUser currentUser;

  HolidayController(HolidayRepository repository, CurrentUser currentUser) {
    this.repository = repository;
    this.currentUser = currentUser;
  }

  /** The list of {@code year}, the current year (WIB) if none is given. */
  @GetMapping
  HolidayYearList year(@RequestParam(required = false) Integer year) {
    int asked = year == null ? Year.now(OfficeTime.ZONE).getValue() : year;
    HolidayListRules.checkYear("year", asked);
    return repository.findYear(asked);
  }

  /** Removes a list saved under the wrong year: 204, or 404 when the year had none. */
  @DeleteMapping("/{year}")
  ResponseEntity<Void> remove(@PathVariable int year) {
    currentUser.requireAdministrator();
    HolidayListRules.checkYear("year", year);
    return repository.removeYear(year)
        ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }

  @PutMapping("/{year}")
  HolidayYearList replace(@PathVariable int year, @RequestBody List<HolidayForm> entries) {
    currentUser.requireAdministrator();
    List<Holiday> holidays = HolidayListRules.accept(year, entries);
    return repository.replaceYear(year, holidays, currentUser.id());
  }
}
