package id.go.trenggalekkab.aptika.provisioning;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The work of step 5 that a person does by hand when DNS or hosting is not integrated: the
 * variables of the Pelaksana's task "Membuat layanan sub domain secara manual" (form {@code
 * create-subdomain-manually.form}). The system writes the instructions; the Pelaksana writes only
 * the confirmation fields.
 */
final class ManualWork {

  /** Which part is by hand: {@link #DNS}, {@link #HOSTING} or {@link #DNS_AND_HOSTING}. */
  static final String PARTS = "manualWork";

  static final String DNS = "DNS";
  static final String HOSTING = "HOSTING";
  static final String DNS_AND_HOSTING = "DNS_HOSTING";

  // Instructions, written by the system.
  static final String MODE_NOTE = "integrationModeNote";
  static final String RECORD_NAME = "dnsRecordName";
  static final String RECORD_TYPE = "dnsRecordType";
  static final String RECORD_TARGET = "dnsRecordTarget";
  static final String RECORD_TTL = "dnsRecordTtl";
  static final String VHOST_SERVER_NAME = "vhostServerName";
  static final String VHOST_DOCUMENT_ROOT = "vhostDocumentRoot";
  static final String CHECK = "dnsCheck";
  static final String CHECK_RESULT = "dnsCheckResult";

  // Confirmation, written by the Pelaksana (the listener adds who and when).
  static final String RECORD_CREATED = "dnsRecordCreated";
  static final String CONFIRMED_TARGET = "dnsConfirmedTarget";
  static final String VHOST_CREATED = "vhostCreated";
  static final String CONFIRMED_DOCUMENT_ROOT = "vhostConfirmedDocumentRoot";
  static final String NOTES = "manualNotes";
  static final String CONFIRMED_BY = "manualConfirmedBy";
  static final String CONFIRMED_AT = "manualConfirmedAt";

  private ManualWork() {}

  static boolean dnsByHand(VariableScope scope) {
    return !HOSTING.equals(scope.getVariable(PARTS));
  }

  static boolean hostingByHand(VariableScope scope) {
    return !DNS.equals(scope.getVariable(PARTS));
  }

  static String parts(boolean dns, boolean hosting) {
    return dns && hosting ? DNS_AND_HOSTING : dns ? DNS : HOSTING;
  }
}
