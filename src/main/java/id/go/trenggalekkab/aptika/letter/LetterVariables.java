package id.go.trenggalekkab.aptika.letter;

import java.util.Map;

/**
 * Process variables of the letter steps (the reply letter of {@code SubdomainHostingProcess}, the
 * activity report of {@code SplpAccountProcess}), part of both processes' contracts. Documents are
 * links to the document store, never files.
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

  /** Whether the Kadis types a passphrase on approval (the BSrE signer needs one). */
  public static final String PASSPHRASE_NEEDED = "signerPassphraseNeeded";

  /** The values of {@link #PASSPHRASE_NEEDED}, which the approval form shows its field by. */
  public enum PassphraseNeeded {
    YA,
    TIDAK
  }

  /**
   * The approval form's passphrase field. It is taken off the task as it completes and never
   * stored: see {@link SignerPassphraseListener}.
   */
  public static final String PASSPHRASE = "signerPassphrase";

  /** Why the signing service refused, shown to the Kadis on the approval task. */
  public static final String SIGNING_PROBLEM = "signingProblem";

  public static final String REPORT_URL = "activityReportUrl";
  public static final String REPORT_NOTES = "activityReportNotes";
  public static final String FORWARD_NOTES = "forwardNotes";

  // Sending by mail, or by hand when no SMTP server is configured.
  public static final String REPLY_MAIL_SUBJECT = "replyLetterMailSubject";
  public static final String REPLY_MAIL_BODY = "replyLetterMailBody";
  public static final String REPORT_MAIL_SUBJECT = "activityReportMailSubject";
  public static final String REPORT_MAIL_BODY = "activityReportMailBody";

  /** Shown on the tasks of sending by hand: why it is by hand. */
  public static final String MAIL_MODE_NOTE = "mailModeNote";

  public static final String SENT_ON = "sentOn";
  public static final String SENT_CHANNEL = "sentChannel";
  public static final String SENT_NOTE = "sentNote";

  /** Each variable a form or the model decides on, with the values it may hold. */
  public static final Map<String, Class<? extends Enum<?>>> DECISIONS =
      Map.of(PASSPHRASE_NEEDED, PassphraseNeeded.class);

  private LetterVariables() {}
}
