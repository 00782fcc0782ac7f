package id.go.trenggalekkab.aptika.notification;

import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import id.go.trenggalekkab.aptika.system.InvalidInputException;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's record that a mail went out another way. Every field is text so that a bad date or
 * channel is refused with a message naming the field, not as unreadable JSON.
 *
 * @param sentOn {@code YYYY-MM-DD}, not after today (WIB)
 * @param channel {@code SRIKANDI}, {@code EMAIL_MANUAL} or {@code KERTAS}
 * @param note optional, at most 500 characters
 */
record ManualDelivery(String sentOn, String channel, String note) {

  static final List<String> CHANNELS = List.of("SRIKANDI", "EMAIL_MANUAL", "KERTAS");

  /** The date it was sent, once every field is checked. */
  LocalDate checkedDate() {
    List<FieldError> errors = new ArrayList<>();
    LocalDate date = null;
    if (sentOn == null || sentOn.isBlank()) {
      errors.add(new FieldError("sentOn", "Tanggal pengiriman wajib diisi (YYYY-MM-DD)."));
    } else {
      try {
        date = LocalDate.parse(sentOn.strip());
        if (date.isAfter(OfficeTime.today())) {
          errors.add(new FieldError("sentOn", "Tanggal pengiriman tidak boleh setelah hari ini."));
        }
      } catch (DateTimeParseException e) {
        errors.add(
            new FieldError(
                "sentOn", "Tanggal pengiriman '" + sentOn + "' tidak sah (YYYY-MM-DD)."));
      }
    }
    if (channel == null || !CHANNELS.contains(channel)) {
      errors.add(
          new FieldError(
              "channel",
              "Saluran pengiriman wajib salah satu dari " + String.join(", ", CHANNELS) + "."));
    }
    if (note != null && note.length() > 500) {
      errors.add(new FieldError("note", "Catatan paling banyak 500 karakter."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return date;
  }
}
