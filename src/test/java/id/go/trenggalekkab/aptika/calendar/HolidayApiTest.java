package id.go.trenggalekkab.aptika.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@AptikaSpringBootTest
class HolidayApiTest {

  @Autowired TestRestTemplate http;
  @Autowired WorkingTimeCalendar calendar;
  @Autowired HolidayRepository repository;

  @Test
  void everySignedInPersonReadsAYearsList() {
    ResponseEntity<JsonNode> year2026 =
        http.withBasicAuth("siti", "demo").getForEntity("/api/holidays?year=2026", JsonNode.class);

    assertThat(year2026.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode list = year2026.getBody();
    assertThat(list.get("known").asBoolean()).isTrue();
    assertThat(list.get("holidays")).hasSize(25);
    assertThat(list.get("holidays").get(6).toString())
        .isEqualTo("{\"date\":\"2026-03-20\",\"kind\":\"CUTI_BERSAMA\",\"name\":\"Idulfitri\"}");
  }

  @Test
  void anAdministratorReplacesAYearsListAndTheCalendarFollowsAtOnce() {
    // 2027 while the seed is 2026's list; later, the first year after the current one, so that
    // the current year's missing list cannot keep the health component warning.
    int year = Math.max(2027, Year.now(OfficeTime.ZONE).getValue());
    assertThat(calendar.hasListFor(year)).isFalse();
    try {
      replaceAYearsList(year);
    } finally {
      // the shared context's other tests (NextYearsHolidayListTest) find the year as it was
      repository.removeYear(year);
    }
  }

  private void replaceAYearsList(int year) {
    LocalDate newYearsDay = LocalDate.of(year, 1, 1);
    JsonNode before = healthOfHolidayCalendar();
    assertThat(before.get("status").asText()).isEqualTo("WARNING");
    assertThat(before.get("description").asText())
        .startsWith("Daftar hari libur tahun " + year + " belum ada: ");

    ResponseEntity<JsonNode> saved =
        put(
            "admin",
            "/api/holidays/" + year,
            List.of(
                Map.of("date", newYearsDay.toString(), "kind", "LIBUR", "name", "Tahun Baru"),
                Map.of("date", year + "-02-08", "kind", "CUTI_BERSAMA", "name", "Imlek")));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody().get("updatedBy").asText()).isEqualTo("admin");
    OffsetDateTime updatedAt = OffsetDateTime.parse(saved.getBody().get("updatedAt").asText());
    assertThat(saved.getBody().get("updatedAt").asText()).endsWith("+07:00");
    assertThat(Duration.between(updatedAt, OffsetDateTime.now()).abs())
        .isLessThan(Duration.ofMinutes(5));
    assertThat(calendar.isWorkingDay(newYearsDay)).isFalse();
    assertThat(healthOfHolidayCalendar().get("status").asText()).isEqualTo("UP");

    // replaced, not merged
    put(
        "admin",
        "/api/holidays/" + year,
        List.of(Map.of("date", year + "-03-01", "kind", "LIBUR", "name", "Lain")));
    JsonNode list =
        http.withBasicAuth("budi", "demo")
            .getForObject("/api/holidays?year=" + year, JsonNode.class);
    assertThat(list.get("holidays").findValuesAsText("date")).containsExactly(year + "-03-01");
  }

  @Test
  void aClerkCannotChangeTheList() {
    ResponseEntity<JsonNode> refused =
        put(
            "siti",
            "/api/holidays/2030",
            List.of(Map.of("date", "2030-01-01", "kind", "LIBUR", "name", "Tahun Baru")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").asText()).contains("tidak berwenang");
    assertThat(read(2030).get("known").asBoolean()).isFalse();
  }

  @Test
  void badInputNamesEachEntryInBahasaIndonesiaAndStoresNothing() {
    ResponseEntity<JsonNode> refused =
        put(
            "admin",
            "/api/holidays/2026",
            List.of(
                Map.of("date", "2026-01-01", "kind", "LIBUR", "name", "Tahun Baru"),
                Map.of("date", "2027-01-01", "kind", "LIBUR", "name", "Tahun Baru"),
                Map.of("date", "2026-01-01", "kind", "LIBURAN", "name", " ")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = refused.getBody().get("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactly("[1].date", "[2].date", "[2].kind", "[2].name");
    assertThat(errors.findValuesAsText("message"))
        .contains(
            "Entri ke-2 (2027-01-01): tanggal tidak di tahun 2026.",
            "Entri ke-3 (2026-01-01): tanggal ini sudah ada di entri ke-1.",
            "Entri ke-3 (2026-01-01): nama hari libur wajib diisi.");
    JsonNode year2026 = read(2026);
    assertThat(year2026.get("holidays")).hasSize(25);
    assertThat(year2026.get("updatedBy").asText()).isEqualTo("system");
  }

  @Test
  void aYearOutOfRangeOrNotANumberIsRefused() {
    ResponseEntity<JsonNode> tooEarly = put("admin", "/api/holidays/1999", List.of());
    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooEarly.getBody().get("errors").get(0).get("message").asText())
        .isEqualTo("Tahun 1999 di luar rentang yang diterima (2000-2100).");

    ResponseEntity<JsonNode> notANumber =
        http.withBasicAuth("siti", "demo").getForEntity("/api/holidays?year=dua", JsonNode.class);
    assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notANumber.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("year");

    ResponseEntity<JsonNode> notAList = put("admin", "/api/holidays/2031", Map.of("date", "x"));
    assertThat(notAList.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(read(2031).get("known").asBoolean()).isFalse();
  }

  /** The open health endpoint shows no details, but a component's status and description. */
  private JsonNode healthOfHolidayCalendar() {
    JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
    assertThat(health.get("status").asText()).isEqualTo("UP");
    return health.get("components").get("holidayCalendar");
  }

  private JsonNode read(int year) {
    return http.withBasicAuth("admin", "demo")
        .getForObject("/api/holidays?year=" + year, JsonNode.class);
  }

  private ResponseEntity<JsonNode> put(String userId, String path, Object body) {
    return http.withBasicAuth(userId, "demo")
        .exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }
}
