package id.go.trenggalekkab.aptika.versions;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/versions}: the versions of the office's procedures, newest first, for the "Versi
 * prosedur" page in Cockpit; {@code process} (a process definition key) narrows it to one.
 */
@RestController
class VersionsController {

  private final ProcedureVersions versions;

  VersionsController(ProcedureVersions versions) {
    this.versions = versions;
  }

  @GetMapping("/api/versions")
  List<ProcedureVersions.Procedure> versions(@RequestParam(required = false) String process) {
    return versions.all(process == null || process.isBlank() ? null : process.strip());
  }
}
