package id.go.trenggalekkab.aptika.request;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xbill.DNS.Address;

/**
 * An IPv4 or IPv6 literal, parsed by dnsjava's {@link Address#toByteArray} and judged by {@link
 * InetAddress}. Never {@code InetAddress.getByName}: it falls back to a DNS lookup for anything
 * that is not a literal, and a completeness check must never touch the network. {@code
 * InetAddress.getByAddress} only wraps bytes.
 */
final class IpAddress {

  /** Where an address may lead; only {@link #USABLE} can be the target of a DNS record. */
  enum Scope {
    USABLE,
    UNSPECIFIED,
    LOOPBACK,
    LINK_LOCAL,
    MULTICAST,
    RESERVED,
    IPV4_MAPPED
  }

  /**
   * dnsjava reads a group by its value, so "00001" passes as 1; RFC 4291 allows four digits at
   * most, and a DNS record must read the same in every parser.
   */
  private static final Pattern OVERLONG_GROUP = Pattern.compile("[0-9A-Fa-f]{5}");

  private final byte[] bytes;

  private IpAddress(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Dotted decimal, exactly four octets without leading zeros; the shorthand forms inet_aton allows
   * ("127.1", "0x7f.0.0.1", "010.0.0.1" read as octal) are refused by dnsjava.
   */
  static Optional<IpAddress> parseIpv4(String text) {
    return Optional.ofNullable(Address.toByteArray(text, Address.IPv4)).map(IpAddress::new);
  }

  /**
   * RFC 4291 section 2.2 text forms, with dotted IPv4 in the last 32 bits. Zone ids ("%eth0") and
   * brackets are refused: a DNS record holds neither.
   */
  static Optional<IpAddress> parseIpv6(String text) {
    if (OVERLONG_GROUP.matcher(text).find()) {
      return Optional.empty();
    }
    return Optional.ofNullable(Address.toByteArray(text, Address.IPv6)).map(IpAddress::new);
  }

  byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Private ranges (10/8, 172.16/12, 192.168/16, fc00::/7) count as usable: the office runs
   * applications on its internal network, and whether such a record belongs in public DNS is a
   * provisioning decision, not a reason to send the letter back.
   */
  Scope scope() {
    InetAddress address = inetAddress();
    if (bytes.length == 16 && address instanceof Inet4Address) {
      // getByAddress turns exactly the IPv4-mapped form (::ffff:a.b.c.d) into an IPv4 address.
      return Scope.IPV4_MAPPED;
    } else if (address.isAnyLocalAddress() || address instanceof Inet4Address && bytes[0] == 0) {
      return Scope.UNSPECIFIED;
    } else if (address.isLoopbackAddress()) {
      return Scope.LOOPBACK;
    } else if (address.isLinkLocalAddress()) {
      return Scope.LINK_LOCAL;
    } else if (address.isMulticastAddress()) {
      return Scope.MULTICAST;
    } else if (isReserved(address)) {
      return Scope.RESERVED;
    }
    return Scope.USABLE;
  }

  /**
   * 240/4 is reserved for future use (RFC 1112); IPv4-compatible (::a.b.c.d) and site-local
   * (fec0::/10) IPv6 addresses were deprecated by RFC 4291.
   */
  private boolean isReserved(InetAddress address) {
    if (address instanceof Inet6Address ipv6) {
      return ipv6.isIPv4CompatibleAddress() || ipv6.isSiteLocalAddress();
    }
    return (bytes[0] & 0xff) >= 240;
  }

  private InetAddress inetAddress() {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("dnsjava returned " + bytes.length + " bytes", e);
    }
  }
}
