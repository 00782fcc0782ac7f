package id.go.trenggalekkab.aptika.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@AptikaSpringBootTest
class UnitDirectoryApiTest {

  @Autowired TestRestTemplate http;
  @Autowired UnitDirectory directory;
  @Autowired IdentityService identityService;

  @Test
  void everySignedInPersonReadsTheDirectory() {
    ResponseEntity<JsonNode> units =
        http.withBasicAuth("siti", "demo").getForEntity("/api/units", JsonNode.class);
    assertThat(units.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(units.getBody().findValuesAsText("id")).contains("dinkes", "disdik");
    JsonNode dinkes =
        http.withBasicAuth("budi", "demo").getForObject("/api/units/dinkes", JsonNode.class);
    assertThat(dinkes.get("headTitle").asText()).startsWith("Kepala Dinas Kesehatan");
  }

  @Test
  void anAdministratorAddsAUnitWhichBecomesATenantServedByKominfo() {
    ResponseEntity<JsonNode> saved = put("admin", "/api/units/diskominfo", validUnit());
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(directory.find("diskominfo"))
        .get()
        .extracting(Unit::headName)
        .isEqualTo("Drs. Contoh Pejabat, M.Si.");
    assertThat(identityService.createTenantQuery().tenantId("diskominfo").singleResult().getName())
        .isEqualTo("Dinas Komunikasi dan Informatika");
    assertThat(
            identityService.createTenantQuery().tenantId("diskominfo").groupMember("kadis").count())
        .isOne();
  }

  @Test
  void aClerkCannotChangeTheDirectory() {
    ResponseEntity<JsonNode> refused = put("siti", "/api/units/dinkes", validUnit());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").asText()).contains("tidak berwenang");
    assertThat(directory.find("dinkes"))
        .get()
        .extracting(Unit::name)
        .isEqualTo("Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana");
  }

  @Test
  void badInputNamesEachFieldInBahasaIndonesiaAndStoresNothing() {
    Map<String, String> bad =
        Map.of(
            "name",
            " ",
            "headTitle",
            "Kepala",
            "headName",
            "Nama",
            "address",
            "Jl. Contoh",
            "email",
            "bukan-email");
    ResponseEntity<JsonNode> refused = put("admin", "/api/units/Unit Baru!", bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = refused.getBody().get("errors");
    assertThat(errors.findValuesAsText("field")).contains("id", "name", "email");
    assertThat(errors.findValuesAsText("message"))
        .contains(
            "Nama unit wajib diisi.",
            "Alamat e-mail unit tidak valid.",
            "Kode unit hanya boleh berisi 2-32 huruf kecil atau angka, tanpa spasi.");
    assertThat(directory.findAll()).extracting(Unit::id).doesNotContain("Unit Baru!");
    assertThat(identityService.createTenantQuery().tenantId("Unit Baru!").count()).isZero();
  }

  @Test
  void anUnknownUnitIsReportedInBahasaIndonesia() {
    ResponseEntity<JsonNode> missing =
        http.withBasicAuth("siti", "demo").getForEntity("/api/units/tidakada", JsonNode.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody().get("message").asText())
        .isEqualTo("Unit kerja 'tidakada' tidak ditemukan.");
  }

  private static Map<String, String> validUnit() {
    return Map.of(
        "name",
        "Dinas Komunikasi dan Informatika",
        "headTitle",
        "Kepala Dinas Komunikasi dan Informatika Kabupaten Trenggalek",
        "headName",
        "Drs. Contoh Pejabat, M.Si.",
        "address",
        "Jl. Kanjeng Jimat No. 1, Trenggalek",
        "email",
        "kominfo@trenggalekkab.example");
  }

  private ResponseEntity<JsonNode> put(String userId, String path, Object body) {
    return http.withBasicAuth(userId, "demo")
        .exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }
}
