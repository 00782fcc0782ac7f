package id.go.trenggalekkab.aptika.provisioning;

/**
 * Creates a subdomain's record in the regency's DNS zone with {@code aptika.dns.mode=rfc2136}:
 * dynamic updates (RFC 2136, signed with TSIG), which BIND, PowerDNS, Knot and Windows DNS all
 * accept. In the default manual mode there is no adapter; the Pelaksana creates the record.
 */
public interface SubdomainDns {

  /**
   * Creates the record, never overwriting a name that exists.
   *
   * @return what happened, with a note in Bahasa Indonesia for the people working the request
   * @throws NameTakenException when the name exists in the zone with other data
   * @throws ProvisioningFailedException when the server cannot be reached or refuses the update
   */
  Result create(DnsRecord record, String processInstanceId);

  /** The zone new names are created in, e.g. {@code trenggalekkab.go.id}. */
  String zone();

  /** The outcome of {@link #create}. */
  enum Outcome {
    /** The record was added and the server answers with it. */
    CREATED,
    /** The name already held exactly this record (a retry of the same request, or a twin). */
    ALREADY_PRESENT
  }

  record Result(Outcome outcome, String note) {}
}
