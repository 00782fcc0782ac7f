package id.go.trenggalekkab.aptika.request;

import java.util.Map;

/**
 * Names of the variables of a request, part of the contract of every process (with the process's
 * own contract class, e.g. {@code provisioning.SubdomainHostingContract}). A {@link Problem} names
 * its field with one of these, so a form can mark the input it belongs to, and a delegate reads the
 * variables under the same names.
 */
public final class RequestVariables {

  public static final String REQUEST_LETTER_NUMBER = "requestLetterNumber";
  public static final String REQUEST_LETTER_DATE = "requestLetterDate";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String CONTACT_PHONE = "contactPhone";

  /** SPLP account requests only. */
  public static final String BUSINESS_PROCESS = "businessProcess";

  // Sub domain requests only.
  public static final String SUBDOMAIN_NAME = "subdomainName";
  public static final String SUBDOMAIN_PURPOSE = "subdomainPurpose";
  public static final String SERVICE_TYPE = "serviceType";
  public static final String TARGET_ADDRESS = "targetAddress";

  /** The full name step 5 created, in the configured zone (e.g. sikesda.trenggalekkab.go.id). */
  public static final String SUBDOMAIN_FQDN = "subdomainFqdn";

  /**
   * What step 5 did, as the reply letter states it (after "kami sampaikan bahwa"): only what the
   * system did or the Pelaksana confirmed, with the result of the DNS check.
   */
  public static final String SERVICE_STATEMENT = "serviceStatement";

  /** The uploaded letter, a file variable of the embedded start form. */
  public static final String REQUEST_LETTER = "requestLetter";

  // Set by the server, never typed in a form.

  /** Who submitted the request: a returned request is assigned back to them. */
  public static final String INITIATOR = "initiator";

  public static final String UNIT_ID = "unitId";
  public static final String UNIT_NAME = "unitName";
  public static final String REQUEST_LETTER_DOCUMENT_ID = "requestLetterDocumentId";
  public static final String REQUEST_LETTER_URL = "requestLetterUrl";
  public static final String REQUEST_COMPLETE = "requestComplete";

  /** Step 4's findings, one problem per line, shown to the applicant when revising. */
  public static final String COMPLETENESS_PROBLEMS = "completenessProblems";

  public static final String DISPOSITION_KADIS = "dispositionKadis";
  public static final String DISPOSITION_KABID = "dispositionKabid";

  /** How often the applicant has sent the request again; absent for a first submission. */
  public static final String REVISION_COUNT = "revisionCount";

  /** Why the request was last returned to the applicant: step 4's (or step 5's) findings. */
  public static final String REVISION_REASON = "revisionReason";

  /** Each variable a form or the model decides on, with the values it may hold. */
  public static final Map<String, Class<? extends Enum<?>>> DECISIONS =
      Map.of(SERVICE_TYPE, ServiceType.class);

  private RequestVariables() {}
}
