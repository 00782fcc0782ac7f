package id.go.trenggalekkab.aptika.splp.wso2;

import id.go.trenggalekkab.aptika.splp.SplpPortal;
import id.go.trenggalekkab.aptika.splp.SplpRejectedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The SPLP portal through WSO2's own APIs: SCIM 2.0 for accounts, the DevPortal REST API for
 * applications. Every call is repeatable for the same process instance (see {@link
 * PortalAttempts}): a retry finds the user or application its earlier attempt created, grants the
 * role again (harmless), takes a fresh consumer secret instead of generating keys twice, and skips
 * subscriptions that exist.
 *
 * <p>The clients are looked up on first use: against the test-scope simulator, the application's
 * own port is known only once its web server runs. Every note names the portal by its address, so
 * the record says where the account or application was made.
 */
class Wso2SplpPortal implements SplpPortal {

  private final ObjectProvider<Wso2ScimClient> scim;
  private final ObjectProvider<Wso2ApiManagerClient> apiManager;
  private final Supplier<SplpPortalProperties> properties;
  private final PortalAttempts attempts;

  Wso2SplpPortal(
      ObjectProvider<Wso2ScimClient> scim,
      ObjectProvider<Wso2ApiManagerClient> apiManager,
      Supplier<SplpPortalProperties> properties,
      PortalAttempts attempts) {
    this.scim = scim;
    this.apiManager = apiManager;
    this.properties = properties;
    this.attempts = attempts;
  }

  @Override
  public Account registerAccount(AccountOrder order) {
    Wso2ScimClient users = scim.getObject();
    String name = order.userName();
    boolean resumed = attempts.begin(order.processInstanceId(), PortalAttempts.ACCOUNT, name);
    String id = resumed ? users.findUser(name).orElse(null) : null;
    String how;
    if (id == null) {
      String[] names = givenAndFamily(order.contactName());
      create(
          order.processInstanceId(),
          PortalAttempts.ACCOUNT,
          name,
          () ->
              users.createUser(
                  name, names[0], names[1], order.contactEmail(), order.contactPhone()));
      how = "dibuat";
    } else {
      users.grantSubscriberRole(id);
      how = "ditemukan dari percobaan sebelumnya dan dilengkapi";
    }
    String account = name + "@" + properties.get().tenant();
    return new Account(
        account,
        portalName(),
        "akun SPLP "
            + account
            + " ("
            + order.contactName()
            + ", "
            + order.contactEmail()
            + ") "
            + how
            + " di "
            + portalName()
            + " dengan peran "
            + properties.get().subscriberRole()
            + "; kata sandi diatur sendiri oleh pemiliknya lewat e-mail dari portal.");
  }

  @Override
  public Application createApplication(ApplicationOrder order) {
    Wso2ApiManagerClient portal = apiManager.getObject();
    String name = order.name();
    boolean resumed = attempts.begin(order.processInstanceId(), PortalAttempts.APPLICATION, name);
    String applicationId = resumed ? portal.findApplication(name).orElse(null) : null;
    if (applicationId == null) {
      applicationId =
          create(
              order.processInstanceId(),
              PortalAttempts.APPLICATION,
              name,
              () ->
                  portal.createApplication(
                      name,
                      order.description() == null ? "" : order.description(),
                      order.throttlingPolicy(),
                      order.tokenType()));
    }
    String id = applicationId;
    OAuthKeys keys =
        portal
            .findKeys(id, order.keyType())
            .map(earlier -> portal.regenerateSecret(id, earlier))
            .orElseGet(
                () ->
                    portal.generateKeys(
                        id,
                        order.keyType(),
                        Arrays.asList(order.grantTypes().split("\\s+")),
                        order.callbackUrl()));
    ApiKey apiKey = portal.generateApiKey(id, order.keyType(), -1);
    List<String> subscribed = subscribe(portal, id, order);
    return new Application(
        id,
        keys.consumerKey(),
        "aplikasi '"
            + name
            + "' (id "
            + id
            + ", token "
            + order.tokenType()
            + ", kebijakan "
            + order.throttlingPolicy()
            + ") "
            + (resumed ? "dilanjutkan dari percobaan sebelumnya" : "dibuat")
            + " di "
            + portalName()
            + "; kunci OAuth2 "
            + order.keyType()
            + " (consumer key "
            + keys.consumerKey()
            + ") dan API key dibuat; berlangganan "
            + (subscribed.isEmpty() ? "(tidak ada API)" : String.join(", ", subscribed))
            + ". Consumer secret dan API key hanya dapat diambil sekali oleh pemohon.",
        new Credentials(keys.consumerKey(), keys.consumerSecret(), apiKey.apikey()));
  }

  /** "portal SPLP splp.layanan.go.id": the portal by the address the adapter called. */
  private String portalName() {
    URI base = URI.create(properties.get().baseUrl());
    return "portal SPLP "
        + base.getHost()
        + (base.getPort() < 0 ? "" : ":" + base.getPort())
        + (base.getPath() == null ? "" : base.getPath());
  }

  /** Subscribes to each API the Pengguna named as {@code name/version}, once. */
  private List<String> subscribe(
      Wso2ApiManagerClient portal, String applicationId, ApplicationOrder order) {
    Set<String> existing = portal.subscribedApis(applicationId);
    List<String> subscribed = new ArrayList<>();
    for (String api : order.apis()) {
      int slash = api.lastIndexOf('/');
      String apiName = slash < 0 ? api : api.substring(0, slash);
      String version = slash < 0 ? "" : api.substring(slash + 1);
      String apiId =
          portal
              .findApi(apiName, version)
              .orElseThrow(
                  () ->
                      new SplpRejectedException(
                          "Portal SPLP tidak mengenal API '"
                              + api
                              + "' (nama/versi). Aplikasi sudah dibuat; periksa daftar API yang"
                              + " dilanggan lalu coba lagi.",
                          404,
                          "API " + api + " tidak ditemukan"));
      if (!existing.contains(apiId)) {
        portal.subscribe(applicationId, apiId, order.throttlingPolicy());
      }
      subscribed.add(api);
    }
    return subscribed;
  }

  private <T> T create(String processInstanceId, String kind, String name, Supplier<T> call) {
    try {
      return call.get();
    } catch (SplpRejectedException e) {
      attempts.forget(processInstanceId, kind, name);
      throw e;
    }
  }

  /** WSO2 requires a family name; a one-word name (common in Indonesia) serves as both. */
  static String[] givenAndFamily(String fullName) {
    String name = fullName.strip();
    int space = name.lastIndexOf(' ');
    return space < 0
        ? new String[] {name, name}
        : new String[] {name.substring(0, space).strip(), name.substring(space + 1)};
  }
}
