package id.go.trenggalekkab.aptika.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Start variables of a request as a clerk's start form sends them, the letter included. */
public final class RequestFixtures {

  /** A small but real one-page PDF: the completeness check reads the content, not the name. */
  public static final byte[] LETTER_PDF = onePagePdf("Surat permohonan");

  private RequestFixtures() {}

  /** What step 5 of another request records when it takes {@code name} in the registry. */
  public static ServiceRegistry.Request anotherRequestTaking(String name) {
    return new ServiceRegistry.Request(
        name,
        name + ".trenggalekkab.go.id",
        "SUBDOMAIN",
        "dinkes",
        "another-request-" + name,
        "005/12/2026",
        "Ani",
        "ani@example.org",
        "081234567890");
  }

  public static Map<String, Object> aSubdomainRequest() {
    Map<String, Object> variables = contactPerson();
    variables.put("subdomainName", "sikesda");
    variables.put("subdomainPurpose", "Sistem informasi kesehatan daerah untuk masyarakat");
    variables.put("serviceType", "SUBDOMAIN");
    variables.put("targetAddress", "103.10.20.30");
    return variables;
  }

  public static Map<String, Object> anSplpAccountRequest() {
    Map<String, Object> variables = contactPerson();
    variables.put(
        "businessProcess",
        "Integrasi data kunjungan puskesmas ke aplikasi SIK provinsi melalui SPLP");
    return variables;
  }

  /** What the Pengguna fills in at step 2 of SOP B: the application's data. */
  public static Map<String, Object> anSplpApplication() {
    Map<String, Object> data = new HashMap<>();
    data.put("applicationName", "sikesda-mobile");
    data.put("applicationDescription", "Aplikasi layanan kesehatan untuk warga");
    data.put("tokenType", "JWT");
    data.put("keyType", "PRODUCTION");
    data.put("throttlingPolicy", "Unlimited");
    data.put("grantTypes", "client_credentials refresh_token");
    data.put("apiSubscriptions", "simalik/1.0\nsatudata/2.0");
    return data;
  }

  /** What the Pengguna writes when starting SOP B. */
  public static Map<String, Object> anSplpApplicationRequest() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        "apiAccessPurpose",
        "Aplikasi SIKESDA mengambil data kependudukan untuk pendaftaran pasien");
    return variables;
  }

  public static FileValue letter(byte[] content) {
    return Variables.fileValue("surat-permohonan.pdf")
        .file(content)
        .mimeType("application/pdf")
        .create();
  }

  /**
   * Siti, the clerk of the Dinas Kesehatan, submits {@link #aSubdomainRequest()} over {@code
   * /engine-rest}; the new request's process instance id.
   */
  public static String aSubdomainRequestOverRest(TestRestTemplate http) {
    return aSubdomainRequestOverRest(http, "start");
  }

  /**
   * The same through the procedure's {@code start} or {@code submit-form} (Tasklist's start form);
   * the new request's process instance id.
   */
  public static String aSubdomainRequestOverRest(TestRestTemplate http, String endpoint) {
    ResponseEntity<JsonNode> started =
        http.withBasicAuth(People.CLERK_DINKES, People.PASSWORD)
            .postForEntity(
                "/engine-rest/process-definition/key/SubdomainHostingProcess/" + endpoint,
                Map.of("variables", asRestVariables(aSubdomainRequest())),
                JsonNode.class);
    assertThat(started.getStatusCode()).as("the request submitted").isEqualTo(HttpStatus.OK);
    return started.getBody().get("id").asText();
  }

  /** The same variables in the shape of the engine REST API. */
  public static Map<String, Object> asRestVariables(Map<String, Object> variables) {
    Map<String, Object> rest = new HashMap<>();
    variables.forEach(
        (name, value) -> {
          if (value instanceof FileValue file) {
            rest.put(
                name,
                Map.of(
                    "value", Base64.getEncoder().encodeToString(contentOf(file)),
                    "type", "File",
                    "valueInfo",
                        Map.of("filename", file.getFilename(), "mimetype", file.getMimeType())));
          } else if (value instanceof Boolean) {
            rest.put(name, Map.of("value", value, "type", "Boolean"));
          } else {
            rest.put(name, Map.of("value", value, "type", "String"));
          }
        });
    return rest;
  }

  /**
   * A small but valid one-page PDF (header, objects, cross-reference table with exact offsets,
   * trailer) showing {@code text}, so that the upload is a real PDF and not just a name.
   */
  public static byte[] onePagePdf(String text) {
    String content = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length()); // ASCII only: characters are bytes
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append('\n');
    pdf.append("0000000000 65535 f \n");
    offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] contentOf(FileValue file) {
    try (var content = file.getValue()) {
      return content.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> contactPerson() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("requestLetterNumber", "400.7/123/406.010/2026");
    variables.put("requestLetterDate", "2026-11-20");
    variables.put("contactName", "Siti Rahmawati");
    variables.put("contactEmail", "siti@trenggalekkab.example");
    variables.put("contactPhone", "081234567890");
    variables.put("requestLetter", letter(LETTER_PDF));
    return variables;
  }
}
