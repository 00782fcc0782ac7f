package id.go.trenggalekkab.aptika.provisioning;

import java.util.Optional;

/**
 * What step 5 works with: the DNS and hosting adapters where they are integrated (empty where the
 * Pelaksana does the work by hand), the zone, and the address hosted names point at. Public so that
 * the process tests can give a step an adapter in their one shared context.
 */
public record ProvisioningAdapters(
    Optional<SubdomainDns> dns,
    Optional<WebHosting> hosting,
    String zone,
    Optional<String> hostingAddress) {}
