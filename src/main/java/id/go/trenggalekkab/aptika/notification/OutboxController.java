package id.go.trenggalekkab.aptika.notification;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import id.go.trenggalekkab.aptika.system.InvalidInputException;
import id.go.trenggalekkab.aptika.system.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail the application wrote, newest first, for the office's staff: they see what waits and
 * what failed, send a failed mail again, or record that it went out another way.
 */
@RestController
class OutboxController {

  private static final String WHAT = "kotak keluar";

  private final Outbox outbox;
  private final CurrentUser currentUser;

  OutboxController(Outbox outbox, CurrentUser currentUser) {
    this.outbox = outbox;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/outbox")
  List<Outbox.Mail> latest(
      @RequestParam(required = false) String status, @RequestParam(defaultValue = "50") int limit) {
    currentUser.requireOfficeStaff(WHAT);
    int bounded = Math.min(Math.max(limit, 1), 500);
    if (status == null || status.isBlank()) {
      return outbox.latest(bounded);
    }
    if (!Outbox.STATUSES.contains(status)) {
      throw refused(
          "status",
          "Status '" + status + "' tidak dikenal: " + String.join(", ", Outbox.STATUSES) + ".");
    }
    return outbox.latest(status, bounded);
  }

  @PostMapping("/api/outbox/{id}/retry")
  Outbox.Mail retry(@PathVariable long id) {
    currentUser.requireOfficeStaff(WHAT);
    Outbox.Mail mail = existing(id);
    if (!outbox.retry(id, currentUser.id())) {
      throw refused(
          "status",
          "Hanya e-mail berstatus GAGAL atau TIDAK_PASTI yang dapat dikirim ulang; status e-mail"
              + " ini "
              + mail.status()
              + ".");
    }
    return existing(id);
  }

  @PostMapping("/api/outbox/{id}/manual")
  Outbox.Mail sentByHand(@PathVariable long id, @RequestBody ManualDelivery delivery) {
    currentUser.requireOfficeStaff(WHAT);
    Outbox.Mail mail = existing(id);
    LocalDate sentOn = delivery.checkedDate();
    String note = delivery.note() == null || delivery.note().isBlank() ? null : delivery.note();
    if (!outbox.markSentByHand(id, sentOn, delivery.channel(), note, currentUser.id())) {
      throw refused(
          "status", "E-mail ini sudah " + mail.status() + ": tidak dapat dicatat dikirim manual.");
    }
    return existing(id);
  }

  private Outbox.Mail existing(long id) {
    return outbox
        .find(id)
        .orElseThrow(() -> new NotFoundException("E-mail nomor " + id + " tidak ada."));
  }

  private static InvalidInputException refused(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }
}
