package id.go.trenggalekkab.aptika.identity;

import java.util.HashMap;
import java.util.Map;

/** Start variables of a request as a clerk's start form sends them. */
public final class RequestFixtures {

  private RequestFixtures() {}

  public static Map<String, Object> aSubdomainRequest() {
    Map<String, Object> variables = contactPerson();
    variables.put("subdomainName", "sikesda");
    variables.put("subdomainPurpose", "Sistem informasi kesehatan daerah untuk masyarakat");
    variables.put("serviceType", "SUBDOMAIN");
    variables.put("targetAddress", "103.10.20.30");
    return variables;
  }

  public static Map<String, Object> anSplpAccountRequest() {
    Map<String, Object> variables = contactPerson();
    variables.put(
        "businessProcess",
        "Integrasi data kunjungan puskesmas ke aplikasi SIK provinsi melalui SPLP");
    return variables;
  }

  private static Map<String, Object> contactPerson() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("requestLetterNumber", "400.7/123/406.010/2026");
    variables.put("requestLetterDate", "2026-11-20");
    variables.put("contactName", "Siti Rahmawati");
    variables.put("contactEmail", "siti@trenggalekkab.example");
    variables.put("contactPhone", "081234567890");
    return variables;
  }
}
