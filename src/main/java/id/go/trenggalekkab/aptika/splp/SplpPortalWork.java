package id.go.trenggalekkab.aptika.splp;

import id.go.trenggalekkab.aptika.letter.IndonesianDates;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a person doing an SPLP step by hand is told (the portal's address, the tenant, the role) and
 * what the record then says: the date, on the engine's clock in WIB.
 */
@Component
class SplpPortalWork {

  private final String portalUrl;
  private final String tenant;
  private final String role;

  SplpPortalWork(
      @Value("${aptika.splp.portal-url:https://splp.layanan.go.id/}") String portalUrl,
      @Value("${aptika.splp.portal.tenant:trenggalekkab.go.id}") String tenant,
      @Value("${aptika.splp.portal.subscriber-role:Internal/subscriber}") String role) {
    this.portalUrl = portalUrl;
    this.tenant = tenant;
    this.role = role;
  }

  String portalUrl() {
    return portalUrl;
  }

  String tenant() {
    return tenant;
  }

  String role() {
    return role;
  }

  /** Today in Bahasa Indonesia, e.g. "20 November 2026". */
  static String today() {
    return IndonesianDates.format(OfficeTime.today());
  }

  /**
   * The portal account's name: the one the Pelaksana chose after a refusal, else the one proposed
   * for the contact person, the local part of the e-mail address.
   */
  static String userName(String chosen, String email) {
    return chosen == null || chosen.isBlank()
        ? email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT)
        : chosen;
  }

  /** The record of an account the system registered in the portal. */
  static String registeredBySystem(SplpPortal.Account account) {
    return "Akun SPLP "
        + account.userName()
        + " didaftarkan oleh sistem di "
        + account.portal()
        + " pada "
        + today()
        + ".";
  }
}
