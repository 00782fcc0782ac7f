package id.go.trenggalekkab.aptika.request;

import java.util.Objects;

/**
 * One reason a request is not complete.
 *
 * @param field the process variable the problem is about, as named in the contract (for example
 *     {@code contactPhone}), so a form can mark the right input
 * @param message a sentence in Bahasa Indonesia for the applicant, naming the field the way the
 *     form labels it, since it is shown when the letter goes back to step 1
 */
public record Problem(String field, String message) {

  public Problem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
