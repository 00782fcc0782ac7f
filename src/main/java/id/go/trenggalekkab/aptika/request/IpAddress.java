package id.go.trenggalekkab.aptika.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address parsed from its text form without {@link java.net.InetAddress}: its
 * factory methods fall back to a DNS lookup for anything that is not a literal, and a completeness
 * check must never touch the network.
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
   * Decimal octets without leading zeros: "010" means 8 to inet_aton and 10 to a person, and a DNS
   * record must not depend on which of them reads it.
   */
  private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";

  private static final Pattern IPV4 = Pattern.compile("(?:" + OCTET + "\\.){3}" + OCTET);

  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
  private static final int IPV6_GROUPS = 8;

  private final byte[] bytes;

  private IpAddress(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Dotted decimal, exactly four octets; the shorthand forms inet_aton allows are refused. */
  static Optional<IpAddress> parseIpv4(String text) {
    if (!IPV4.matcher(text).matches()) {
      return Optional.empty();
    }
    String[] octets = text.split("\\.");
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      bytes[i] = (byte) Integer.parseInt(octets[i]);
    }
    return Optional.of(new IpAddress(bytes));
  }

  /**
   * RFC 4291 section 2.2 text forms: eight hex groups, one "::" for a run of zero groups, and
   * dotted IPv4 in the last 32 bits. Zone ids ("%eth0") and brackets are refused: a DNS record
   * holds neither.
   */
  static Optional<IpAddress> parseIpv6(String text) {
    if (!IPV6_CHARACTERS.matcher(text).matches()) {
      return Optional.empty();
    }
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return Optional.empty();
    }
    List<Integer> head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
    List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2), true);
    if (head == null || tail == null) {
      return Optional.empty();
    }
    int given = head.size() + tail.size();
    if (gap < 0 ? given != IPV6_GROUPS : given > IPV6_GROUPS - 1) {
      return Optional.empty();
    }
    byte[] bytes = new byte[16];
    put(head, bytes, 0);
    put(tail, bytes, IPV6_GROUPS - tail.size());
    return Optional.of(new IpAddress(bytes));
  }

  private static List<Integer> groups(String part, boolean mayEndWithIpv4) {
    List<Integer> groups = new ArrayList<>();
    if (part.isEmpty()) {
      return groups;
    }
    String[] pieces = part.split(":", -1);
    for (int i = 0; i < pieces.length; i++) {
      String piece = pieces[i];
      boolean last = i == pieces.length - 1;
      if (last && mayEndWithIpv4 && piece.indexOf('.') >= 0) {
        Optional<IpAddress> ipv4 = parseIpv4(piece);
        if (ipv4.isEmpty()) {
          return null;
        }
        byte[] b = ipv4.get().bytes;
        groups.add((b[0] & 0xff) << 8 | b[1] & 0xff);
        groups.add((b[2] & 0xff) << 8 | b[3] & 0xff);
      } else if (HEX_GROUP.matcher(piece).matches()) {
        groups.add(Integer.parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return groups;
  }

  private static void put(List<Integer> groups, byte[] bytes, int firstGroup) {
    for (int i = 0; i < groups.size(); i++) {
      bytes[2 * (firstGroup + i)] = (byte) (groups.get(i) >> 8);
      bytes[2 * (firstGroup + i) + 1] = (byte) (groups.get(i) & 0xff);
    }
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
    return bytes.length == 4 ? ipv4Scope() : ipv6Scope();
  }

  private Scope ipv4Scope() {
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    if (first == 0) {
      return Scope.UNSPECIFIED;
    } else if (first == 127) {
      return Scope.LOOPBACK;
    } else if (first == 169 && second == 254) {
      return Scope.LINK_LOCAL;
    } else if (first >= 224 && first <= 239) {
      return Scope.MULTICAST;
    } else if (first >= 240) {
      return Scope.RESERVED;
    }
    return Scope.USABLE;
  }

  private Scope ipv6Scope() {
    int zeros = leadingZeroBytes();
    int first = bytes[0] & 0xff;
    if (zeros == 16) {
      return Scope.UNSPECIFIED;
    } else if (zeros == 15 && bytes[15] == 1) {
      return Scope.LOOPBACK;
    } else if (zeros >= 10 && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
      return Scope.IPV4_MAPPED;
    } else if (first == 0xff) {
      return Scope.MULTICAST;
    } else if (first == 0xfe && (bytes[1] & 0xc0) == 0x80) {
      return Scope.LINK_LOCAL;
    } else if (zeros >= 12 || first == 0xfe && (bytes[1] & 0xc0) == 0xc0) {
      // IPv4-compatible (::a.b.c.d) and site-local (fec0::/10) were deprecated by RFC 4291.
      return Scope.RESERVED;
    }
    return Scope.USABLE;
  }

  private int leadingZeroBytes() {
    int count = 0;
    while (count < bytes.length && bytes[count] == 0) {
      count++;
    }
    return count;
  }
}
