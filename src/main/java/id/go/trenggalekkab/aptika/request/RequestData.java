package id.go.trenggalekkab.aptika.request;

import java.util.Locale;

/**
 * What the applicant submitted at step 1, exactly as the form or REST client sent it: text stays
 * text (the date too), so that the completeness rules, not a converter earlier on, decide what is
 * wrong and can say so in words the applicant understands. {@code null} means "not filled in".
 * Which fields matter depends on the {@link RequestKind}; the names are those of {@link
 * RequestVariables}.
 *
 * @param serviceType the {@link ServiceType} constant name, as the form sends it
 * @param requestLetter the uploaded letter, or {@code null} when none was attached
 */
public record RequestData(
    String requestLetterNumber,
    String requestLetterDate,
    String contactName,
    String contactEmail,
    String contactPhone,
    String businessProcess,
    String subdomainName,
    String subdomainPurpose,
    String serviceType,
    String targetAddress,
    RequestLetter requestLetter) {

  /** A request with nothing filled in. */
  public static RequestData empty() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The sub domain label the way it is checked, registered and provisioned: without surrounding
   * blanks and in lower case, because DNS ignores case and an applicant typing "Dinkes" means
   * "dinkes".
   */
  public String normalisedSubdomainName() {
    return subdomainName == null ? null : subdomainName.strip().toLowerCase(Locale.ROOT);
  }

  /** Collects the fields one at a time, the way a delegate reads process variables. */
  public static final class Builder {

    private String requestLetterNumber;
    private String requestLetterDate;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String businessProcess;
    private String subdomainName;
    private String subdomainPurpose;
    private String serviceType;
    private String targetAddress;
    private RequestLetter requestLetter;

    private Builder() {}

    private Builder(RequestData data) {
      requestLetterNumber = data.requestLetterNumber;
      requestLetterDate = data.requestLetterDate;
      contactName = data.contactName;
      contactEmail = data.contactEmail;
      contactPhone = data.contactPhone;
      businessProcess = data.businessProcess;
      subdomainName = data.subdomainName;
      subdomainPurpose = data.subdomainPurpose;
      serviceType = data.serviceType;
      targetAddress = data.targetAddress;
      requestLetter = data.requestLetter;
    }

    public Builder withRequestLetterNumber(String value) {
      requestLetterNumber = value;
      return this;
    }

    public Builder withRequestLetterDate(String value) {
      requestLetterDate = value;
      return this;
    }

    public Builder withContactName(String value) {
      contactName = value;
      return this;
    }

    public Builder withContactEmail(String value) {
      contactEmail = value;
      return this;
    }

    public Builder withContactPhone(String value) {
      contactPhone = value;
      return this;
    }

    public Builder withBusinessProcess(String value) {
      businessProcess = value;
      return this;
    }

    public Builder withSubdomainName(String value) {
      subdomainName = value;
      return this;
    }

    public Builder withSubdomainPurpose(String value) {
      subdomainPurpose = value;
      return this;
    }

    public Builder withServiceType(String value) {
      serviceType = value;
      return this;
    }

    public Builder withServiceType(ServiceType value) {
      return withServiceType(value == null ? null : value.name());
    }

    public Builder withTargetAddress(String value) {
      targetAddress = value;
      return this;
    }

    public Builder withRequestLetter(RequestLetter value) {
      requestLetter = value;
      return this;
    }

    public Builder withRequestLetter(byte[] content, String fileName, String mimeType) {
      return withRequestLetter(
          content == null ? null : new RequestLetter(content, fileName, mimeType));
    }

    public RequestData build() {
      return new RequestData(
          requestLetterNumber,
          requestLetterDate,
          contactName,
          contactEmail,
          contactPhone,
          businessProcess,
          subdomainName,
          subdomainPurpose,
          serviceType,
          targetAddress,
          requestLetter);
    }
  }
}
