package id.go.trenggalekkab.aptika.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CamundaFormRulesTest {

  static Stream<Path> forms() throws Exception {
    return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
  }

  /** A form whose conditions the server cannot evaluate would escape the server's check. */
  @ParameterizedTest
  @MethodSource("forms")
  void theServerUnderstandsEveryFormInTheProject(Path form) throws Exception {
    try (InputStream in = Files.newInputStream(form)) {
      CamundaFormRules rules = CamundaFormRules.read(in);
      assertThat(rules.formId()).startsWith("Form_");
    }
  }

  @Test
  void aRequiredDispositionMustBeWritten() throws Exception {
    CamundaFormRules rules = read("forms/subdomain-dispose-by-kadis.form");
    assertThat(rules.check(Map.of())).singleElement().asString().endsWith("wajib diisi.");
    assertThat(rules.check(Map.of("dispositionKadis", "ok")))
        .singleElement()
        .asString()
        .contains("minimal 3 karakter");
    assertThat(rules.check(Map.of("dispositionKadis", "Mohon diproses."))).isEmpty();
    assertThat(rules.check(Map.of("dispositionKadis", "     ")))
        .singleElement()
        .asString()
        .endsWith("wajib diisi.");
  }

  @Test
  void notesAreRequiredOnlyWhenTheKabidReturnsTheDraft() throws Exception {
    CamundaFormRules rules = read("forms/raise-draft-to-kadis.form");
    assertThat(rules.check(Map.of("kabidDecision", "RAISE"))).isEmpty();
    assertThat(rules.check(Map.of("kabidDecision", "RETURN"))).hasSize(1);
    assertThat(rules.check(Map.of("kabidDecision", "RETURN", "kabidNotes", "Perbaiki."))).isEmpty();
  }

  @Test
  void aChoiceTheFormDoesNotOfferIsRefused() throws Exception {
    CamundaFormRules rules = read("forms/approve-reply-letter.form");
    assertThat(rules.check(Map.of("kadisDecision", "MUNGKIN")))
        .singleElement()
        .asString()
        .contains("pilihan 'MUNGKIN' tidak dikenal");
  }

  @Test
  void patternsAreCheckedLikeFormJsDoes() throws Exception {
    CamundaFormRules rules = read("forms/fill-application-data.form");
    Map<String, Object> values = applicationData("authorization_code refresh_token");
    assertThat(rules.check(values)).singleElement().asString().contains("wajib diisi");
    values.put("callbackUrl", "bukan-url");
    assertThat(rules.check(values)).singleElement().asString().contains("tidak sesuai format");
    values.put("callbackUrl", "https://sikesda.trenggalekkab.go.id/callback");
    assertThat(rules.check(values)).isEmpty();
  }

  @Test
  void aFieldHiddenByEitherOfTwoConditionsIsCheckedOnlyWhenBothLetItShow() throws Exception {
    CamundaFormRules rules = read("forms/resolve-splp-application-rejection.form");
    Map<String, Object> values = applicationData("client_credentials");
    values.put("splpResolution", "RETRY");
    assertThat(rules.check(values)).isEmpty();
    values.put("grantTypes", "authorization_code refresh_token");
    assertThat(rules.check(values)).singleElement().asString().contains("URL callback");
    assertThat(rules.check(Map.of("splpResolution", "MANUAL")))
        .singleElement()
        .asString()
        .contains("Catatan");
    assertThat(rules.check(Map.of("splpResolution", "MANUAL", "splpResolutionNote", "Sudah.")))
        .isEmpty();
  }

  @Test
  void aConditionIsEvaluatedOnlyForAFieldThatBreaksARule() {
    AtomicInteger evaluated = new AtomicInteger();
    CamundaFormRules rules =
        new CamundaFormRules(
            "Form_Uji",
            List.of(
                new CamundaFormRules.Field(
                    "catatan",
                    "textfield",
                    "Catatan",
                    true,
                    null,
                    null,
                    5,
                    null,
                    null,
                    List.of(),
                    values -> evaluated.incrementAndGet() > 1)));

    assertThat(rules.check(Map.of("catatan", "Ya."))).isEmpty();
    assertThat(evaluated).hasValue(0);
    assertThat(rules.check(Map.of("catatan", "Terlalu panjang")))
        .containsExactly("Catatan maksimal 5 karakter.");
    assertThat(rules.check(Map.of())).as("hidden now").isEmpty();
    assertThat(evaluated).hasValue(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=b = ", "=(b = \"x\"", "b = \"x\""})
  void aConditionThatIsNotAFeelExpressionIsRefusedWhenTheFormIsRead(String hide) {
    assertThatThrownBy(() -> formHiding(hide)).hasMessageContaining("cannot evaluate");
  }

  /** form-js hides a field when its FEEL condition yields true, and only then. */
  @ParameterizedTest(name = "{0} with b={1}, c={2}: hidden {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          =count(split(b, ",")) > 2                      | x,y,z |      | true
          =count(split(b, ",")) > 2                      | x,y   |      | false
          =(b = null or b = "") and (c = null or c = "") |       |      | true
          =(b = null or b = "") and (c = null or c = "") |       | z    | false
          =b != "SHOW" and c != "SHOW"                   | x     | y    | true
          =b != "SHOW" and c != "SHOW"                   | x     | SHOW | false
          =not(b = "SHOW" or c = "SHOW")                 | SHOW  |      | false
          =b = null                                      |       |      | true
          =b = null                                      | x     |      | false
          """)
  void anyFeelConditionIsEvaluatedAsFormJsDoes(String hide, String b, String c, boolean hidden)
      throws Exception {
    Map<String, Object> values = new HashMap<>();
    Optional.ofNullable(b).ifPresent(value -> values.put("b", value));
    Optional.ofNullable(c).ifPresent(value -> values.put("c", value));
    List<String> problems = formHiding(hide).check(values);
    if (hidden) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).containsExactly("A wajib diisi.");
    }
  }

  private static CamundaFormRules formHiding(String hide) throws Exception {
    String form =
        """
        {"id": "Form_X", "components": [{"key": "a", "type": "textfield", "label": "A",
          "validate": {"required": true}, "conditional": {"hide": %s}}]}"""
            .formatted(new ObjectMapper().writeValueAsString(hide));
    return CamundaFormRules.read(new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)));
  }

  /** An SPLP application's data as the Pengguna fills it in, with the given grant types. */
  private static Map<String, Object> applicationData(String grantTypes) {
    return new HashMap<>(
        Map.of(
            "applicationName", "sikesda-mobile",
            "tokenType", "JWT",
            "keyType", "PRODUCTION",
            "throttlingPolicy", "Unlimited",
            "grantTypes", grantTypes));
  }

  private static CamundaFormRules read(String path) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      return CamundaFormRules.read(in);
    }
  }
}
