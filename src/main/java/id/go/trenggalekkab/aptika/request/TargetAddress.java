package id.go.trenggalekkab.aptika.request;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The server a {@link ServiceType#SUBDOMAIN} request points at (variable {@code targetAddress}): an
 * IPv4 address, an IPv6 address or a host name, the three things an A, AAAA or CNAME record can
 * hold. Judged from the text alone; see {@link IpAddress} and {@link DnsName} for why no lookup is
 * made.
 */
final class TargetAddress {

  /**
   * The shapes the browser lets through: a dotted IPv4 address, a host name, an IPv6 address. It is
   * a first filter only; {@link #problemWith} decides, with the address's scope.
   */
  static final String FORM_PATTERN =
      "^(((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
          + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
          + "|([A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}"
          + "|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7})$";

  private static final String FIELD = "Alamat server tujuan";
  private static final String UNUSABLE = FIELD + " tidak dapat dipakai: ";

  private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
  private static final Pattern OCTET_WITH_LEADING_ZERO = Pattern.compile("(?:^|\\.)0[0-9]");

  /**
   * Special-use names (RFC 6761, RFC 6762) that public DNS never answers, so a record pointing
   * there leads nowhere for a citizen.
   */
  private static final Set<String> SPECIAL_USE_TOP_LEVEL =
      Set.of("localhost", "local", "test", "example", "invalid");

  private TargetAddress() {}

  /**
   * @param text the target as typed, not blank; surrounding blanks are ignored, and so is one
   *     trailing dot, which only marks a host name as absolute
   * @return a message in Bahasa Indonesia when the target cannot be used, empty when it can
   */
  static Optional<String> problemWith(String text) {
    String target = text.strip();
    if (target.contains("/")) {
      return Optional.of(
          FIELD
              + " ditulis tanpa http:// atau https:// dan tanpa garis miring, "
              + "misalnya server.trenggalekkab.go.id");
    }
    if (target.indexOf(':') >= 0) {
      return IpAddress.parseIpv6(target)
          .map(TargetAddress::problemWithAddress)
          .orElseGet(TargetAddress::malformed);
    }
    if (DIGITS_AND_DOTS.matcher(target).matches()) {
      if (OCTET_WITH_LEADING_ZERO.matcher(target).find()) {
        return Optional.of(
            FIELD
                + " tidak valid: angka pada alamat IPv4 tidak boleh diawali nol "
                + "(tulis 10.0.0.5, bukan 010.000.000.005), karena sebagian perangkat membacanya "
                + "sebagai bilangan oktal");
      }
      return IpAddress.parseIpv4(target)
          .map(TargetAddress::problemWithAddress)
          .orElseGet(TargetAddress::malformed);
    }
    return problemWithHostName(target);
  }

  private static Optional<String> problemWithHostName(String target) {
    if (!DnsName.isAscii(target)) {
      return malformed();
    }
    String name = target.toLowerCase(Locale.ROOT);
    String absolute = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    String topLevel = absolute.substring(absolute.lastIndexOf('.') + 1);
    if (topLevel.equals("localhost")) {
      return problemWithScope(IpAddress.Scope.LOOPBACK);
    }
    if (absolute.contains(".") && SPECIAL_USE_TOP_LEVEL.contains(topLevel)) {
      return Optional.of(
          UNUSABLE
              + "nama host berakhiran ."
              + topLevel
              + " tidak terdaftar di DNS publik sehingga tidak dapat dijangkau pengguna");
    }
    return DnsName.isHostName(absolute) ? Optional.empty() : malformed();
  }

  private static Optional<String> problemWithAddress(IpAddress address) {
    return problemWithScope(address.scope());
  }

  private static Optional<String> problemWithScope(IpAddress.Scope scope) {
    return switch (scope) {
      case USABLE -> Optional.empty();
      case LOOPBACK ->
          Optional.of(
              UNUSABLE
                  + "alamat loopback (127.x.x.x, ::1, localhost) "
                  + "hanya menunjuk ke komputer pengguna itu sendiri");
      case UNSPECIFIED ->
          Optional.of(
              UNUSABLE + "alamat tak tertentu (0.x.x.x atau ::) bukan alamat sebuah server");
      case LINK_LOCAL ->
          Optional.of(
              UNUSABLE
                  + "alamat link-local (169.254.x.x atau fe80::) "
                  + "hanya berlaku di dalam satu segmen jaringan");
      case MULTICAST ->
          Optional.of(
              UNUSABLE
                  + "alamat multicast (224.x.x.x sampai 239.x.x.x atau ff00::) "
                  + "bukan alamat sebuah server");
      case RESERVED ->
          Optional.of(
              UNUSABLE
                  + "alamat ini berada di blok yang dicadangkan "
                  + "dan tidak dipakai oleh server");
      case IPV4_MAPPED ->
          Optional.of(
              UNUSABLE
                  + "alamat IPv6 yang memuat alamat IPv4 (::ffff:...) "
                  + "tidak dipakai di DNS; tuliskan alamat IPv4-nya secara langsung");
    };
  }

  private static Optional<String> malformed() {
    return Optional.of(
        FIELD
            + " tidak valid: isi alamat IPv4 (misalnya 203.0.113.10), alamat IPv6 "
            + "(misalnya 2001:db8::10) atau nama host (misalnya server.trenggalekkab.go.id)");
  }
}
