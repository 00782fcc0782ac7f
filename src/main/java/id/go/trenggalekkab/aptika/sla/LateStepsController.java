package id.go.trenggalekkab.aptika.sla;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/mutu-baku/late}: what is late now, for the Mutu Baku panel in Cockpit: {@code
 * total}, how many steps are late, and {@code steps}, the {@code maxResults} (100 unless fewer are
 * asked) late longest. Optional {@code unit} (a unit id) and {@code process} (a process definition
 * key) narrow it.
 */
@RestController
class LateStepsController {

  private final LateSteps lateSteps;

  LateStepsController(LateSteps lateSteps) {
    this.lateSteps = lateSteps;
  }

  @GetMapping("/api/mutu-baku/late")
  LateSteps.Page late(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String process,
      @RequestParam(defaultValue = "" + LateSteps.MOST)
          @Min(value = 0, message = "tidak boleh kurang dari 0")
          @Max(value = LateSteps.MOST, message = "paling banyak " + LateSteps.MOST + " langkah")
          int maxResults) {
    return lateSteps.now(unit, process, maxResults);
  }
}
