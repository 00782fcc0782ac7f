package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaApplication;
import id.go.trenggalekkab.aptika.signing.SigningKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The prod profile: no demo users, a strong admin password from the environment, secure cookies,
 * and letters signed by the real Kadis with a real certificate.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileIT {

  private static final String STRONG = "Tr3nggalek-Aptika-2026!";
  private static final String KEYSTORE_PASSWORD = "Kunci-Penandatangan-2026";

  @TempDir static Path signing;

  @ParameterizedTest(name = "password \"{0}\"")
  @ValueSource(
      strings = {
        "",
        "admin",
        "ADMIN",
        "demo",
        "camunda",
        "changeme",
        "Pendek1!",
        "123456789012",
        "aaaaaaaaaaaa",
        "Aptika2026!Trenggalek"
      })
  void refusesToStartWithAMissingOrWeakAdminPassword(String password, CapturedOutput output) {
    assertThatThrownBy(() -> start("--APTIKA_ADMIN_PASSWORD=" + password))
        .hasMessageContaining("APTIKA_ADMIN_PASSWORD");
    assertThat(output)
        .contains(
            "APPLICATION FAILED TO START",
            "Setelan APTIKA_ADMIN_PASSWORD (aptika.admin.password) tidak aman");
  }

  @Test
  void namesTheStrengthItMissesWithoutShowingThePassword(CapturedOutput output) {
    assertThatThrownBy(() -> start("--APTIKA_ADMIN_PASSWORD=123456789012"))
        .hasMessageContaining("terlalu mudah ditebak (skor kekuatan 1 dari 4");
    assertThat(output).contains("frasa sandi").doesNotContain("123456789012");
  }

  @ParameterizedTest(name = "profile {0}")
  @ValueSource(strings = {"default", "prod"})
  void aMalformedVaultKeyStopsStartUpAtOnceInAnyProfile(String profile, CapturedOutput output) {
    String malformed = "kunci-rahasia-yang-salah-bentuk";
    String[] args = {"--APTIKA_ADMIN_PASSWORD=" + STRONG, "--APTIKA_SECRETS_KEY=" + malformed};
    assertThatThrownBy(
            () -> {
              if ("prod".equals(profile)) {
                start(args);
              } else {
                new SpringApplicationBuilder(AptikaApplication.class).run(args);
              }
            })
        .isInstanceOf(UnsafeConfigurationException.class)
        .hasMessageContaining("APTIKA_SECRETS_KEY");
    assertThat(output)
        .contains(
            "APPLICATION FAILED TO START",
            "Setelan APTIKA_SECRETS_KEY (aptika.secrets.key) tidak aman: bukan base64.",
            "openssl rand -base64 32")
        .doesNotContain(malformed)
        // nothing started before the check: no engine, no web server, no bean failing later
        .doesNotContain("Tomcat initialized", "ProcessEngine", "Error creating bean");
  }

  @Test
  void refusesToStartWithoutTheVariable(CapturedOutput output) {
    assertThatThrownBy(ProductionProfileIT::start).hasMessageContaining("tidak diisi");
    assertThat(output).contains("Isi variabel lingkungan APTIKA_ADMIN_PASSWORD");
  }

  @Test
  void refusesDemoDataInProduction(CapturedOutput output) {
    assertThatThrownBy(
            () -> start("--APTIKA_ADMIN_PASSWORD=" + STRONG, "--aptika.demo.enabled=true"))
        .hasMessageContaining("aptika.demo.enabled");
  }

  @Test
  void startsWithAStrongPasswordSeedsNoDemoUserAndSendsSecureCookies() throws Exception {
    try (ConfigurableApplicationContext app = start("--APTIKA_ADMIN_PASSWORD=" + STRONG)) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
      assertThat(identity.checkPassword("admin", STRONG)).isTrue();

      String port = app.getBean(Environment.class).getProperty("local.server.port");
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      List<String> cookies = page.headers().allValues("Set-Cookie");
      assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
      assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="));
    }
  }

  @Test
  void refusesToStartWithoutAVaultKey(CapturedOutput output) {
    assertThatThrownBy(() -> start("--APTIKA_ADMIN_PASSWORD=" + STRONG, "--APTIKA_SECRETS_KEY="))
        .hasMessageContaining("APTIKA_SECRETS_KEY");
    assertThat(output).contains("openssl rand -base64 32");
  }

  @Test
  void refusesAnSplpModeThatDoesNotExist(CapturedOutput output) {
    assertThatThrownBy(
            () -> start("--APTIKA_ADMIN_PASSWORD=" + STRONG, "--aptika.splp.mode=simulator"))
        .hasMessageContaining("aptika.splp.mode");
    assertThat(output).contains("hanya 'manual'", "atau 'wso2'");
  }

  @Test
  void refusesARealPortalWithoutItsAddress(CapturedOutput output) {
    assertThatThrownBy(
            () -> start("--APTIKA_ADMIN_PASSWORD=" + STRONG, "--aptika.splp.portal.base-url="))
        .hasStackTraceContaining("aptika.splp.portal.base-url wajib diisi");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "--aptika.letter.signer.nama=BUDI SANTOSO, S.Kom., M.M.",
        "--aptika.letter.signer.nip=197001011995031001"
      })
  void refusesTheDemoSignatory(String demo, CapturedOutput output) {
    assertThatThrownBy(() -> start("--APTIKA_ADMIN_PASSWORD=" + STRONG, demo))
        .hasMessageContaining("penanda tangan surat masih Kadis demo");
    assertThat(output).contains("APPLICATION FAILED TO START", "Isi APTIKA_LETTER_SIGNER_NAMA");
  }

  @Test
  void refusesTheDevelopmentKeyStorePassword(CapturedOutput output) {
    Path keyStore =
        SigningKeys.keyStore(signing.resolve("sandi-bawaan.p12"), "KADIS", "pengembangan");

    assertThatThrownBy(
            () ->
                start(
                    "--APTIKA_ADMIN_PASSWORD=" + STRONG,
                    "--aptika.signing.local.keystore=" + keyStore,
                    "--aptika.signing.local.password=pengembangan"))
        .hasMessageContaining("APTIKA_SIGNING_LOCAL_PASSWORD");
    assertThat(output).contains("kata sandi bawaan sertifikat pengembangan");
  }

  @Test
  void refusesAMissingKeyStoreAndCreatesNoDevelopmentCertificate(CapturedOutput output) {
    Path missing = signing.resolve("belum-ada/penandatangan.p12");

    assertThatThrownBy(
            () ->
                start(
                    "--APTIKA_ADMIN_PASSWORD=" + STRONG,
                    "--aptika.signing.local.keystore=" + missing))
        .hasMessageContaining("APTIKA_SIGNING_LOCAL_KEYSTORE")
        .hasMessageContaining("akan membuat SERTIFIKAT PENGEMBANGAN");
    assertThat(missing).doesNotExist();
    assertThat(output).contains("APTIKA_SIGNING_METHOD=bsre");
  }

  @Test
  void refusesAKeyStoreHoldingTheDevelopmentCertificate() {
    Path development =
        SigningKeys.developmentKeyStore(signing.resolve("pengembangan.p12"), KEYSTORE_PASSWORD);

    assertThatThrownBy(
            () ->
                start(
                    "--APTIKA_ADMIN_PASSWORD=" + STRONG,
                    "--aptika.signing.local.keystore=" + development))
        .hasMessageContaining("APTIKA_SIGNING_LOCAL_KEYSTORE")
        .hasMessageContaining("berisi SERTIFIKAT PENGEMBANGAN - BUKAN BSrE");
  }

  @Test
  void refusesBsreWithoutTheKadissCertificate() {
    assertThatThrownBy(
            () ->
                start(
                    "--APTIKA_ADMIN_PASSWORD=" + STRONG,
                    "--aptika.signing.method=bsre",
                    "--aptika.signing.bsre.url=https://esign.invalid"))
        .hasStackTraceContaining(
            "aptika.signing.bsre.certificate (APTIKA_SIGNING_BSRE_CERTIFICATE) wajib diisi");
  }

  /**
   * Starts the prod profile with a vault key, a (never called) real portal and a real signer (a key
   * store of its own, not the development certificate, and not the demo Kadis), unless an argument
   * sets them otherwise.
   */
  private static ConfigurableApplicationContext start(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    Map.ofEntries(
            Map.entry("server.port", "0"),
            Map.entry("spring.datasource.url", "jdbc:h2:mem:prod-it;DB_CLOSE_DELAY=-1"),
            Map.entry("camunda.bpm.job-execution.enabled", "false"),
            Map.entry("APTIKA_SECRETS_KEY", "q83vEjxX0vD5m1qQ8e2rHkO4k1bS4c8Cq2n2u3p4r5s="),
            Map.entry("aptika.splp.mode", "wso2"),
            Map.entry("aptika.splp.portal.base-url", "https://splp.invalid"),
            Map.entry("aptika.splp.portal.username", "layanan-aptika@trenggalekkab.go.id"),
            Map.entry("aptika.splp.portal.password", "not-used-by-this-test"),
            Map.entry("aptika.letter.signer.nama", "Dr. ANDI WIJAYA, S.T., M.Kom."),
            Map.entry("aptika.letter.signer.nip", "19750505 200003 1 002"),
            Map.entry("aptika.signing.local.keystore", kadisKeyStore().toString()),
            Map.entry("aptika.signing.local.password", KEYSTORE_PASSWORD))
        .forEach(
            (name, value) -> {
              if (all.stream().noneMatch(arg -> arg.startsWith("--" + name + "="))) {
                all.add("--" + name + "=" + value);
              }
            });
    return new SpringApplicationBuilder(AptikaApplication.class)
        .profiles("prod")
        .run(all.toArray(String[]::new));
  }

  private static Path kadisKeyStore() {
    Path file = signing.resolve("kadis.p12");
    return Files.exists(file)
        ? file
        : SigningKeys.keyStore(file, "Dr. ANDI WIJAYA, S.T., M.Kom.", KEYSTORE_PASSWORD);
  }
}
