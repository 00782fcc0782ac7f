package id.go.trenggalekkab.aptika.splp;

import id.go.trenggalekkab.aptika.splp.SplpAccountContract.SplpResolution;
import java.util.Map;

/**
 * The variables and decision values of {@code SplpApplicationProcess} (SOP 060/029 B). It shares
 * the SPLP portal's user name, address and the handling of its refusal with {@link
 * SplpAccountContract}, named here again so that this class is the whole contract. Forms and the
 * model name these values as literals: {@code ProcessContractTest} holds them to this class.
 */
public final class SplpApplicationContract {

  // The application the Pengguna asks for (steps 1 and 2).
  public static final String API_ACCESS_PURPOSE = "apiAccessPurpose";
  public static final String APPLICATION_NAME = "applicationName";
  public static final String APPLICATION_DESCRIPTION = "applicationDescription";
  public static final String TOKEN_TYPE = "tokenType";
  public static final String KEY_TYPE = "keyType";
  public static final String THROTTLING_POLICY = "throttlingPolicy";
  public static final String GRANT_TYPES = "grantTypes";
  public static final String CALLBACK_URL = "callbackUrl";

  /** One API per line, {@code name/version}. */
  public static final String API_SUBSCRIPTIONS = "apiSubscriptions";

  // What step 3 created, by the system.
  public static final String SPLP_APPLICATION_ID = "splpApplicationId";
  public static final String CONSUMER_KEY = "consumerKey";

  /** The vault entry of the keys, read once by the Pengguna. */
  public static final String CREDENTIALS_ID = "credentialsId";

  public static final String CREDENTIALS_SAVED = "credentialsSaved";

  // What step 3 created, by the Pengguna himself in manual mode.
  public static final String SPLP_APPLICATION_CREATED = "splpApplicationCreated";
  public static final String KEYS_STORED_BY_PENGGUNA = "keysStoredByPengguna";

  // Shared with the account process.
  public static final String SPLP_USER_NAME = SplpAccountContract.SPLP_USER_NAME;
  public static final String SPLP_PORTAL_URL = SplpAccountContract.SPLP_PORTAL_URL;
  public static final String SPLP_REJECTION = SplpAccountContract.SPLP_REJECTION;

  /** The answer to "Kirim ulang atau aplikasi sudah dibuat sendiri?". */
  public static final String SPLP_RESOLUTION = SplpAccountContract.SPLP_RESOLUTION;

  public static final String SPLP_RESOLUTION_NOTE = SplpAccountContract.SPLP_RESOLUTION_NOTE;
  public static final String SPLP_REJECTED = SplpAccountContract.SPLP_REJECTED;

  /** Each variable the model routes on, with the values it may hold. */
  public static final Map<String, Class<? extends Enum<?>>> DECISIONS =
      Map.of(SPLP_RESOLUTION, SplpResolution.class);

  private SplpApplicationContract() {}
}
