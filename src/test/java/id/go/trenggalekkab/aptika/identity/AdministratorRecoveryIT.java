package id.go.trenggalekkab.aptika.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * An administrator locked out for good (as the engine's default of 10 failures did: here 3), whose
 * password is no longer known and who was even dropped from the administrators' group, gets in
 * again after one start with {@code APTIKA_ADMIN_RECOVER=true}: no database editing.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdministratorRecoveryIT {

  private static final String LOST = "Sandi-lama-yang-terlupa";
  private static final String NEW = "Sandi-baru-dari-lingkungan";

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void aLockedOutAdministratorLogsInAfterAStartWithTheSwitch(CapturedOutput output)
      throws Exception {
    try (ConfigurableApplicationContext app = start("--APTIKA_ADMIN_PASSWORD=" + LOST)) {
      IdentityService identity = app.getBean(IdentityService.class);
      for (int i = 0; i < 3; i++) {
        assertThat(identity.checkPassword("admin", "tebakan-" + i)).isFalse();
        ClockUtil.offset(
            ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() + 61_000);
      }
      assertThat(identity.checkPassword("admin", LOST)).as("locked for good").isFalse();
      identity.deleteMembership("admin", Role.ADMINISTRATOR.groupId());
    }
    ClockUtil.reset();

    try (ConfigurableApplicationContext app =
        start("--APTIKA_ADMIN_PASSWORD=" + NEW, "--APTIKA_ADMIN_RECOVER=true")) {
      assertThat(output)
          .containsOnlyOnce("APTIKA_ADMIN_RECOVER: akun administrator 'admin' dibuka kuncinya")
          .doesNotContain(NEW);
      assertThat(get(app, "/actuator/metrics", "admin", NEW).statusCode()).isEqualTo(200);
      // (last: a wrong password delays the account's next check by a few seconds)
      assertThat(get(app, "/engine-rest/user/admin/profile", "admin", LOST).statusCode())
          .isEqualTo(401);
      assertThat(
              app.getBean(IdentityService.class)
                  .createUserQuery()
                  .userId("admin")
                  .memberOfGroup(Role.ADMINISTRATOR.groupId())
                  .count())
          .isOne();
    }
  }

  /** The development profile without demo data, on one in-memory database kept between starts. */
  private static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(AptikaApplication.class)
        .run(
            Stream.concat(
                    Stream.of(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:recovery-it;DB_CLOSE_DELAY=-1",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--aptika.demo.enabled=false",
                        "--camunda.bpm.generic-properties.properties.loginMaxAttempts=3"),
                    Stream.of(args))
                .toArray(String[]::new));
  }

  private static HttpResponse<String> get(
      ConfigurableApplicationContext app, String path, String user, String password)
      throws Exception {
    String port = app.getBean(Environment.class).getProperty("local.server.port");
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
