package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static id.go.trenggalekkab.aptika.request.TargetAddressTest.checkTarget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Targets written correctly that no citizen's browser could reach through a DNS record. */
class TargetAddressScopeTest {

  private final CompletenessCheck check = aCompletenessCheck();

  private void assertRefused(String target, String reason) {
    assertOnlyProblem(checkTarget(check, target), "targetAddress", reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.1.2.3",
        "::1",
        "0:0:0:0:0:0:0:1",
        "::0:1",
        "localhost",
        "LOCALHOST",
        "localhost.",
        "app.localhost"
      })
  void loopbackAddressesAreRefused(String target) {
    assertRefused(target, "alamat loopback");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "::", "0:0:0:0:0:0:0:0"})
  void unspecifiedAddressesAreRefused(String target) {
    assertRefused(target, "alamat tak tertentu");
  }

  @ParameterizedTest
  @ValueSource(strings = {"169.254.1.1", "169.254.169.254", "fe80::1", "FEBF::1"})
  void linkLocalAddressesAreRefused(String target) {
    assertRefused(target, "alamat link-local");
  }

  @ParameterizedTest
  @ValueSource(strings = {"224.0.0.1", "239.255.255.250", "ff02::1", "FF05::1:3"})
  void multicastAddressesAreRefused(String target) {
    assertRefused(target, "alamat multicast");
  }

  @ParameterizedTest
  @ValueSource(strings = {"240.0.0.1", "255.255.255.255", "::1.2.3.4", "fec0::1"})
  void reservedAddressesAreRefused(String target) {
    assertRefused(target, "blok yang dicadangkan");
  }

  @ParameterizedTest
  @ValueSource(strings = {"::ffff:203.0.113.10", "::ffff:127.0.0.1", "::FFFF:cb00:710a"})
  void ipv4MappedIpv6AddressesAreRefused(String target) {
    assertRefused(target, "tuliskan alamat IPv4-nya secara langsung");
  }

  @ParameterizedTest
  @ValueSource(strings = {"server.local", "app.test", "www.example", "x.invalid"})
  void namesPublicDnsNeverAnswersAreRefused(String target) {
    assertRefused(target, "tidak terdaftar di DNS publik");
  }
}
