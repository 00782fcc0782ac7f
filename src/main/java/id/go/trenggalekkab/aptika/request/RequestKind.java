package id.go.trenggalekkab.aptika.request;

/**
 * The procedure a request letter starts; it decides which fields step 4 of the SOP ("Mengecek
 * kelengkapan surat permohonan") demands on top of the common ones.
 */
public enum RequestKind {

  /**
   * SOP 060/029/406.020/2023 A, "Pembuatan Akun SPLP". The SOP names what the letter must carry:
   * name, e-mail and mobile number of the contact person and the business process of the
   * application to be integrated.
   */
  SPLP_ACCOUNT,

  /**
   * SOP 060/018/406.020/2023, "Pengajuan Sub Domain / Hosting". The SOP only names the letter; the
   * sub domain fields are what the executor needs in step 5 to create it without asking the
   * applicant again, which would restart the SOP clock.
   */
  SUBDOMAIN
}
