package id.go.trenggalekkab.aptika.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormContractTest {

  static Stream<Path> camundaForms() throws Exception {
    return CamundaFormRulesTest.forms();
  }

  /**
   * form-js submits read-only fields, and the server accepts only editable ones: a read-only field
   * would make Tasklist's own submission fail. Every field type must be one the server can accept.
   */
  @ParameterizedTest
  @MethodSource("camundaForms")
  void everyFormInTheProjectHasAContract(Path form) throws Exception {
    assertThat(Files.readString(form)).doesNotContain("\"readonly\"");
    try (InputStream in = Files.newInputStream(form)) {
      FormContract contract = FormContract.of(CamundaFormRules.read(in));
      assertThat(contract.refusal(Variables.createVariables())).isNull();
    }
  }

  @Test
  void aDisabledFieldIsShownNotOffered() throws Exception {
    FormContract kadis = camundaForm("forms/subdomain-dispose-by-kadis.form");
    assertThat(kadis.refusal(Variables.putValue("dispositionKadis", "Mohon diproses."))).isNull();
    assertThat(kadis.refusal(Variables.putValue("contactEmail", "lain@contoh.example")))
        .isEqualTo(
            "Isian \"contactEmail\" tidak ada pada formulir langkah ini: nilainya ditetapkan oleh"
                + " sistem atau oleh langkah lain dan tidak dapat diubah di sini.");
  }

  @Test
  void everyVariableTheFormDoesNotOfferIsNamed() throws Exception {
    FormContract kadis = camundaForm("forms/subdomain-dispose-by-kadis.form");
    assertThat(
            kadis.refusal(
                Variables.putValue("unitId", "disdik")
                    .putValue("dispositionKadis", "Mohon diproses.")
                    .putValue("systemNotes", "palsu")))
        .startsWith("Isian-isian ")
        .contains("\"unitId\"", "\"systemNotes\"")
        .doesNotContain("dispositionKadis");
  }

  @Test
  void aValueMustHaveTheTypeTheFieldSubmits() throws Exception {
    FormContract kadis = camundaForm("forms/subdomain-dispose-by-kadis.form");
    for (Object foreign : List.of(42, 42L, 4.2, true, new Date(), new byte[] {1}, Map.of("a", 1))) {
      assertThat(kadis.refusal(Variables.putValue("dispositionKadis", foreign)))
          .as(foreign.getClass().getSimpleName())
          .startsWith("Isian \"dispositionKadis\" harus berupa teks; nilai bertipe ");
    }
    assertThat(kadis.refusal(Variables.putValue("dispositionKadis", null))).isNull();
    assertThat(
            kadis.refusal(
                Variables.putValueTyped(
                    "dispositionKadis",
                    Variables.serializedObjectValue("rO0AB")
                        .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                        .create())))
        .endsWith("nilai bertipe Object tidak diterima.");
  }

  @Test
  void anEmbeddedFormOffersItsCamVariablesWithTheirTypes() throws Exception {
    FormContract start =
        FormContract.ofEmbedded(Files.readString(Path.of("forms/subdomain-start.html")));
    assertThat(
            start.refusal(
                Variables.putValue("subdomainName", "sikesda")
                    .putValueTyped(
                        "requestLetter",
                        Variables.fileValue("surat.pdf").file(new byte[] {1}).create())))
        .isNull();
    assertThat(start.refusal(Variables.putValue("requestLetter", "bukan berkas")))
        .contains("harus berupa berkas");
    assertThat(start.refusal(Variables.putValue("unitId", "disdik"))).contains("\"unitId\"");

    FormContract credentials =
        FormContract.ofEmbedded(Files.readString(Path.of("forms/retrieve-splp-credentials.html")));
    assertThat(credentials.refusal(Variables.putValue("credentialsSaved", true))).isNull();
    assertThat(credentials.refusal(Variables.putValue("credentialsSaved", "ya")))
        .contains("ya/tidak");
    assertThat(credentials.refusal(Variables.putValue("credentialsId", "lain")))
        .contains("\"credentialsId\"");
  }

  private static FormContract camundaForm(String path) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      return FormContract.of(CamundaFormRules.read(in));
    }
  }
}
