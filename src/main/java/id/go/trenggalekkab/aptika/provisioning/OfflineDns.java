package id.go.trenggalekkab.aptika.provisioning;

import id.go.trenggalekkab.aptika.system.OfflineActionLog;

/** The default: touches no DNS server, records the update it would send. */
class OfflineDns implements SubdomainDns {

  private final OfflineActionLog log;
  private final String zone;

  OfflineDns(OfflineActionLog log, String zone) {
    this.log = log;
    this.zone = zone;
  }

  @Override
  public Result create(DnsRecord record, String processInstanceId) {
    String update = "rekaman " + record.describe() + " (pembaruan DNS RFC 2136)";
    log.record("DNS", "BUAT_REKAMAN", update, processInstanceId);
    return new Result(
        Outcome.RECORDED_OFFLINE,
        "Mode offline: " + update + " dicatat, belum dibuat di server DNS.");
  }

  @Override
  public String zone() {
    return zone;
  }
}
