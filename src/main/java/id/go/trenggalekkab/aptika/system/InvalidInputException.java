package id.go.trenggalekkab.aptika.system;

import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import java.util.List;

/**
 * Input refused by rules that Bean Validation cannot express (across the entries of a list, say),
 * one message per field in Bahasa Indonesia. It answers 400 in the same shape as a Bean Validation
 * refusal.
 */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.toString());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
