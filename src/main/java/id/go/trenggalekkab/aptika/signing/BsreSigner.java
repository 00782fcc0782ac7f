package id.go.trenggalekkab.aptika.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Signs through the BSrE esign-client appliance: {@code POST /api/sign/pdf} (multipart) with HTTP
 * Basic, the Kadis's NIK and the passphrase typed at approval. The appliance draws the visible
 * signature with a QR code leading to our verification page ({@code linkQR}) over the letter's
 * signature mark.
 *
 * <p>Refusals a person must fix become {@link SigningRefusedException} (back to the Kadis): a wrong
 * passphrase (status_code 2031) and a signer not registered with BSrE. 429, 503 and 504 and
 * connection failures fail this one attempt: the job's retry cycle (R3/PT5M on
 * Task_FinalizeReplyLetter) tries again and in the end raises an incident. No retry waits here,
 * because the signing transaction holds the lock on the letter-number counter while it runs.
 */
class BsreSigner implements LetterSigner {

  private static final Logger LOG = LoggerFactory.getLogger(BsreSigner.class);
  static final int WRONG_PASSPHRASE = 2031;

  private final BsreProperties properties;
  private final X509Certificate certificate;
  private final RestClient http;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param certificate the Kadis's BSrE certificate ({@code aptika.signing.bsre.certificate}): the
   *     appliance must sign with it
   */
  BsreSigner(BsreProperties properties, X509Certificate certificate) {
    this.properties = properties;
    this.certificate = certificate;
    SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
    requests.setConnectTimeout(properties.timeout());
    requests.setReadTimeout(properties.timeout());
    this.http =
        RestClient.builder()
            .baseUrl(properties.url())
            .requestFactory(requests)
            .defaultHeaders(
                headers -> headers.setBasicAuth(properties.username(), properties.password()))
            .build();
  }

  @Override
  public byte[] sign(byte[] pdf, SignatureMark mark, Signing signing, String passphrase) {
    try {
      ResponseEntity<byte[]> response =
          http.post()
              .uri("/api/sign/pdf")
              .contentType(MediaType.MULTIPART_FORM_DATA)
              .body(form(pdf, mark, signing, passphrase))
              .retrieve()
              .toEntity(byte[].class);
      LOG.info(
          "BSrE menandatangani {}: id_dokumen {}",
          signing.reason(),
          response.getHeaders().getFirst("id_dokumen"));
      return response.getBody();
    } catch (RestClientResponseException e) {
      int status = e.getStatusCode().value();
      if (status == 429 || status == 503 || status == 504) {
        throw new IllegalStateException(
            "Layanan BSrE sedang tidak tersedia (HTTP " + status + "); surat belum ditandatangani");
      }
      throw refusal(status, e.getResponseBodyAsString());
    } catch (ResourceAccessException e) {
      throw new IllegalStateException(
          "Layanan BSrE tidak dapat dihubungi di "
              + properties.url()
              + "; surat belum ditandatangani",
          e);
    }
  }

  private MultiValueMap<String, Object> form(
      byte[] pdf, SignatureMark mark, Signing signing, String passphrase) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add(
        "file",
        new ByteArrayResource(pdf) {
          @Override
          public String getFilename() {
            return "surat.pdf";
          }
        });
    form.add("nik", properties.nik());
    form.add("passphrase", passphrase);
    form.add("tampilan", "visible");
    form.add("image", "false");
    form.add("linkQR", signing.verificationUrl());
    form.add("page", Integer.toString(mark.page() + 1));
    form.add("xAxis", Integer.toString(Math.round(mark.x())));
    form.add("yAxis", Integer.toString(Math.round(mark.y())));
    form.add("width", Integer.toString(Math.round(mark.width())));
    form.add("height", Integer.toString(Math.round(mark.height())));
    form.add("reason", signing.reason());
    form.add("location", signing.location());
    return form;
  }

  /** A refusal in BSrE's words, mapped to what the Kadis or an administrator must do. */
  private RuntimeException refusal(int httpStatus, String body) {
    int code = -1;
    String error = body;
    try {
      JsonNode node = json.readTree(body);
      code = node.path("status_code").asInt(-1);
      error = node.path("error").asText(body);
    } catch (IOException notJson) {
      // the message stays as the appliance sent it
    }
    if (code == WRONG_PASSPHRASE) {
      return new SigningRefusedException(
          "Passphrase salah (BSrE " + code + "). Setujui kembali dan ketik passphrase yang benar.");
    }
    String lower = error.toLowerCase(Locale.ROOT);
    if (lower.contains("tidak terdaftar") || lower.contains("not registered")) {
      return new SigningRefusedException(
          "NIK penandatangan "
              + properties.nik()
              + " belum terdaftar sebagai pengguna tanda tangan elektronik BSrE ("
              + error
              + "). Hubungi pengelola sertifikat elektronik; surat belum ditandatangani.");
    }
    return new IllegalStateException(
        "BSrE menolak penandatanganan (HTTP " + httpStatus + ", " + code + "): " + error);
  }

  @Override
  public X509Certificate certificate() {
    return certificate;
  }

  @Override
  public boolean needsPassphrase() {
    return true;
  }

  @Override
  public String method() {
    return "BSRE";
  }
}
