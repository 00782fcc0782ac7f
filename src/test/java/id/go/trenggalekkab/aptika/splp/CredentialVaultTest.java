package id.go.trenggalekkab.aptika.splp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@AptikaSpringBootTest
class CredentialVaultTest {

  static final String SECRET = "Xk3vQp9sR2tLm8nB4cYw7zAe1fGh";
  static final String API_KEY = "eyJ4NXQiOiJOMkpqTWpOaU0yRXhZalJr." + UUID.randomUUID();

  @Autowired CredentialVault vault;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theOwnerReadsTheCredentialsExactlyOnce() {
    String id = storeFor("fajar");

    ResponseEntity<JsonNode> first = retrieve("fajar", id);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody().get("consumerSecret").asText()).isEqualTo(SECRET);
    assertThat(first.getBody().get("apiKey").asText()).isEqualTo(API_KEY);
    assertThat(first.getHeaders().getCacheControl()).contains("no-store");

    ResponseEntity<JsonNode> second = retrieve("fajar", id);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(second.getBody().get("message").asText()).contains("sudah pernah diambil");
  }

  @Test
  void nobodyElseCanReadThemAndTheirAttemptDoesNotDestroyThem() {
    String id = storeFor("fajar");
    assertThat(retrieve("siti", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(retrieve("admin", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(retrieve("fajar", id).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void atRestThereIsOnlyCiphertext() {
    String id = storeFor("fajar");
    List<Map<String, Object>> rows = jdbc.queryForList("select * from apt_secret where id = ?", id);
    assertThat(rows)
        .singleElement()
        .satisfies(
            row ->
                assertThat(row.values())
                    .allSatisfy(
                        value ->
                            assertThat(String.valueOf(value))
                                .doesNotContain(SECRET)
                                .doesNotContain(API_KEY)));
  }

  @Test
  void unreadCredentialsExpireAndArePurged() {
    String id = storeFor("fajar");
    jdbc.update("update apt_secret set expires_at = created_at - 1 where id = ?", id);
    assertThat(retrieve("fajar", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            jdbc.queryForObject("select count(*) from apt_secret where id = ?", Integer.class, id))
        .isOne();
    vault.purgeExpired();
    assertThat(
            jdbc.queryForObject("select count(*) from apt_secret where id = ?", Integer.class, id))
        .isZero();
  }

  @Test
  void aRowMovedToAnotherOwnerCannotBeDecrypted() {
    String id = storeFor("fajar");
    jdbc.update("update apt_secret set owner = 'siti' where id = ?", id);
    assertThatThrownBy(() -> vault.retrieveOnce(id, "siti"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aKeyFromTheEnvironmentMustBe256BitsOfBase64() {
    assertThatThrownBy(() -> new VaultKey("bukan-base64!", Duration.ofHours(24)))
        .hasMessageContaining("APTIKA_SECRETS_KEY");
    assertThatThrownBy(() -> new VaultKey("c2hvcnQ=", Duration.ofHours(24)))
        .hasMessageContaining("harus 32 byte");
    assertThat(
            new VaultKey("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", Duration.ofHours(24))
                .key()
                .getEncoded())
        .hasSize(32);
  }

  private String storeFor(String owner) {
    return vault.store(
        "instance-" + UUID.randomUUID(),
        owner,
        Map.of("consumerSecret", SECRET, "apiKey", API_KEY));
  }

  private ResponseEntity<JsonNode> retrieve(String user, String id) {
    return http.withBasicAuth(user, "demo")
        .postForEntity("/api/credentials/" + id + "/retrieve", null, JsonNode.class);
  }
}
