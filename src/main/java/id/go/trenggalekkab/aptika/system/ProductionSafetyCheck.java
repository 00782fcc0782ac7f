package id.go.trenggalekkab.aptika.system;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses a production start that an attacker could walk into, or that would pretend: an
 * administrator password that is missing, equal to the user id or a well-known default, demo users
 * switched back on, no key for the credential vault, or the SPLP portal simulator.
 *
 * <p>It runs before any bean exists, so that nothing (the engine creating the admin user, say)
 * happens with an unsafe setting.
 */
class ProductionSafetyCheck implements EnvironmentPostProcessor, Ordered {

  static final String PASSWORD_SETTING = "APTIKA_ADMIN_PASSWORD (aptika.admin.password)";
  static final int MINIMUM_LENGTH = 12;

  private static final Set<String> KNOWN_DEFAULTS =
      Set.of(
          "demo",
          "admin",
          "administrator",
          "camunda",
          "password",
          "passw0rd",
          "changeme",
          "change-me",
          "secret",
          "rahasia",
          "123456",
          "12345678",
          "123456789",
          "1234567890",
          "qwerty",
          "letmein",
          "welcome",
          "default",
          "aptika",
          "kominfo",
          "trenggalek",
          "password123",
          "admin123",
          "demo1234");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    String userId = env.getProperty("aptika.admin.id", "admin");
    String password = env.getProperty("aptika.admin.password", "");
    String action =
        "Isi variabel lingkungan APTIKA_ADMIN_PASSWORD dengan kata sandi yang kuat: minimal "
            + MINIMUM_LENGTH
            + " karakter, bukan ID pengguna dan bukan kata sandi bawaan.";
    if (password.isBlank()) {
      throw new UnsafeConfigurationException(PASSWORD_SETTING, "tidak diisi.", action);
    }
    if (password.equalsIgnoreCase(userId)) {
      throw new UnsafeConfigurationException(
          PASSWORD_SETTING, "sama dengan ID pengguna administrator.", action);
    }
    if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
      throw new UnsafeConfigurationException(
          PASSWORD_SETTING, "memakai kata sandi bawaan yang sudah umum diketahui.", action);
    }
    if (password.length() < MINIMUM_LENGTH) {
      throw new UnsafeConfigurationException(
          PASSWORD_SETTING, "kurang dari " + MINIMUM_LENGTH + " karakter.", action);
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
    if (!"wso2".equals(env.getProperty("aptika.splp.mode", "simulator"))) {
      throw new UnsafeConfigurationException(
          "APTIKA_SPLP_MODE (aptika.splp.mode)",
          "bernilai '"
              + env.getProperty("aptika.splp.mode", "simulator")
              + "': simulator portal SPLP tidak membuat akun dan aplikasi sungguhan.",
          "Isi APTIKA_SPLP_MODE=wso2 beserta APTIKA_SPLP_PORTAL_BASE_URL,"
              + " APTIKA_SPLP_PORTAL_USERNAME dan APTIKA_SPLP_PORTAL_PASSWORD (lihat README).");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
