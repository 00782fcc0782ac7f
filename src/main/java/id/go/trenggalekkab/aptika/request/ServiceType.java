package id.go.trenggalekkab.aptika.request;

import java.util.Optional;

/** What the applicant wants behind the new sub domain; form variable {@code serviceType}. */
public enum ServiceType {

  /** A sub domain pointing at a server the applicant already runs: a target address is needed. */
  SUBDOMAIN,

  /**
   * A sub domain with hosting on the office's own server. The office chooses the address, so a
   * target typed by the applicant is ignored rather than refused: it costs nothing and a refusal
   * would send the letter back to step 1 for no reason.
   */
  HOSTING;

  /** The form's choices: a select offers these two constant names only. */
  static final String FORM_PATTERN = "^(SUBDOMAIN|HOSTING)$";

  /**
   * Reads the value a form or REST client sent. The form sends the constant names exactly;
   * surrounding blanks are forgiven, other spellings are not, so that a typo never silently picks
   * the wrong service.
   *
   * @return the type, or empty when the value is missing or unknown
   */
  public static Optional<ServiceType> fromFormValue(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    for (ServiceType type : values()) {
      if (type.name().equals(trimmed)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
