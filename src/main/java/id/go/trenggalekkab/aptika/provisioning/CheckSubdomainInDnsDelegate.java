package id.go.trenggalekkab.aptika.provisioning;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * After the Pelaksana confirms the manual step 5: looks the name up in DNS and records the result
 * as it is. A name that answers with another target than the one confirmed goes back to the
 * Pelaksana ({@code dnsCheck = DIFFERENT}) with what DNS said; a name not yet visible, or DNS not
 * reachable, does not hold the request (DNS takes time to spread): the registry, the notes and the
 * letter say so. The registry entry becomes {@code AKTIF} with the confirmed facts.
 */
@Component("checkSubdomainInDnsDelegate")
class CheckSubdomainInDnsDelegate implements JavaDelegate {

  private final DnsCheck dns;
  private final ServiceRegistry registry;
  private final int ttl;

  CheckSubdomainInDnsDelegate(
      DnsCheck dns, ServiceRegistry registry, @Value("${aptika.dns.ttl:3600}") int ttl) {
    this.dns = dns;
    this.registry = registry;
    this.ttl = ttl;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String fqdn = (String) execution.getVariable(SUBDOMAIN_FQDN);
    String target = (String) execution.getVariable(ManualWork.CONFIRMED_TARGET);
    DnsRecord record = new DnsRecord(fqdn, SubdomainOrder.typeOf(target), target, ttl);
    DnsCheck.Result check = dns.check(fqdn, record.type(), target);
    String result = ServiceStatement.checkResult(check, dns.resolverName(), record);
    execution.setVariable(ManualWork.CHECK, check.visibility().name());
    execution.setVariable(ManualWork.CHECK_RESULT, result);
    if (check.visibility() == DnsCheck.Visibility.DIFFERENT) {
      ProcessNotes.append(
          execution,
          "Langkah 5: pemeriksaan DNS " + result + " Tugas kembali ke Pelaksana untuk diperbaiki.");
      return;
    }
    boolean dnsByHand = ManualWork.dnsByHand(execution);
    boolean hosted = "HOSTING".equals(execution.getVariable(SERVICE_TYPE));
    boolean hostingByHand = hosted && ManualWork.hostingByHand(execution);
    String documentRoot =
        hostingByHand ? (String) execution.getVariable(ManualWork.CONFIRMED_DOCUMENT_ROOT) : null;
    String provider = hostingByHand ? "nginx (dibuat manual)" : hosted ? "nginx" : null;
    registry.complete(
        (String) execution.getVariable(SUBDOMAIN_NAME),
        execution.getProcessInstanceId(),
        new ServiceRegistry.Created(
            ServiceRegistry.ACTIVE, record.type(), target, ttl, provider, documentRoot));
    OffsetDateTime confirmedAt =
        OffsetDateTime.parse((String) execution.getVariable(ManualWork.CONFIRMED_AT));
    LocalDate today = OfficeTime.of(ClockUtil.getCurrentTime().toInstant()).toLocalDate();
    execution.setVariable(
        ProvisionSubdomainDelegate.CREATED_SERVICE,
        ServiceStatement.summary(record, provider, documentRoot) + "\nPemeriksaan DNS: " + result);
    execution.setVariable(
        SERVICE_STATEMENT,
        ServiceStatement.confirmed(
            record,
            dnsByHand,
            hosted ? hostingByHand : null,
            confirmedAt.toLocalDate(),
            check,
            today));
    ProcessNotes.append(execution, note(execution, record, dnsByHand, hostingByHand, result));
  }

  private static String note(
      DelegateExecution execution,
      DnsRecord record,
      boolean dnsByHand,
      boolean hostingByHand,
      String result) {
    OffsetDateTime at =
        OffsetDateTime.parse((String) execution.getVariable(ManualWork.CONFIRMED_AT));
    String who =
        execution.getVariable(ManualWork.CONFIRMED_BY)
            + " pada "
            + ServiceStatement.DATE.format(at)
            + " pukul "
            + String.format("%02d.%02d WIB", at.getHour(), at.getMinute());
    Object notes = execution.getVariable(ManualWork.NOTES);
    return "Langkah 5: "
        + (dnsByHand ? "rekaman DNS " + record.describe() + " dibuat secara manual" : "")
        + (dnsByHand && hostingByHand ? " dan " : "")
        + (hostingByHand
            ? "virtual host "
                + record.fqdn()
                + " (document root "
                + execution.getVariable(ManualWork.CONFIRMED_DOCUMENT_ROOT)
                + ") dibuat secara manual"
            : "")
        + " oleh "
        + who
        + ", dikonfirmasi di Tasklist"
        + (notes == null || notes.toString().isBlank()
            ? ""
            : " (catatan: " + notes.toString().strip() + ")")
        + ". Pemeriksaan DNS "
        + result
        + " Daftar layanan: "
        + ServiceRegistry.ACTIVE
        + ".";
  }
}
