package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.identity.RequestFixtures.aSubdomainRequest;
import static id.go.trenggalekkab.aptika.identity.RequestFixtures.asRestVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Step 1 through the engine REST API, as any client other than Tasklist would submit it. */
@AptikaSpringBootTest
class RequestIntakeTest {

  static final String START = "/engine-rest/process-definition/key/SubdomainHostingProcess/start";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ServiceRegistry registry;

  @Test
  void badInputIsRefusedNamingEveryFieldAndNothingIsStored() {
    Map<String, Object> variables = aSubdomainRequest();
    variables.put("contactEmail", "bukan-email");
    variables.put("contactPhone", "12345");
    variables.remove("subdomainPurpose");
    Map<String, Integer> before = rows();

    ResponseEntity<JsonNode> refused = start("siti", variables);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains(
            "Alamat e-mail contact person tidak valid",
            "Nomor ponsel contact person tidak valid",
            "Tujuan penggunaan sub domain wajib diisi.");
    assertThat(rows()).as("nothing of the request is left").isEqualTo(before);
  }

  @Test
  void aLetterWithJavaScriptIsRefusedAtSubmissionAndNothingIsStored() {
    Map<String, Object> variables = aSubdomainRequest();
    variables.put(
        "requestLetter",
        RequestFixtures.letter(LetterPdfs.aLetter(LetterPdfs.openAction(LetterPdfs.alert()))));
    Map<String, Integer> before = rows();

    ResponseEntity<JsonNode> refused = start("siti", variables);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .isEqualTo(
            "Permohonan belum dapat dikirim. Surat permohonan (PDF) memuat JavaScript; simpan"
                + " ulang sebagai PDF biasa (misalnya Cetak ke PDF) lalu lampirkan ulang.");
    assertThat(rows()).as("nothing of the request is left").isEqualTo(before);
  }

