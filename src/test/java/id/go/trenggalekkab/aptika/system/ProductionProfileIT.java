package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The prod profile: no demo users, a strong admin password from the environment, secure cookies.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileIT {

  private static final String STRONG = "Tr3nggalek-Aptika-2026!";

  @ParameterizedTest(name = "password \"{0}\"")
  @ValueSource(strings = {"", "admin", "ADMIN", "demo", "camunda", "changeme", "Pendek1!"})
  void refusesToStartWithAMissingOrWeakAdminPassword(String password, CapturedOutput output) {
    assertThatThrownBy(() -> start("--APTIKA_ADMIN_PASSWORD=" + password))
        .hasMessageContaining("APTIKA_ADMIN_PASSWORD");
    assertThat(output)
        .contains(
            "APPLICATION FAILED TO START",
            "Setelan APTIKA_ADMIN_PASSWORD (aptika.admin.password) tidak aman");
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

  private static ConfigurableApplicationContext start(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--server.port=0";
    all[1] = "--spring.datasource.url=jdbc:h2:mem:prod-it;DB_CLOSE_DELAY=-1";
    all[2] = "--camunda.bpm.job-execution.enabled=false";
    System.arraycopy(args, 0, all, 3, args.length);
    return new SpringApplicationBuilder(AptikaApplication.class).profiles("prod").run(all);
  }
}
