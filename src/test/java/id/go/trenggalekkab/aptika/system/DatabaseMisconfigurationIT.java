package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A database URL that cannot work ends start-up with a report that names the setting. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseMisconfigurationIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:postgresql://127.0.0.1:1/aptika?user=aptika&password=rahasia-sekali",
        "jdbc:tidakada://127.0.0.1/aptika"
      })
  void startUpEndsWithAMessageNamingTheSetting(String url, CapturedOutput output) {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(AptikaApplication.class)
                    .run("--server.port=0", "--spring.datasource.url=" + url))
        .isNotNull();
    assertThat(output)
        .contains(
            "APPLICATION FAILED TO START",
            "Aplikasi tidak dapat memakai basis data",
            "Setelan: spring.datasource.url (SPRING_DATASOURCE_URL)");
    assertThat(output).doesNotContain("rahasia-sekali");
  }
}
