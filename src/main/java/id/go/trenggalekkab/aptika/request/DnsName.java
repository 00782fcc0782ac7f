package id.go.trenggalekkab.aptika.request;

import java.util.regex.Pattern;

/**
 * Syntax of DNS names as used for hosts (RFC 1035 section 2.3.1 as relaxed by RFC 1123 section 2.1:
 * a label may start with a digit). Pure text checks: nothing here ever asks a DNS server, because a
 * completeness check must give the same answer offline and must not leak what applicants type to
 * the network.
 *
 * <p>Callers pass names already in lower case; DNS ignores case, and one spelling keeps the
 * patterns small.
 */
final class DnsName {

  static final int MAX_LABEL_LENGTH = 63;
  static final int MAX_NAME_LENGTH = 253;

  /** Letters, digits and hyphens, 1-63 long, a hyphen neither first nor last. */
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  /**
   * Public top-level domains are letters only, or an IDNA A-label. Stricter than RFC 3696's "not
   * all-numeric", so that "1.2.3.a" or a truncated address is not taken for a host name.
   */
  private static final Pattern TOP_LEVEL_LABEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

  private DnsName() {}

  /**
   * Checked before lower-casing, because {@code toLowerCase} turns some non-ASCII letters into
   * ASCII ones (the Kelvin sign U+212A becomes "k"), which would let a look-alike name pass as the
   * plain one.
   */
  static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  static boolean isLabel(String label) {
    return LABEL.matcher(label).matches();
  }

  /**
   * A fully qualified host name of at least two labels, such as {@code server.trenggalekkab.go.id};
   * no trailing dot, no wildcard, no underscore (those belong to service records, not to hosts).
   */
  static boolean isHostName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      return false;
    }
    String[] labels = name.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!isLabel(label)) {
        return false;
      }
    }
    return TOP_LEVEL_LABEL.matcher(labels[labels.length - 1]).matches();
  }
}
