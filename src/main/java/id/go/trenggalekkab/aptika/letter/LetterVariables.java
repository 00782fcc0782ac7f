package id.go.trenggalekkab.aptika.letter;

/**
 * Process variables of the letter steps. Documents are links to the document store, never files.
 */
public final class LetterVariables {

  /** The reply letter's text fields, drafted by the system and edited by the Pelaksana. */
  public static final String SIFAT = "letterSifat";

  public static final String LAMPIRAN = "letterLampiran";
  public static final String HAL = "letterHal";

  /** Paragraphs separated by a blank line. */
  public static final String BODY = "letterBody";

  /** One recipient per line. */
  public static final String TEMBUSAN = "letterTembusan";

  public static final String DRAFT_URL = "replyLetterDraftUrl";
  public static final String NUMBER = "replyLetterNumber";
  public static final String SIGNED_URL = "replyLetterUrl";

  /** The office date (WIB) the reply letter or the activity report was signed or finalized. */
  public static final String SIGNED_ON = "documentSignedOn";

  /**
   * "YA" when the Kadis types a passphrase on approval (the BSrE signer needs one), else "TIDAK".
   */
  public static final String PASSPHRASE_NEEDED = "signerPassphraseNeeded";

  /** Why the signing service refused, shown to the Kadis on the approval task. */
  public static final String SIGNING_PROBLEM = "signingProblem";

  public static final String REPORT_URL = "activityReportUrl";
  public static final String REPORT_NOTES = "activityReportNotes";
  public static final String FORWARD_NOTES = "forwardNotes";

  private LetterVariables() {}
}
