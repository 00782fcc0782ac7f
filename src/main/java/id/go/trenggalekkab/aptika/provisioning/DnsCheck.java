package id.go.trenggalekkab.aptika.provisioning;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Looks a name up in DNS after the Pelaksana confirms it was created by hand, so that what the
 * letter says rests on what DNS answers where it can. The resolver is {@code
 * aptika.dns.check-resolver} ({@code host} or {@code host:port}), or the system's when empty.
 */
@Service
public class DnsCheck {

  /** What DNS said about the record. */
  public enum Visibility {
    /** The name answers with the confirmed target. */
    FOUND,
    /** The name answers, with another target. */
    DIFFERENT,
    /** The name does not answer (yet): not created, or not yet visible to this resolver. */
    NOT_FOUND,
    /** No DNS server answered. */
    UNREACHABLE
  }

  /** The outcome of one lookup, with what DNS answered. */
  public record Result(Visibility visibility, List<String> answers) {}

  private final String resolver;
  private final Duration timeout;

  DnsCheck(
      @Value("${aptika.dns.check-resolver:}") String resolver,
      @Value("${aptika.dns.check-timeout:5s}") Duration timeout) {
    this.resolver = resolver.strip();
    this.timeout = timeout;
  }

  /** The resolver as people read it. */
  public String resolverName() {
    return resolver.isEmpty() ? "resolver DNS sistem" : "resolver DNS " + resolver;
  }

  public Result check(String fqdn, String type, String expectedTarget) {
    Lookup lookup;
    try {
      lookup = new Lookup(Name.fromString(fqdn + "."), Type.value(type));
    } catch (TextParseException e) {
      throw new IllegalArgumentException("Nama DNS tidak sah: " + fqdn, e);
    }
    lookup.setResolver(resolver());
    // never a cached answer: the record may have been created a moment ago
    lookup.setCache(null);
    Record[] records = lookup.run();
    return switch (lookup.getResult()) {
      case Lookup.SUCCESSFUL -> {
        List<String> answers = Arrays.stream(records).map(DnsCheck::target).toList();
        boolean found = answers.stream().anyMatch(answer -> sameTarget(answer, expectedTarget));
        yield new Result(found ? Visibility.FOUND : Visibility.DIFFERENT, answers);
      }
      case Lookup.HOST_NOT_FOUND, Lookup.TYPE_NOT_FOUND ->
          new Result(Visibility.NOT_FOUND, List.of());
      default -> new Result(Visibility.UNREACHABLE, List.of());
    };
  }

  private Resolver resolver() {
    Resolver chosen;
    if (resolver.isEmpty()) {
      chosen = new ExtendedResolver();
    } else {
      int colon = resolver.lastIndexOf(':');
      boolean withPort = colon > 0 && resolver.indexOf(':') == colon;
      SimpleResolver simple;
      try {
        simple = new SimpleResolver(withPort ? resolver.substring(0, colon) : resolver);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(
            "aptika.dns.check-resolver tidak dikenal: " + resolver, e);
      }
      if (withPort) {
        simple.setPort(Integer.parseInt(resolver.substring(colon + 1)));
      }
      chosen = simple;
    }
    chosen.setTimeout(timeout);
    return chosen;
  }

  private static String target(Record record) {
    if (record instanceof ARecord a) {
      return a.getAddress().getHostAddress();
    }
    if (record instanceof AAAARecord aaaa) {
      return aaaa.getAddress().getHostAddress();
    }
    if (record instanceof CNAMERecord cname) {
      return cname.getTarget().toString(true);
    }
    return record.rdataToString();
  }

  private static boolean sameTarget(String answer, String expected) {
    if (expected == null) {
      return false;
    }
    String wanted = expected.strip();
    if (wanted.endsWith(".")) {
      wanted = wanted.substring(0, wanted.length() - 1);
    }
    if (answer.equalsIgnoreCase(wanted)) {
      return true;
    }
    try {
      return wanted.contains(":")
          && InetAddress.getByName(answer).equals(InetAddress.getByName(wanted));
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
