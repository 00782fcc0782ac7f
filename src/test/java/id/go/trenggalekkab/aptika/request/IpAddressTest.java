package id.go.trenggalekkab.aptika.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser behind {@link TargetAddress}: text to bytes, with no help from the resolver. */
class IpAddressTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ::                                      | 00000000000000000000000000000000
          ::1                                     | 00000000000000000000000000000001
          1::                                     | 00010000000000000000000000000000
          2001:db8::1                             | 20010db8000000000000000000000001
          2001:DB8:0:0:1:0:0:1                    | 20010db8000000000001000000000001
          1:2:3:4:5:6:7:8                         | 00010002000300040005000600070008
          1:2:3:4:5:6::8                          | 00010002000300040005000600000008
          1::8                                    | 00010000000000000000000000000008
          ::2:3:4:5:6:7:8                         | 00000002000300040005000600070008
          1:2:3:4:5:6:7::                         | 00010002000300040005000600070000
          2001:db8::192.0.2.1                     | 20010db80000000000000000c0000201
          ::ffff:203.0.113.10                     | 00000000000000000000ffffcb00710a
          fe80:0000:0000:0000:0204:61ff:fe9d:f156 | fe80000000000000020461fffe9df156
          """)
  void parsesEveryTextFormOfIpv6(String text, String expectedHex) {
    assertThat(IpAddress.parseIpv6(text))
        .hasValueSatisfying(
            address ->
                assertThat(HexFormat.of().formatHex(address.bytes())).isEqualTo(expectedHex));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ":",
        ":::",
        "1",
        "1.2.3.4",
        "1::2::3",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7::8",
        "::1.2.3.4:5",
        "1.2.3.4::",
        "::12345",
        "g::",
        "::1%1",
        "1:2:3:4:5:6:1.2.3.4:8",
        " ::1",
        "::00001",
        "00001::",
        "::ffff:01.2.3.4"
      })
  void refusesWhatIsNotAnIpv6Literal(String text) {
    assertThat(IpAddress.parseIpv6(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "0.0.0.0, 00000000",
    "203.0.113.10, cb00710a",
    "255.255.255.255, ffffffff",
    "10.0.0.5, 0a000005"
  })
  void parsesDottedDecimalIpv4(String text, String expectedHex) {
    assertThat(IpAddress.parseIpv4(text))
        .hasValueSatisfying(
            address ->
                assertThat(HexFormat.of().formatHex(address.bytes())).isEqualTo(expectedHex));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.2.3",
        "1.2.3.4.5",
        "256.0.0.1",
        "1.2.3.-4",
        "01.2.3.4",
        "0x7f.0.0.1",
        "2130706433",
        "127.1",
        "1.2.3.4 "
      })
  void refusesShorthandAndAmbiguousIpv4(String text) {
    assertThat(IpAddress.parseIpv4(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0.255.255.255, UNSPECIFIED",
    "1.0.0.0, USABLE",
    "126.255.255.255, USABLE",
    "127.255.255.255, LOOPBACK",
    "128.0.0.0, USABLE",
    "169.253.255.255, USABLE",
    "169.254.0.0, LINK_LOCAL",
    "169.255.0.0, USABLE",
    "100.64.0.1, USABLE",
    "192.0.2.1, USABLE",
    "223.255.255.255, USABLE",
    "224.0.0.0, MULTICAST",
    "239.255.255.255, MULTICAST",
    "240.0.0.0, RESERVED",
    "255.255.255.255, RESERVED",
    "::, UNSPECIFIED",
    "::1, LOOPBACK",
    "::2, RESERVED",
    "::ffff:ffff, RESERVED",
    "::1:0:0, USABLE",
    "::ffff:0.0.0.0, IPV4_MAPPED",
    "::fffe:0:0, USABLE",
    "1::ffff:0:0, USABLE",
    "fc00::1, USABLE",
    "fdff::1, USABLE",
    "fe7f::1, USABLE",
    "fe80::, LINK_LOCAL",
    "febf::1, LINK_LOCAL",
    "fec0::, RESERVED",
    "feff::1, RESERVED",
    "ff00::, MULTICAST",
    "2001:db8::1, USABLE"
  })
  void judgesEachRangeAtItsBoundaries(String text, IpAddress.Scope scope) {
    Optional<IpAddress> address =
        text.contains(":") ? IpAddress.parseIpv6(text) : IpAddress.parseIpv4(text);
    assertThat(address).hasValueSatisfying(a -> assertThat(a.scope()).isEqualTo(scope));
  }
}
