package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.request.ServiceType;

/** What step 5 is asked to create: {@code label.zone}, pointing at a server or with hosting. */
public record SubdomainOrder(
    String processInstanceId,
    String unitId,
    String label,
    String zone,
    ServiceType serviceType,
    String targetAddress) {

  public String fqdn() {
    return label + "." + zone;
  }

  /**
   * The record to create: A for an IPv4 address, AAAA for IPv6, CNAME for a host name. Hosting
   * points at the web server's address, or is described in words when that is not configured (the
   * Pelaksana then fills in the address).
   */
  public DnsRecord record(String hostingAddress, int ttl) {
    if (serviceType == ServiceType.HOSTING) {
      return hostingAddress == null
          ? new DnsRecord(fqdn(), "A", UNKNOWN_HOSTING_ADDRESS, ttl)
          : new DnsRecord(fqdn(), typeOf(hostingAddress), hostingAddress, ttl);
    }
    return new DnsRecord(fqdn(), typeOf(targetAddress), targetAddress, ttl);
  }

  /** The target of a hosted name when {@code aptika.hosting.address} is not set. */
  static final String UNKNOWN_HOSTING_ADDRESS = "alamat IP server hosting kantor";

  /** A for an IPv4 address, AAAA for IPv6, CNAME for a host name. */
  static String typeOf(String target) {
    if (target.contains(":")) {
      return "AAAA";
    }
    return target.matches("[0-9.]+") ? "A" : "CNAME";
  }
}
