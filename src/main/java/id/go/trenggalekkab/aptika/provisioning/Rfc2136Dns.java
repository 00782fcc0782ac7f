package id.go.trenggalekkab.aptika.provisioning;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;

/**
 * Creates records by RFC 2136 dynamic update signed with TSIG (dnsjava), over TCP. The update
 * carries the prerequisite "name is not in use" (RFC 2136, 2.4.5), so an existing name is never
 * overwritten; the server refuses it with YXDOMAIN, and then a query tells a retry of our own
 * update (the same record is there) from a name taken by someone else.
 */
final class Rfc2136Dns implements SubdomainDns {

  /**
   * Bound from {@code aptika.dns.*} only when {@code aptika.dns.mode=rfc2136}. The TSIG secret has
   * no default and comes from the environment ({@code APTIKA_DNS_TSIGSECRET}); {@link #toString}
   * never shows it.
   */
  record Settings(
      String zone,
      String server,
      Integer port,
      String tsigKeyName,
      String tsigAlgorithm,
      String tsigSecret,
      Duration timeout) {

    Settings {
      zone = zone == null || zone.isBlank() ? "trenggalekkab.go.id" : zone.strip();
      server = required(server, "server");
      port = port == null ? 53 : port;
      tsigKeyName = required(tsigKeyName, "tsig-key-name");
      tsigAlgorithm =
          tsigAlgorithm == null || tsigAlgorithm.isBlank() ? "hmac-sha256" : tsigAlgorithm;
      tsigSecret = required(tsigSecret, "tsig-secret");
      try {
        Base64.getDecoder().decode(tsigSecret);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "aptika.dns.tsig-secret (APTIKA_DNS_TSIGSECRET) bukan Base64 yang sah.");
      }
      timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    private static String required(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            "aptika.dns." + name + " wajib diisi untuk aptika.dns.mode=rfc2136");
      }
      return value.strip();
    }

    @Override
    public String toString() {
      return "Settings[zone=%s, server=%s, port=%d, tsigKeyName=%s, tsigAlgorithm=%s, tsigSecret=***]"
          .formatted(zone, server, port, tsigKeyName, tsigAlgorithm);
    }
  }

  private final Settings settings;
  private final Name zone;

  Rfc2136Dns(Settings settings) {
    this.settings = settings;
    this.zone = absolute(settings.zone());
  }

  @Override
  public String zone() {
    return settings.zone();
  }

  @Override
  public Result create(DnsRecord record, String processInstanceId) {
    Record wanted = toRecord(record);
    Update update = new Update(zone);
    update.absent(wanted.getName());
    update.add(wanted);
    Message response = send(update, "pembaruan " + record.describe());
    int rcode = response.getRcode();
    if (rcode == Rcode.NOERROR) {
      confirm(record, wanted);
      return new Result(
          Outcome.CREATED,
          "Rekaman "
              + record.describe()
              + " dibuat di server DNS "
              + server()
              + " dan sudah menjawab.");
    }
    if (rcode == Rcode.YXDOMAIN) {
      List<Record> existing = query(wanted.getName(), Type.ANY);
      if (existing.size() == 1 && sameData(existing.get(0), wanted)) {
        return new Result(
            Outcome.ALREADY_PRESENT,
            "Rekaman " + record.describe() + " sudah ada di server DNS " + server() + ".");
      }
      throw new NameTakenException(
          "Nama "
              + record.fqdn()
              + " sudah dipakai di DNS ("
              + describe(existing)
              + "). Silakan ajukan nama sub domain lain.");
    }
    throw new ProvisioningFailedException(
        "Server DNS "
            + server()
            + " menolak pembaruan "
            + record.describe()
            + ": "
            + Rcode.string(rcode)
            + hint(rcode),
        true);
  }

  /** After the update, the server must answer with the record. */
  private void confirm(DnsRecord record, Record wanted) {
    List<Record> answer = query(wanted.getName(), wanted.getType());
    if (answer.stream().noneMatch(r -> sameData(r, wanted))) {
      throw new ProvisioningFailedException(
          "Server DNS "
              + server()
              + " menerima pembaruan, tetapi tidak menjawab dengan rekaman "
              + record.describe()
              + " (jawaban: "
              + describe(answer)
              + ").",
          false);
    }
  }

  private List<Record> query(Name name, int type) {
    Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
    Message response = send(query, "kueri " + name + " " + Type.string(type));
    return response.getSection(Section.ANSWER).stream()
        .filter(r -> r.getName().equals(name))
        .filter(r -> r.getType() != Type.RRSIG && r.getType() != Type.NSEC)
        .toList();
  }

  private Message send(Message message, String what) {
    try {
      SimpleResolver resolver =
          new SimpleResolver(
              new InetSocketAddress(InetAddress.getByName(settings.server()), settings.port()));
      resolver.setTCP(true);
      resolver.setTimeout(settings.timeout());
      resolver.setTSIGKey(
          new TSIG(settings.tsigAlgorithm(), settings.tsigKeyName(), settings.tsigSecret()));
      Message response = resolver.send(message);
      if (response.getRcode() == Rcode.NOTAUTH
          || response.getTSIG() != null && !response.isVerified()) {
        throw new ProvisioningFailedException(
            "Server DNS "
                + server()
                + " menolak "
                + what
                + ": "
                + Rcode.string(response.getRcode())
                + hint(Rcode.NOTAUTH),
            true);
      }
      return response;
    } catch (IOException e) {
      throw new ProvisioningFailedException(
          "Server DNS " + server() + " tidak dapat dihubungi untuk " + what + ": " + e.getMessage(),
          e);
    }
  }

  private static String hint(int rcode) {
    return switch (rcode) {
      case Rcode.NOTAUTH ->
          " (kunci TSIG tidak dikenal atau salah, atau jam server berbeda; periksa"
              + " aptika.dns.tsig-key-name dan APTIKA_DNS_TSIGSECRET)";
      case Rcode.REFUSED -> " (server tidak mengizinkan pembaruan zona ini dengan kunci tersebut)";
      case Rcode.NOTZONE -> " (zona tidak dilayani server ini; periksa aptika.dns.zone)";
      default -> "";
    };
  }

  private String server() {
    return settings.server() + ":" + settings.port();
  }

  private Record toRecord(DnsRecord record) {
    Name name = absolute(record.fqdn());
    if (!name.subdomain(zone)) {
      throw new IllegalArgumentException(record.fqdn() + " is not in zone " + zone);
    }
    try {
      return switch (record.type()) {
        case "A" ->
            new ARecord(name, DClass.IN, record.ttl(), InetAddress.getByName(record.data()));
        case "AAAA" ->
            new AAAARecord(name, DClass.IN, record.ttl(), InetAddress.getByName(record.data()));
        case "CNAME" -> new CNAMERecord(name, DClass.IN, record.ttl(), absolute(record.data()));
        default -> throw new IllegalArgumentException("Unsupported record type " + record.type());
      };
    } catch (IOException e) {
      throw new IllegalArgumentException("Bad record data " + record.data(), e);
    }
  }

  private static boolean sameData(Record a, Record b) {
    return a.getType() == b.getType() && a.rdataToString().equals(b.rdataToString());
  }

  private static String describe(List<Record> records) {
    if (records.isEmpty()) {
      return "tanpa rekaman yang terlihat";
    }
    return records.stream()
        .map(r -> Type.string(r.getType()) + " " + r.rdataToString())
        .collect(Collectors.joining(", "));
  }

  private static Name absolute(String name) {
    try {
      return Name.fromString(name.endsWith(".") ? name : name + ".");
    } catch (TextParseException e) {
      throw new IllegalArgumentException("Bad DNS name " + name, e);
    }
  }
}
