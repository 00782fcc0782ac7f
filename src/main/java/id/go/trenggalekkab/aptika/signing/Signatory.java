package id.go.trenggalekkab.aptika.signing;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Kadis, who signs the office's letters. The defaults are the demo Kadis (an invented person),
 * whom the prod profile refuses; production sets the real one.
 */
public record Signatory(
    @DefaultValue("Kepala Dinas Komunikasi dan Informatika") String jabatan,
    @DefaultValue(DEMO_NAMA) String nama,
    @DefaultValue("Pembina Utama Muda (IV/c)") String pangkat,
    @DefaultValue(DEMO_NIP) String nip) {

  public static final String DEMO_NAMA = "BUDI SANTOSO, S.Kom., M.M.";
  public static final String DEMO_NIP = "19700101 199503 1 001";

  /** Whether this is the demo Kadis, by name or by NIP. */
  public boolean isDemo() {
    return DEMO_NAMA.equalsIgnoreCase(nama.strip()) || digits(DEMO_NIP).equals(digits(nip));
  }

  private static String digits(String nip) {
    return nip.replaceAll("\\D", "");
  }
}
