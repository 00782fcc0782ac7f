package id.go.trenggalekkab.aptika.provisioning;

/**
 * The record step 5 creates in the zone.
 *
 * @param fqdn the new name, {@code label.zone}, without the trailing dot
 * @param type {@code A}, {@code AAAA} or {@code CNAME}
 * @param data the address, or the host name a CNAME points at
 * @param ttl the time to live in seconds
 */
public record DnsRecord(String fqdn, String type, String data, int ttl) {

  /** The record as people read it, e.g. "A sikesda.trenggalekkab.go.id -> 103.10.20.30". */
  public String describe() {
    return type + " " + fqdn + " -> " + data + " (TTL " + ttl + " detik)";
  }
}
