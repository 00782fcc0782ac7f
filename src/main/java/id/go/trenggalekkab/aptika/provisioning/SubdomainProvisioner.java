package id.go.trenggalekkab.aptika.provisioning;

/**
 * Creates a subdomain, and its hosting when asked, on the office's servers. The offline default
 * records what it would do; real adapters (DNS update, web server) replace it by configuration.
 */
public interface SubdomainProvisioner {

  /**
   * @return what was done, in Bahasa Indonesia, for the people working the request
   */
  Outcome provision(SubdomainOrder order);

  /**
   * @param status the registry status of the service: {@code AKTIF} when it exists on the servers,
   *     {@code DICATAT} when only recorded (offline)
   */
  record Outcome(String status, String note) {}
}
