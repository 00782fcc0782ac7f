package id.go.trenggalekkab.aptika.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RFC 2136 adapter against a real BIND 9, started by the test on a loopback port. */
class Rfc2136DnsIT {

  private BindServer bind;
  private Rfc2136Dns dns;

  @BeforeEach
  void startBind() throws Exception {
    bind = BindServer.start();
    dns = new Rfc2136Dns(bind.settings(bind.secret()));
  }

  @AfterEach
  void stopBind() throws Exception {
    if (bind != null) {
      bind.close();
    }
  }

  @Test
  void createsAnARecordThatTheServerAnswers() throws Exception {
    SubdomainDns.Result result =
        dns.create(new DnsRecord("sikesda." + BindServer.ZONE, "A", "192.0.2.30", 600), "p1");

    assertThat(result.outcome()).isEqualTo(SubdomainDns.Outcome.CREATED);
    assertThat(result.note()).contains("dibuat di server DNS 127.0.0.1:" + bind.port());
    assertThat(bind.dig("sikesda." + BindServer.ZONE, "A")).containsExactly("192.0.2.30");
  }

  @Test
  void createsAaaaAndCnameRecords() throws Exception {
    dns.create(new DnsRecord("v6." + BindServer.ZONE, "AAAA", "2001:db8::7", 300), "p1");
    dns.create(new DnsRecord("alias." + BindServer.ZONE, "CNAME", "server.example.org", 300), "p2");

    assertThat(bind.dig("v6." + BindServer.ZONE, "AAAA")).containsExactly("2001:db8::7");
    assertThat(bind.dig("alias." + BindServer.ZONE, "CNAME"))
        .containsExactly("server.example.org.");
  }

  @Test
  void aRetryFindsItsOwnRecordAndAddsNoDuplicate() throws Exception {
    DnsRecord record = new DnsRecord("retry." + BindServer.ZONE, "A", "192.0.2.31", 600);
    dns.create(record, "p1");

    SubdomainDns.Result again = dns.create(record, "p1");

    assertThat(again.outcome()).isEqualTo(SubdomainDns.Outcome.ALREADY_PRESENT);
    assertThat(bind.dig("retry." + BindServer.ZONE, "A")).containsExactly("192.0.2.31");
  }

  @Test
  void aNameThatExistsWithOtherDataIsTakenAndNotOverwritten() throws Exception {
    assertThatThrownBy(
            () -> dns.create(new DnsRecord("www." + BindServer.ZONE, "A", "192.0.2.99", 600), "p1"))
        .isInstanceOf(NameTakenException.class)
        .hasMessageContaining("www." + BindServer.ZONE + " sudah dipakai di DNS")
        .hasMessageContaining("192.0.2.10");

    assertThat(bind.dig("www." + BindServer.ZONE, "A")).containsExactly("192.0.2.10");
  }

  @Test
  void aBadKeyIsAClearFailureAndChangesNothing() throws Exception {
    byte[] wrong = new byte[32];
    Rfc2136Dns badKey = new Rfc2136Dns(bind.settings(Base64.getEncoder().encodeToString(wrong)));

    assertThatThrownBy(
            () ->
                badKey.create(
                    new DnsRecord("badkey." + BindServer.ZONE, "A", "192.0.2.32", 600), "p1"))
        .isInstanceOf(ProvisioningFailedException.class)
        .hasMessageContaining("menolak")
        .hasMessageContaining("kunci TSIG")
        .satisfies(
            e -> assertThat(((ProvisioningFailedException) e).definitelyUnchanged()).isTrue())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bind.secret()));

    assertThat(bind.dig("badkey." + BindServer.ZONE, "A")).isEmpty();
  }

  @Test
  void anUnreachableServerIsATechnicalFailureNamingTheServer() throws Exception {
    bind.stopProcess();

    assertThatThrownBy(
            () ->
                dns.create(new DnsRecord("down." + BindServer.ZONE, "A", "192.0.2.33", 600), "p1"))
        .isInstanceOf(ProvisioningFailedException.class)
        .hasMessageContaining("tidak dapat dihubungi")
        .hasMessageContaining("127.0.0.1:" + bind.port());
  }
}
