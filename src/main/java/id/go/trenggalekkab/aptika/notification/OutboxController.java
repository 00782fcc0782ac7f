package id.go.trenggalekkab.aptika.notification;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mail the application wrote, newest first: administrators and managers read it here. */
@RestController
class OutboxController {

  private final Outbox outbox;
  private final CurrentUser currentUser;

  OutboxController(Outbox outbox, CurrentUser currentUser) {
    this.outbox = outbox;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/outbox")
  List<Outbox.Mail> latest(@RequestParam(defaultValue = "50") int limit) {
    currentUser.requireAdministratorOrManager();
    return outbox.latest(Math.min(Math.max(limit, 1), 500));
  }
}