  /**
   * What step 4 would refuse and a machine can tell is refused at submission, before the Kadis and
   * the Kabid spend a disposition on it: nothing of the request is left behind.
   */
  @ParameterizedTest(name = "{0} = \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "subdomainName | www | Nama sub domain \"www\" dicadangkan",
        "subdomainName | mail | Nama sub domain \"mail\" dicadangkan",
        "subdomainName | NS1 | Nama sub domain \"ns1\" dicadangkan",
        "subdomainName | REGISTERED | sudah terdaftar",
        "targetAddress | 127.0.0.1 | Alamat server tujuan",
        "targetAddress | ::1 | Alamat server tujuan",
        "targetAddress | 169.254.10.10 | Alamat server tujuan",
        "targetAddress | fe80::1 | Alamat server tujuan",
        "requestLetterDate | 2022-12-31 | tidak boleh sebelum 1 Januari 2023",
        "requestLetter | EMPTY | kosong (0 byte)",
        "requestLetter | WORD | bukan berkas PDF",
      })
  void whatStep4WouldRefuseIsRefusedAtSubmission(String field, String value, String message) {
    Map<String, Object> variables = aSubdomainRequest();
    switch (value) {
      case "REGISTERED" -> variables.put(field, registeredName());
      case "EMPTY" -> variables.put(field, RequestFixtures.letter(new byte[0]));
      case "WORD" ->
          variables.put(
              field,
              RequestFixtures.letter(
                  "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.US_ASCII)));
      default -> variables.put(field, value);
    }
    Map<String, Integer> before = rows();

    ResponseEntity<JsonNode> refused = start("siti", variables);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .startsWith("Permohonan belum dapat dikirim. ")
        .contains(message);
    assertThat(rows()).as("nothing of the request is left").isEqualTo(before);
  }

  @Test
  void aValidRequestPassesWithThePhoneWrittenInGroups() {
    Map<String, Object> variables = aSubdomainRequest();
    variables.put("contactPhone", "+62 812-3456-7890");
    variables.put("subdomainName", "layanan" + UUID.randomUUID().toString().substring(0, 8));
    int services = count("apt_service");

    String id = started("siti", variables);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from apt_document where process_instance_id = ?",
                Integer.class,
                id))
        .isOne();
    assertThat(count("apt_service"))
        .as("a name is reserved at step 5, not at submission")
        .isEqualTo(services);
  }

  /**
   * Each field is stored stripped; its history holds what the applicant sent and, only where
   * stripping changed it, the stripped text after it.
   */
  @Test
  void aFieldIsWrittenAgainOnlyWhereStrippingChangedIt() {
    Map<String, Object> variables = aSubdomainRequest();
    variables.put("subdomainName", "rapi" + UUID.randomUUID().toString().substring(0, 8));
    String purpose = variables.get("subdomainPurpose").toString();
    variables.put("subdomainPurpose", "  " + purpose + "\n");

    String id = started("siti", variables);
    assertThat(
            jdbc.queryForList(
                "select text_ from act_hi_detail where proc_inst_id_ = ? and name_ ="
                    + " 'subdomainPurpose' order by sequence_counter_",
                String.class,
                id))
        .containsExactly("  " + purpose + "\n", purpose);
    assertThat(
            jdbc.queryForList(
                "select text_ from act_hi_detail where proc_inst_id_ = ? and name_ ="
                    + " 'contactEmail'",
                String.class,
                id))
        .containsExactly(variables.get("contactEmail").toString());
    assertThat(
            jdbc.queryForObject(
                "select text_ from act_ru_variable where proc_inst_id_ = ? and name_ ="
                    + " 'subdomainPurpose'",
                String.class,
                id))
        .isEqualTo(purpose);
  }

  /** A name that step 5 of an earlier request has reserved in the registry. */
  private String registeredName() {
    String name = "terdaftar" + UUID.randomUUID().toString().substring(0, 8);
    registry.reserve(RequestFixtures.anotherRequestTaking(name));
    return name;
  }

  @Test
  void aSubmissionWithoutTheLetterIsRefused() {
    Map<String, Object> variables = aSubdomainRequest();
    variables.remove("requestLetter");
    ResponseEntity<JsonNode> refused = start("siti", variables);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("Surat permohonan (PDF) belum dilampirkan.");
  }

  @Test
  void theLetterIsStoredOnceAndNeverEntersVariablesOrHistory() {
    String id = started("siti", aSubdomainRequest());

    assertThat(
            jdbc.queryForObject(
                "select count(*) from apt_document where process_instance_id = ?",
                Integer.class,
                id))
        .isOne();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_ru_variable where proc_inst_id_ = ? and type_ = 'file'",
                Integer.class,
                id))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_hi_varinst where proc_inst_id_ = ? and (var_type_ = 'file'"
                    + " or name_ = 'requestLetter')",
                Integer.class,
                id))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_hi_detail where proc_inst_id_ = ? and var_type_ = 'file'",
                Integer.class,
                id))
        .isZero();
    byte[] marker = "%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
    assertThat(
            jdbc.queryForList(
                "select bytes_ from act_ge_bytearray where root_proc_inst_id_ = ?",
                byte[].class,
                id))
        .noneMatch(bytes -> bytes != null && startsWith(bytes, marker));

    JsonNode variables =
        http.withBasicAuth("siti", "demo")
            .getForObject("/engine-rest/process-instance/" + id + "/variables", JsonNode.class);
    assertThat(variables.get("unitName").get("value").asText())
        .isEqualTo("Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana");
    String url = variables.get("requestLetterUrl").get("value").asText();
    ResponseEntity<byte[]> letter =
        http.withBasicAuth("budi", "demo").getForEntity(url, byte[].class);
    assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(letter.getBody()).isEqualTo(RequestFixtures.LETTER_PDF);
    assertThat(http.withBasicAuth("eko", "demo").getForEntity(url, String.class).getStatusCode())
        .as("a clerk of another unit")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aPersonOfNoUnitCannotSubmitARequest() {
    User user = identityService.newUser("tanpaunit");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership("tanpaunit", "applicant");
    try {
      ResponseEntity<JsonNode> refused = start("tanpaunit", aSubdomainRequest());
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("message").asText())
          .contains("belum terdaftar pada unit kerja pemohon");
    } finally {
      identityService.deleteUser("tanpaunit");
    }
  }

  @Test
  void aDispositionWithoutInstructionIsRefusedAndTheTaskStays() {
    String id = started("siti", aSubdomainRequest());
    String taskId = taskService.createTaskQuery().processInstanceId(id).singleResult().getId();

    ResponseEntity<JsonNode> refused =
        http.withBasicAuth("budi", "demo")
            .postForEntity(
                "/engine-rest/task/" + taskId + "/complete",
                Map.of(
                    "variables", Map.of("dispositionKadis", Map.of("value", "", "type", "String"))),
                JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .startsWith("Tugas belum dapat diselesaikan.")
        .contains("wajib diisi");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void aCamundaStartFormIsCheckedOnTheServerToo() {
    ResponseEntity<JsonNode> refused =
        http.withBasicAuth("fajar", "demo")
            .postForEntity(
                "/engine-rest/process-definition/key/SplpApplicationProcess/start",
                Map.of(
                    "variables",
                    Map.of("apiAccessPurpose", Map.of("value", "pendek", "type", "String"))),
                JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .isEqualTo("Proses belum dapat dimulai. Keperluan akses API minimal 10 karakter.");
  }

  /** The id of the request {@code userId} started, which must have been accepted. */
  private String started(String userId, Map<String, Object> variables) {
    ResponseEntity<JsonNode> started = start(userId, variables);
    assertThat(started.getStatusCode())
        .as(String.valueOf(started.getBody()))
        .isEqualTo(HttpStatus.OK);
    return started.getBody().get("id").asText();
  }

  private ResponseEntity<JsonNode> start(String userId, Map<String, Object> variables) {
    return http.withBasicAuth(userId, "demo")
        .postForEntity(START, Map.of("variables", asRestVariables(variables)), JsonNode.class);
  }

  /** Rows of everything a started request leaves: instance, history, letter, registry entry. */
  private Map<String, Integer> rows() {
    Map<String, Integer> rows = new TreeMap<>();
    for (String table :
        List.of("act_ru_execution", "act_hi_procinst", "apt_document", "apt_service")) {
      rows.put(table, count(table));
    }
    return rows;
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
