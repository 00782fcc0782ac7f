package id.go.trenggalekkab.aptika.sla;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/mutu-baku/late}: what is late now, for the Mutu Baku panel in Cockpit. Optional
 * {@code unit} (a unit id) and {@code process} (a process definition key) narrow it.
 */
@RestController
class LateStepsController {

  private final LateSteps lateSteps;

  LateStepsController(LateSteps lateSteps) {
    this.lateSteps = lateSteps;
  }

  @GetMapping("/api/mutu-baku/late")
  List<LateStep> late(
      @RequestParam(required = false) String unit, @RequestParam(required = false) String process) {
    return lateSteps.now(unit, process);
  }
}
