package id.go.trenggalekkab.aptika.provisioning;

/** The name exists in DNS with other data: the applicant has to choose another one. */
public class NameTakenException extends RuntimeException {

  public NameTakenException(String reason) {
    super(reason);
  }
}
