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

  /** A for IPv4, AAAA for IPv6, CNAME for a host name; hosting points at the web server. */
  public String recordType() {
    if (serviceType == ServiceType.HOSTING) {
      return "A";
    }
    if (targetAddress.contains(":")) {
      return "AAAA";
    }
    return targetAddress.matches("[0-9.]+") ? "A" : "CNAME";
  }
}
