package id.go.trenggalekkab.aptika.system;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses a production start that an attacker could walk into, or that would pretend: an
 * administrator password that is missing, equal to the user id or easy to guess, demo users
 * switched back on, no key for the credential vault, or an SPLP portal mode that does not exist.
 *
 * <p>It runs before any bean exists, so that nothing (the engine creating the admin user, say)
 * happens with an unsafe setting.
 */
class ProductionSafetyCheck implements EnvironmentPostProcessor, Ordered {

  static final String PASSWORD_SETTING = "APTIKA_ADMIN_PASSWORD (aptika.admin.password)";

  /**
   * zxcvbn's top score, at least 10^10 guesses: the engine stores a password as one salted SHA-512,
   * fast to try offline if the database leaks, so "moderately unguessable" (3) is not enough for
   * the account that may do everything. A passphrase of four random words reaches it.
   */
  static final int MINIMUM_SCORE = 4;

  /** Words an attacker of this office tries first, in the estimate like the user id. */
  private static final List<String> OFFICE_WORDS =
      List.of(
          "aptika",
          "kominfo",
          "diskominfo",
          "trenggalek",
          "trenggalekkab",
          "pemkab",
          "kabupaten",
          "dinas",
          "layanan",
          "camunda",
          "admin",
          "administrator",
          "demo",
          "rahasia",
          "sandi",
          "katasandi");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    String userId = env.getProperty("aptika.admin.id", "admin");
    String password = env.getProperty("aptika.admin.password", "");
    String action =
        "Isi variabel lingkungan APTIKA_ADMIN_PASSWORD dengan kata sandi yang kuat, misalnya"
            + " frasa sandi dari empat kata acak atau keluaran: openssl rand -base64 24.";
    if (password.isBlank()) {
      throw new UnsafeConfigurationException(PASSWORD_SETTING, "tidak diisi.", action);
    }
    if (password.equalsIgnoreCase(userId)) {
      throw new UnsafeConfigurationException(
          PASSWORD_SETTING, "sama dengan ID pengguna administrator.", action);
    }
    List<String> userInputs = new ArrayList<>(OFFICE_WORDS);
    userInputs.add(userId);
    int score = new Zxcvbn().measure(password, userInputs).getScore();
    if (score < MINIMUM_SCORE) {
      throw new UnsafeConfigurationException(
          PASSWORD_SETTING,
          "terlalu mudah ditebak (skor kekuatan "
              + score
              + " dari 4 menurut zxcvbn; minimal "
              + MINIMUM_SCORE
              + ").",
          action);
    }
    if (env.getProperty("aptika.demo.enabled", Boolean.class, false)) {
      throw new UnsafeConfigurationException(
          "APTIKA_DEMO_ENABLED (aptika.demo.enabled)",
          "data demo tidak boleh aktif di produksi.",
          "Hapus APTIKA_DEMO_ENABLED dari lingkungan atau isi dengan false.");
    }
    if (env.getProperty("aptika.secrets.key", "").isBlank()) {
      throw new UnsafeConfigurationException(
          "APTIKA_SECRETS_KEY (aptika.secrets.key)",
          "tidak diisi: kredensial aplikasi SPLP yang belum diambil tidak dapat dibaca lagi"
              + " setelah aplikasi dijalankan ulang.",
          "Buat kunci dengan: openssl rand -base64 32, lalu isi APTIKA_SECRETS_KEY dengannya."
              + " Simpan di luar repositori dan di luar basis data.");
    }
    String splpMode = env.getProperty("aptika.splp.mode", "manual");
    if (!splpMode.equals("manual") && !splpMode.equals("wso2")) {
      throw new UnsafeConfigurationException(
          "APTIKA_SPLP_MODE (aptika.splp.mode)",
          "bernilai '"
              + splpMode
              + "': hanya 'manual' (Pelaksana dan Pengguna bekerja sendiri di portal SPLP) atau"
              + " 'wso2' (sistem memanggil portal SPLP) yang dikenal.",
          "Isi APTIKA_SPLP_MODE=manual, atau APTIKA_SPLP_MODE=wso2 beserta"
              + " APTIKA_SPLP_PORTAL_BASE_URL, APTIKA_SPLP_PORTAL_USERNAME dan"
              + " APTIKA_SPLP_PORTAL_PASSWORD (lihat README).");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
