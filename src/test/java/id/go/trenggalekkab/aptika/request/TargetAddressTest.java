package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSubdomainRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server a SUBDOMAIN request points at must be written as an IPv4 address, an IPv6 address or a
 * host name; {@link TargetAddressScopeTest} covers addresses that are written well but lead
 * nowhere.
 */
class TargetAddressTest {

  private final CompletenessCheck check = aCompletenessCheck();

  static List<Problem> checkTarget(CompletenessCheck check, String target) {
    return check.check(
        RequestKind.SUBDOMAIN, aValidSubdomainRequest().withTargetAddress(target).build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "203.0.113.10",
        "1.1.1.1",
        "223.255.255.255",
        "100.64.0.1",
        "10.0.0.5",
        "172.16.0.1",
        "192.168.1.10",
        "  203.0.113.10  ",
        "2001:db8::1",
        "2001:DB8::1",
        "2001:0db8:0000:0000:0000:0000:0000:0001",
        "2606:4700:4700::1111",
        "fd00::1",
        "2001:db8::192.0.2.1",
        "64:ff9b::1",
        "server.trenggalekkab.go.id",
        "SERVER.Trenggalekkab.GO.ID",
        "server.trenggalekkab.go.id.",
        "web-01.dinkes.trenggalekkab.go.id",
        "a.id",
        "1.example.com",
        "xn--80ak6aa92e.com",
        "host.xn--p1ai"
      })
  void addressesIncludingPrivateOnesAndHostNamesAreAccepted(String target) {
    assertThat(checkTarget(check, target)).isEmpty();
  }

  @Test
  void aHostNameOfTwoHundredFiftyThreeCharactersButNotMore() {
    String longest =
        repeat('a', 63) + "." + repeat('b', 63) + "." + repeat('c', 63) + "." + repeat('d', 61);

    assertThat(longest).hasSize(253);
    assertThat(checkTarget(check, longest)).isEmpty();
    assertOnlyProblem(checkTarget(check, "e" + longest), "targetAddress", "tidak valid");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "256.1.1.1",
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.",
        ".1.2.3.4",
        "1..2.3",
        "999.999.999.999",
        "2001:db8::1::1",
        "2001:db8:::1",
        "12345::1",
        "2001:db8::g",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7::8",
        "[2001:db8::1]",
        "fe80::1%eth0",
        "203.0.113.10:8080",
        "2001:db8::1.2.3",
        "::ffff:1.2.3.256",
        "server",
        "server.123",
        "1.2.3.a",
        "server.c0m",
        "server.trenggalekkab.go.id..",
        ".server.go.id",
        "-server.go.id",
        "server-.go.id",
        "ser_ver.go.id",
        "sérver.go.id",
        "\u212Aominfo.go.id",
        "server .go.id",
        "*.trenggalekkab.go.id",
        "server.trenggalekkab.go.id:443",
        "."
      })
  void anythingElseIsNotAnAddress(String target) {
    assertOnlyProblem(
        checkTarget(check, target),
        "targetAddress",
        "Alamat server tujuan tidak valid: isi alamat IPv4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"010.0.0.5", "01.2.3.4", "10.0.0.05", "10.00.0.5", "000.000.000.000"})
  void ipv4WithLeadingZerosIsRefusedBecauseSomeReadItAsOctal(String target) {
    assertOnlyProblem(checkTarget(check, target), "targetAddress", "tidak boleh diawali nol");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://server.trenggalekkab.go.id",
        "https://203.0.113.10/app",
        "server.trenggalekkab.go.id/app",
        "//server.go.id"
      })
  void urlsAreRefusedWithAHint(String target) {
    assertOnlyProblem(checkTarget(check, target), "targetAddress", "tanpa http:// atau https://");
  }
}
