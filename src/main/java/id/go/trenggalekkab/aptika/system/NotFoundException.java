package id.go.trenggalekkab.aptika.system;

/** Something asked for by id does not exist; the message is for a person, in Bahasa Indonesia. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
