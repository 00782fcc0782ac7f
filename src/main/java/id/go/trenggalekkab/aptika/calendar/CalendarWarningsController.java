package id.go.trenggalekkab.aptika.calendar;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/calendar/warnings}: what the office's staff should know (Cockpit's notice). */
@RestController
class CalendarWarningsController {

  record Warning(String message) {}

  private final HolidayListWarnings warnings;
  private final CurrentUser currentUser;

  CalendarWarningsController(HolidayListWarnings warnings, CurrentUser currentUser) {
    this.warnings = warnings;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/calendar/warnings")
  List<Warning> warnings() {
    currentUser.requireOfficeStaff("peringatan kalender");
    return warnings.messages().stream().map(Warning::new).toList();
  }
}
