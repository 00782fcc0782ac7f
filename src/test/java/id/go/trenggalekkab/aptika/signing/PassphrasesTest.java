package id.go.trenggalekkab.aptika.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.system.SecretBox;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The passphrase store as two nodes of one database see it: each node is a store instance of its
 * own on the shared database, with the shared key.
 */
@AptikaSpringBootTest
class PassphrasesTest {

  static final String PASSPHRASE = "Kadis-Setuju-" + UUID.randomUUID();

  @Autowired JdbcClient jdbcClient;
  @Autowired JdbcTemplate jdbc;
  @Autowired SecretBox box;
  @Autowired TransactionTemplate transaction;

  @Test
  void heldOnOneNodeItIsTakenOnTheOtherOnceAndThenGone() {
    Passphrases approvalNode = new Passphrases(jdbcClient, box);
    Passphrases signingNode = new Passphrases(jdbcClient, box);
    String request = UUID.randomUUID().toString();

    approvalNode.hold(request, PASSPHRASE);

    assertThat(signingNode.take(request)).contains(PASSPHRASE);
    assertThat(signingNode.take(request)).isEmpty();
    assertThat(approvalNode.take(request)).isEmpty();
    assertThat(rows(request)).isZero();
  }

  @Test
  void aSigningJobThatRollsBackLeavesItForTheRetry() {
    Passphrases store = new Passphrases(jdbcClient, box);
    String request = UUID.randomUUID().toString();
    store.hold(request, PASSPHRASE);

    transaction.executeWithoutResult(
        status -> {
          assertThat(store.take(request)).contains(PASSPHRASE);
          status.setRollbackOnly();
        });

    assertThat(store.take(request)).contains(PASSPHRASE);
  }

  @Test
  void anExpiredPassphraseIsNotGivenAndIsPurged() {
    Passphrases store = new Passphrases(jdbcClient, box);
    String expired = UUID.randomUUID().toString();
    String fresh = UUID.randomUUID().toString();
    store.hold(expired, PASSPHRASE);
    store.hold(fresh, PASSPHRASE);
    jdbc.update(
        "update apt_passphrase set expires_at = expires_at - interval '31' minute"
            + " where process_instance_id = ?",
        expired);

    store.purgeExpired();

    assertThat(rows(expired)).isZero();
    assertThat(rows(fresh)).isOne();
    jdbc.update(
        "update apt_passphrase set expires_at = expires_at - interval '31' minute"
            + " where process_instance_id = ?",
        fresh);
    assertThat(store.take(fresh)).as("expired but not yet purged").isEmpty();
  }

  @Test
  void atRestThereIsOnlyCiphertextBoundToItsRequest() {
    Passphrases store = new Passphrases(jdbcClient, box);
    String request = UUID.randomUUID().toString();
    String other = UUID.randomUUID().toString();
    store.hold(request, PASSPHRASE);
    store.hold(other, "Lain-" + UUID.randomUUID());

    List<Map<String, Object>> stored =
        jdbc.queryForList("select * from apt_passphrase where process_instance_id = ?", request);
    assertThat(stored)
        .singleElement()
        .satisfies(
            row ->
                assertThat(row.values())
                    .allSatisfy(
                        value -> assertThat(String.valueOf(value)).doesNotContain(PASSPHRASE)));

    jdbc.update(
        "update apt_passphrase set iv = ?, ciphertext = ? where process_instance_id = ?",
        stored.get(0).get("IV"),
        stored.get(0).get("CIPHERTEXT"),
        other);
    assertThatThrownBy(() -> store.take(other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining(PASSPHRASE);
  }

  private int rows(String request) {
    return jdbc.queryForObject(
        "select count(*) from apt_passphrase where process_instance_id = ?",
        Integer.class,
        request);
  }
}
