package id.go.trenggalekkab.aptika.signing;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The BSrE esign-client adapter against WireMock, on the contract in docs/letters.md. */
class BsreSignerTest {

  @RegisterExtension
  static WireMockExtension bsre =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String NIK = "3503012345678901";
  static final String PASSPHRASE = "Rahasia-Kadis-4402";
  static final byte[] LETTER =
      "%PDF-1.7 surat yang akan ditandatangani".getBytes(StandardCharsets.US_ASCII);
  static final byte[] SIGNED =
      "%PDF-1.7 surat bertanda tangan BSrE".getBytes(StandardCharsets.US_ASCII);
  static final SignatureMark MARK = new SignatureMark(0, 297.6f, 120.4f, 240f, 73.7f);
  static final LetterSigner.Signing SIGNING =
      new LetterSigner.Signing(
          "BUDI SANTOSO, S.Kom., M.M.",
          "Surat balasan nomor 060/ 001 /406.020/2026",
          "Trenggalek",
          "https://layanan.kominfo.trenggalekkab.go.id/verifikasi/abc");

  BsreSigner signer;

  @BeforeEach
  void signer() {
    signer =
        new BsreSigner(
            new BsreProperties(
                bsre.baseUrl(), "aptika", "rahasia-esign", NIK, null, Duration.ofSeconds(5)),
            null);
  }

  @Test
  void aSignedLetterComesBackWithItsDocumentId() {
    bsre.stubFor(
        post(urlEqualTo("/api/sign/pdf"))
            .withBasicAuth("aptika", "rahasia-esign")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/pdf")
                    .withHeader("id_dokumen", "d0c-7781")
                    .withBody(SIGNED)));

    assertThat(signer.sign(LETTER, MARK, SIGNING, PASSPHRASE)).isEqualTo(SIGNED);
  }

  @Test
  void sendsExactlyTheMultipartFieldsOfTheContract() {
    bsre.stubFor(post(urlEqualTo("/api/sign/pdf")).willReturn(aResponse().withBody(SIGNED)));

    signer.sign(LETTER, MARK, SIGNING, PASSPHRASE);

    bsre.verify(
        postRequestedFor(urlEqualTo("/api/sign/pdf"))
            .withHeader(
                "Authorization",
                equalTo(
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                "aptika:rahasia-esign".getBytes(StandardCharsets.UTF_8))))
            .withHeader(
                "Content-Type",
                com.github.tomakehurst.wiremock.client.WireMock.containing("multipart/form-data"))
            .withRequestBodyPart(
                aMultipart().withName("file").withBody(binaryEqualTo(LETTER)).build()));
    Request sent = bsre.getAllServeEvents().get(0).getRequest();
    Map<String, String> fields = new TreeMap<>();
    for (Request.Part part : sent.getParts()) {
      if (!part.getName().equals("file")) {
        fields.put(part.getName(), part.getBody().asString());
      }
    }
    assertThat(sent.getPart("file").getHeader("Content-Disposition").firstValue())
        .contains("filename=\"surat.pdf\"");
    assertThat(fields)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("nik", NIK),
                Map.entry("passphrase", PASSPHRASE),
                Map.entry("tampilan", "visible"),
                Map.entry("image", "false"),
                Map.entry("linkQR", "https://layanan.kominfo.trenggalekkab.go.id/verifikasi/abc"),
                Map.entry("page", "1"),
                Map.entry("xAxis", "298"),
                Map.entry("yAxis", "120"),
                Map.entry("width", "240"),
                Map.entry("height", "74"),
                Map.entry("reason", "Surat balasan nomor 060/ 001 /406.020/2026"),
                Map.entry("location", "Trenggalek")));
  }

  @Test
  void aWrongPassphraseIsRefusedWithAMessageForTheKadis() {
    bsre.stubFor(
        post(urlEqualTo("/api/sign/pdf"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"Passphrase anda salah\",\"status_code\":2031}")));

    assertThatThrownBy(() -> signer.sign(LETTER, MARK, SIGNING, "salah"))
        .isInstanceOf(SigningRefusedException.class)
        .hasMessage(
            "Passphrase salah (BSrE 2031). Setujui kembali dan ketik passphrase yang benar.");
    assertThat(bsre.getAllServeEvents()).hasSize(1);
  }

  @Test
  void anUnregisteredSignerGetsAClearMessage() {
    bsre.stubFor(
        post(urlEqualTo("/api/sign/pdf"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"User tidak terdaftar\",\"status_code\":1111}")));

    assertThatThrownBy(() -> signer.sign(LETTER, MARK, SIGNING, PASSPHRASE))
        .isInstanceOf(SigningRefusedException.class)
        .hasMessageContaining("NIK penandatangan " + NIK + " belum terdaftar")
        .hasMessageContaining("User tidak terdaftar")
        .hasMessageNotContaining(PASSPHRASE);
  }

  @Test
  void anOutageFailsThisJobExecutionAndTheEngineRetrySigns() {
    bsre.stubFor(
        post(urlEqualTo("/api/sign/pdf"))
            .inScenario("gangguan")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("pulih"));
    bsre.stubFor(
        post(urlEqualTo("/api/sign/pdf"))
            .inScenario("gangguan")
            .whenScenarioStateIs("pulih")
            .willReturn(aResponse().withHeader("id_dokumen", "d0c-7782").withBody(SIGNED)));

    // first job execution: one call, no waiting, a failure the engine retries
    assertThatThrownBy(() -> signer.sign(LETTER, MARK, SIGNING, PASSPHRASE))
        .isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(SigningRefusedException.class)
        .hasMessage("Layanan BSrE sedang tidak tersedia (HTTP 503); surat belum ditandatangani");
    assertThat(bsre.getAllServeEvents()).hasSize(1);

    // the engine's retry (failedJobRetryTimeCycle R3/PT5M)
    assertThat(signer.sign(LETTER, MARK, SIGNING, PASSPHRASE)).isEqualTo(SIGNED);
    assertThat(bsre.getAllServeEvents()).hasSize(2);
  }

  @Test
  void eachExecutionOfALastingOutageCallsOnceAndFailsTheJob() {
    bsre.stubFor(post(urlEqualTo("/api/sign/pdf")).willReturn(aResponse().withStatus(429)));

    for (int execution = 1; execution <= 3; execution++) {
      assertThatThrownBy(() -> signer.sign(LETTER, MARK, SIGNING, PASSPHRASE))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("HTTP 429");
      assertThat(bsre.getAllServeEvents()).hasSize(execution);
    }
  }

  @Test
  void anApplianceThatCannotBeReachedNamesItsAddressAndNotThePassphrase() {
    BsreSigner unreachable =
        new BsreSigner(
            new BsreProperties(
                "http://127.0.0.1:9", "aptika", "rahasia-esign", NIK, null, Duration.ofSeconds(2)),
            null);

    assertThatThrownBy(() -> unreachable.sign(LETTER, MARK, SIGNING, PASSPHRASE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Layanan BSrE tidak dapat dihubungi di http://127.0.0.1:9; surat belum ditandatangani")
        .hasMessageNotContaining("rahasia-esign");
  }

  @Test
  void aRefusedServiceAccountIsATechnicalFailureNotTheKadis() {
    bsre.stubFor(post(urlEqualTo("/api/sign/pdf")).willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> signer.sign(LETTER, MARK, SIGNING, PASSPHRASE))
        .isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(SigningRefusedException.class)
        .hasMessageContaining("HTTP 401");
  }
}
