package id.go.trenggalekkab.aptika.splp;

import java.util.Map;

/**
 * The variables and decision values of {@code SplpAccountProcess} (SOP 060/029 A) that are its own;
 * the request's are {@code request.RequestVariables}, the activity report's {@code
 * letter.LetterVariables}. The SPLP portal's user name, address and the handling of its refusal are
 * shared with {@link SplpApplicationContract}. Forms and the model name these values as literals:
 * {@code ProcessContractTest} holds them to this class.
 */
public final class SplpAccountContract {

  /** The account's user name without the tenant: from the contact's e-mail, or as corrected. */
  public static final String SPLP_USER_NAME = "splpUserName";

  /** The account as the portal names it, with its tenant. */
  public static final String SPLP_ACCOUNT = "splpAccount";

  /** How the account came about, for the activity report. */
  public static final String SPLP_ACCOUNT_REGISTRATION = "splpAccountRegistration";

  // What the Pelaksana needs to register the account by hand.
  public static final String SPLP_PORTAL_URL = "splpPortalUrl";
  public static final String SPLP_TENANT = "splpTenant";
  public static final String SPLP_ROLE = "splpRole";

  /** What the Pelaksana reports after registering by hand: one of {@link SplpAccountOutcome}. */
  public static final String SPLP_ACCOUNT_OUTCOME = "splpAccountOutcome";

  public enum SplpAccountOutcome {
    CREATED,
    REFUSED
  }

  /** The portal's answer as the Pelaksana copied it when it refused. */
  public static final String SPLP_PORTAL_REFUSAL = "splpPortalRefusal";

  // The portal's refusal and what the person who resolves it decides.

  /** The portal's reason, in Bahasa Indonesia, shown to the person who resolves the refusal. */
  public static final String SPLP_REJECTION = "splpRejection";

  /** The answer to "Daftarkan ulang atau akun sudah dibuat manual?": a {@link SplpResolution}. */
  public static final String SPLP_RESOLUTION = "splpResolution";

  public enum SplpResolution {
    /** Correct the data and send it to the portal again. */
    RETRY,
    /** Done by hand in the portal. */
    MANUAL
  }

  public static final String SPLP_RESOLUTION_NOTE = "splpResolutionNote";

  /** The BPMN error of a refusal by the portal, caught on the calling task. */
  public static final String SPLP_REJECTED = "SPLP_REJECTED";

  /** Each variable the model routes on, with the values it may hold. */
  public static final Map<String, Class<? extends Enum<?>>> DECISIONS =
      Map.of(
          SPLP_ACCOUNT_OUTCOME, SplpAccountOutcome.class,
          SPLP_RESOLUTION, SplpResolution.class);

  private SplpAccountContract() {}
}
