package id.go.trenggalekkab.aptika.splp;

import id.go.trenggalekkab.aptika.system.OfflineActionLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The default: calls no portal, records the account and application it would create. */
@Component
class OfflineSplpPortal implements SplpPortal {

  private final OfflineActionLog log;
  private final String tenant;

  OfflineSplpPortal(
      OfflineActionLog log, @Value("${aptika.splp.tenant:trenggalekkab.go.id}") String tenant) {
    this.log = log;
    this.tenant = tenant;
  }

  @Override
  public Outcome registerAccount(AccountOrder order) {
    String account =
        "pengguna "
            + order.userName()
            + "@"
            + tenant
            + " ("
            + order.contactName()
            + ", "
            + order.contactEmail()
            + ") dengan peran Internal/subscriber; kata sandi diatur"
            + " sendiri lewat e-mail portal (askPassword)";
    log.record("SPLP", "BUAT_AKUN", account, order.processInstanceId());
    return new Outcome(
        order.userName() + "@" + tenant,
        "Mode offline: akun SPLP " + account + " dicatat, belum dibuat di portal SPLP.");
  }

  @Override
  public Outcome createApplication(ApplicationOrder order) {
    String application =
        "aplikasi '"
            + order.name()
            + "' milik "
            + order.owner()
            + " (token "
            + order.tokenType()
            + ", kebijakan "
            + order.throttlingPolicy()
            + "), kunci OAuth2 "
            + order.keyType()
            + " dengan grant "
            + order.grantTypes()
            + ", API key, dan langganan "
            + (order.apis().isEmpty() ? "(tidak ada)" : String.join(", ", order.apis()));
    log.record("SPLP", "BUAT_APLIKASI", application, order.processInstanceId());
    return new Outcome(
        null,
        "Mode offline: "
            + application
            + " dicatat, belum dibuat di portal SPLP;"
            + " belum ada consumer key, consumer secret, maupun API key.");
  }
}
