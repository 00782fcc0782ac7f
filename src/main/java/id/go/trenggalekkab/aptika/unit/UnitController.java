package id.go.trenggalekkab.aptika.unit;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.system.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit directory over HTTP: every signed-in person reads it, administrators add and change
 * units without a release ({@code PUT /api/units/{id}}).
 */
@RestController
@RequestMapping("/api/units")
class UnitController {

  private final UnitDirectory directory;
  private final CurrentUser currentUser;

  UnitController(UnitDirectory directory, CurrentUser currentUser) {
    this.directory = directory;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<Unit> all() {
    return directory.findAll();
  }

  @GetMapping("/{id}")
  Unit one(@PathVariable String id) {
    return directory
        .find(id)
        .orElseThrow(() -> new NotFoundException("Unit kerja '" + id + "' tidak ditemukan."));
  }

  @PutMapping("/{id}")
  Unit save(
      @PathVariable @Pattern(regexp = UnitForm.ID_PATTERN, message = UnitForm.ID_MESSAGE) String id,
      @Valid @RequestBody UnitForm form) {
    currentUser.requireAdministrator();
    return directory.save(form.toUnit(id), currentUser.id());
  }
}
