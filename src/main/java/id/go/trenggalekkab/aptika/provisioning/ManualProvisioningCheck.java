package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * After the Pelaksana confirms the manual step 5: looks the name up in DNS and records the result
 * as it is. A name that answers with another target than the one confirmed goes back to the
 * Pelaksana ({@code dnsCheck = DIFFERENT}) with what DNS said; a name not yet visible, or DNS not
 * reachable, does not hold the request (DNS takes time to spread): the registry, the notes and the
 * letter say so. The registry entry becomes {@code AKTIF} with the confirmed facts.
 */
@Service
class ManualProvisioningCheck {

  /** What the Pelaksana confirmed (form create-subdomain-manually, see {@link ManualWork}). */
  record Confirmation(
      String processInstanceId,
      String label,
      String fqdn,
      String target,
      boolean hosted,
      boolean dnsByHand,
      boolean hostingByHand,
      String documentRoot,
      String confirmedBy,
      OffsetDateTime confirmedAt,
      String notes) {}

  private final DnsCheck dns;
  private final ServiceRegistry registry;
  private final int ttl;

  ManualProvisioningCheck(
      DnsCheck dns, ServiceRegistry registry, @Value("${aptika.dns.ttl:3600}") int ttl) {
    this.dns = dns;
    this.registry = registry;
    this.ttl = ttl;
  }

  SubdomainProvisioning.Provisioned check(Confirmation confirmed) {
    String target = confirmed.target();
    DnsRecord record = new DnsRecord(confirmed.fqdn(), SubdomainOrder.typeOf(target), target, ttl);
    DnsCheck.Result check = dns.check(confirmed.fqdn(), record.type(), target);
    String result = ServiceStatement.checkResult(check, dns.resolverName(), record);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(SubdomainHostingContract.DNS_CHECK, check.visibility().name());
    variables.put(SubdomainHostingContract.DNS_CHECK_RESULT, result);
    if (check.visibility() == DnsCheck.Visibility.DIFFERENT) {
      return new SubdomainProvisioning.Provisioned(
          variables,
          "Langkah 5: pemeriksaan DNS " + result + " Tugas kembali ke Pelaksana untuk diperbaiki.");
    }
    String documentRoot = confirmed.hostingByHand() ? confirmed.documentRoot() : null;
    String provider =
        confirmed.hostingByHand() ? "nginx (dibuat manual)" : confirmed.hosted() ? "nginx" : null;
    registry.complete(
        confirmed.label(),
        confirmed.processInstanceId(),
        new ServiceRegistry.Created(
            ServiceRegistry.ACTIVE, record.type(), target, ttl, provider, documentRoot));
    LocalDate today = OfficeTime.today();
    variables.put(
        SubdomainHostingContract.CREATED_SERVICE,
        ServiceStatement.summary(record, provider, documentRoot) + "\nPemeriksaan DNS: " + result);
    variables.put(
        RequestVariables.SERVICE_STATEMENT,
        ServiceStatement.confirmed(
            record,
            confirmed.dnsByHand(),
            confirmed.hosted() ? confirmed.hostingByHand() : null,
            confirmed.confirmedAt().toLocalDate(),
            check,
            today));
    return new SubdomainProvisioning.Provisioned(variables, note(confirmed, record, result));
  }

  private static String note(Confirmation confirmed, DnsRecord record, String result) {
    OffsetDateTime at = confirmed.confirmedAt();
    String who =
        confirmed.confirmedBy()
            + " pada "
            + ServiceStatement.DATE.format(at)
            + " pukul "
            + String.format("%02d.%02d WIB", at.getHour(), at.getMinute());
    String notes = confirmed.notes();
    return "Langkah 5: "
        + (confirmed.dnsByHand()
            ? "rekaman DNS " + record.describe() + " dibuat secara manual"
            : "")
        + (confirmed.dnsByHand() && confirmed.hostingByHand() ? " dan " : "")
        + (confirmed.hostingByHand()
            ? "virtual host "
                + record.fqdn()
                + " (document root "
                + confirmed.documentRoot()
                + ") dibuat secara manual"
            : "")
        + " oleh "
        + who
        + ", dikonfirmasi di Tasklist"
        + (notes == null || notes.isBlank() ? "" : " (catatan: " + notes + ")")
        + ". Pemeriksaan DNS "
        + result
        + (confirmed.hostingByHand()
            ? " Virtual host tidak diperiksa oleh sistem (aptika.hosting.mode=manual): yang"
                + " tercatat adalah konfirmasi Pelaksana."
            : "")
        + " Daftar layanan: "
        + ServiceRegistry.ACTIVE
        + ".";
  }
}
