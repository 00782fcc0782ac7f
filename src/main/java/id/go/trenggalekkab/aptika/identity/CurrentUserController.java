package id.go.trenggalekkab.aptika.identity;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: forms show the applicant their unit instead of asking for it. */
@RestController
class CurrentUserController {

  record Me(String id, List<String> groups, List<String> units) {}

  private final CurrentUser currentUser;

  CurrentUserController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping("/api/me")
  Me me() {
    return new Me(currentUser.id(), currentUser.groupIds(), currentUser.unitIds());
  }
}
