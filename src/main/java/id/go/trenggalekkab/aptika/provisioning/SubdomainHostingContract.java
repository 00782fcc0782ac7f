package id.go.trenggalekkab.aptika.provisioning;

import java.util.Map;

/**
 * The variables and decision values of {@code SubdomainHostingProcess} (SOP 060/018) that are its
 * own; the request's start variables are {@code request.RequestVariables}, the letter steps' {@code
 * letter.LetterVariables}. Forms and the model name these values as literals: {@code
 * ProcessContractTest} holds them to this class.
 */
public final class SubdomainHostingContract {

  // Review of the reply letter's draft (steps 6 to 8).
  public static final String EXECUTOR_NOTES = "executorNotes";
  public static final String KABID_DECISION = "kabidDecision";
  public static final String KABID_NOTES = "kabidNotes";
  public static final String KADIS_DECISION = "kadisDecision";
  public static final String KADIS_NOTES = "kadisNotes";

  /** The Kabid's answer to "Konsep surat dinaikkan ke Kepala Dinas?". */
  public enum KabidDecision {
    RAISE,
    RETURN
  }

  /** The Kadis's answer to "Konsep surat disetujui?". */
  public enum KadisDecision {
    APPROVE,
    RETURN
  }

  // Step 5.

  /** What step 5 created, as the Pelaksana and the letter read it. */
  public static final String CREATED_SERVICE = "createdService";

  /** Which part of step 5 a person does by hand: one of {@link ManualWorkParts}. */
  public static final String MANUAL_WORK = "manualWork";

  public enum ManualWorkParts {
    DNS,
    HOSTING,
    DNS_HOSTING
  }

  // Instructions for manual work, written by the system.
  public static final String INTEGRATION_MODE_NOTE = "integrationModeNote";
  public static final String DNS_RECORD_NAME = "dnsRecordName";
  public static final String DNS_RECORD_TYPE = "dnsRecordType";
  public static final String DNS_RECORD_TARGET = "dnsRecordTarget";
  public static final String DNS_RECORD_TTL = "dnsRecordTtl";
  public static final String VHOST_SERVER_NAME = "vhostServerName";
  public static final String VHOST_DOCUMENT_ROOT = "vhostDocumentRoot";

  /** What DNS said after manual work: a {@link DnsCheck.Visibility}. */
  public static final String DNS_CHECK = "dnsCheck";

  public static final String DNS_CHECK_RESULT = "dnsCheckResult";

  // Confirmation of manual work, written by the Pelaksana (the listener adds who and when).
  public static final String DNS_RECORD_CREATED = "dnsRecordCreated";
  public static final String DNS_CONFIRMED_TARGET = "dnsConfirmedTarget";
  public static final String VHOST_CREATED = "vhostCreated";
  public static final String VHOST_CONFIRMED_DOCUMENT_ROOT = "vhostConfirmedDocumentRoot";
  public static final String MANUAL_NOTES = "manualNotes";
  public static final String MANUAL_CONFIRMED_BY = "manualConfirmedBy";
  public static final String MANUAL_CONFIRMED_AT = "manualConfirmedAt";

  /** Each variable the model routes on, with the values it may hold. */
  public static final Map<String, Class<? extends Enum<?>>> DECISIONS =
      Map.of(
          KABID_DECISION, KabidDecision.class,
          KADIS_DECISION, KadisDecision.class,
          MANUAL_WORK, ManualWorkParts.class,
          DNS_CHECK, DnsCheck.Visibility.class);

  // BPMN errors the model catches.

  /** DNS already gives the name to someone else: back to the applicant. */
  public static final String SUBDOMAIN_NAME_TAKEN = "SUBDOMAIN_NAME_TAKEN";

  /** The signing service refused, or the signed letter failed its check: back to the Kadis. */
  public static final String SIGNING_REFUSED = "SIGNING_REFUSED";

  private SubdomainHostingContract() {}
}
