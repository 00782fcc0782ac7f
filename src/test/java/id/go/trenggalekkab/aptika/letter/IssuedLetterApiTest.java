package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.document.DocumentStore;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The verification page (public) and the list of issued letters (Kominfo staff). */
@AptikaSpringBootTest
class IssuedLetterApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ReplyLetters letters;
  @Autowired DocumentStore documents;
  @Autowired TransactionTemplate transaction;

  String processInstanceId;
  ReplyLetters.Issued issued;
  String verificationPath;

  @BeforeEach
  void issueALetter() {
    processInstanceId = "uji-" + UUID.randomUUID();
    Map<String, Object> variables = new HashMap<>();
    variables.put("unitId", "dinkes");
    variables.put("unitName", "Dinas Kesehatan");
    variables.put("subdomainName", "sikesda");
    variables.put("subdomainFqdn", "sikesda.trenggalekkab.go.id"); // set by step 5
    variables.put("serviceType", "SUBDOMAIN");
    variables.put("targetAddress", "103.10.20.30");
    variables.put(
        "serviceStatement", // set by step 5
        "sub domain sikesda.trenggalekkab.go.id telah dibuat pada server DNS Dinas dan diarahkan"
            + " ke server 103.10.20.30.");
    variables.put("requestLetterNumber", "400.7/123/406.010/2026");
    variables.put("requestLetterDate", "2026-11-20");
    variables.putAll(letters.proposedText(variables));
    issued =
        transaction.execute(
            status ->
                letters.issue(processInstanceId, variables, LocalDate.of(2026, 11, 25), null));
    verificationPath = "/verifikasi/" + letters.entry(processInstanceId).id();
  }

  @Test
  void anyoneSeesThatTheLetterIsIntactAndWhoSignedItWithoutLoggingIn() {
    ResponseEntity<String> page = http.getForEntity(verificationPath, String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody())
        .contains(
            "Tanda tangan elektronik SAH",
            issued.number(),
            "BUDI SANTOSO, S.Kom., M.M.",
            "SERTIFIKAT PENGEMBANGAN, bukan sertifikat BSrE")
        .doesNotContain("sikesda");
  }

  @Test
  void anUploadedCopyWithOneChangedByteIsNeitherOursNorValid() {
    byte[] copy = documents.content(issued.document().id());
    copy[copy.length / 3] ^= 0x01;

    String page = upload(copy);

    assertThat(page)
        .contains(
            "BERBEDA dengan dokumen yang kami terbitkan", "Tanda tangan elektronik TIDAK SAH");
    assertThat(upload(documents.content(issued.document().id())))
        .contains("sama persis dengan dokumen yang kami terbitkan", "Tanda tangan elektronik SAH");
  }

  @Test
  void anUnknownCodeIsSaidToBeUnknown() {
    assertThat(http.getForObject("/verifikasi/tidak-ada", String.class))
        .contains("Dokumen tidak dikenal");
  }

  @Test
  void kominfoStaffListTheIssuedLettersAndApplicantsMayNot() {
    ResponseEntity<JsonNode> list =
        http.withBasicAuth("agus", "demo").getForEntity("/api/letters?limit=500", JsonNode.class);

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode ours = null;
    for (JsonNode letter : list.getBody()) {
      if (processInstanceId.equals(letter.get("processInstanceId").asText())) {
        ours = letter;
      }
    }
    assertThat(ours).isNotNull();
    assertThat(ours.get("letterNumber").asText()).isEqualTo(issued.number());
    assertThat(ours.get("verificationUrl").asText())
        .isEqualTo("https://layanan.kominfo.trenggalekkab.go.id" + verificationPath);
    assertThat(ours.get("signedAt").asText())
        .as("office time with its offset")
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
    assertThat(
            http.withBasicAuth("siti", "demo")
                .getForEntity("/api/letters", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String upload(byte[] pdf) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add(
        "berkas",
        new ByteArrayResource(pdf) {
          @Override
          public String getFilename() {
            return "salinan.pdf";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForObject(verificationPath, new HttpEntity<>(form, headers), String.class);
  }
}
