package id.go.trenggalekkab.aptika.splp.simulator;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The state of the offline SPLP portal simulator: the subset of WSO2 API Manager that the
 * application uses (client registration, tokens, SCIM users and roles, DevPortal applications,
 * keys, API keys and subscriptions), held in memory and lost on restart. It is no portal: nobody
 * can log in to it and no API behind it answers. Its service account has a password made for this
 * run only.
 *
 * <p>For tests and demonstrations it can be told to fail an operation: refuse it as unavailable, or
 * carry it out and lose the reply, as a crash between the portal's commit and ours would.
 */
public class SplpSimulator {

  /** How a simulated operation fails. */
  public enum Fault {
    /** 503 before anything happens. */
    UNAVAILABLE,
    /** The operation is carried out, then the reply is lost (504). */
    LOST_REPLY
  }

  static final String SUBSCRIBER_ROLE_ID = "5e5b2c7a-9d3f-4c1e-8f6a-1b2c3d4e5f60";
  static final Set<String> THROTTLING_POLICIES =
      Set.of("Unlimited", "10PerMin", "20PerMin", "50PerMin");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String tenant;
  private final String serviceAccount;
  private final String serviceAccountPassword = random(24);
  private final Map<String, String> clients = new HashMap<>();
  private final Set<String> tokens = new LinkedHashSet<>();
  private final Map<String, Map<String, Object>> users = new LinkedHashMap<>();
  private final Set<String> subscribers = new LinkedHashSet<>();
  private final Map<String, App> applications = new LinkedHashMap<>();
  private final Map<String, Api> apis = new LinkedHashMap<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();

  public SplpSimulator(String tenant, List<String> apis) {
    this.tenant = tenant;
    this.serviceAccount = "layanan-aptika@" + tenant;
    for (String api : apis) {
      String[] nameAndVersion = api.strip().split("/", 2);
      String id = UUID.nameUUIDFromBytes(api.strip().getBytes()).toString();
      this.apis.put(
          id,
          new Api(id, nameAndVersion[0], nameAndVersion.length > 1 ? nameAndVersion[1] : "1.0"));
    }
  }

  public String tenant() {
    return tenant;
  }

  public String serviceAccount() {
    return serviceAccount;
  }

  public String serviceAccountPassword() {
    return serviceAccountPassword;
  }

  // ---- faults ----

  /** The next {@code times} calls of the operation (e.g. {@code "POST /applications"}) fail. */
  public synchronized void failNext(String operation, Fault fault, int times) {
    Deque<Fault> queue = faults.computeIfAbsent(operation, k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  public synchronized void clearFaults() {
    faults.clear();
  }

  /** Forgets every user, application and fault; registered clients and tokens stay valid. */
  public synchronized void reset() {
    users.clear();
    subscribers.clear();
    applications.clear();
    faults.clear();
  }

  synchronized Fault nextFault(String operation) {
    Deque<Fault> queue = faults.get(operation);
    return queue == null ? null : queue.poll();
  }

  // ---- our caller's credentials ----

  synchronized Map<String, Object> register(String clientName) {
    String id = random(21);
    String secret = random(21);
    clients.put(id, secret);
    return Map.of(
        "clientId", id,
        "clientSecret", secret,
        "clientName", clientName,
        "callBackURL", "https://localhost",
        "isSaasApplication", true,
        "appOwner", serviceAccount);
  }

  synchronized boolean isClient(String id, String secret) {
    return secret != null && secret.equals(clients.get(id));
  }

  boolean isServiceAccount(String username, String password) {
    return serviceAccount.equals(username) && serviceAccountPassword.equals(password);
  }

  synchronized String issueToken() {
    String token = UUID.randomUUID().toString();
    tokens.add(token);
    return token;
  }

  synchronized boolean isToken(String token) {
    return tokens.contains(token);
  }

  /** Forgets every token, as a portal restart or revocation would. */
  public synchronized void revokeTokens() {
    tokens.clear();
  }

  // ---- SCIM ----

  synchronized Map<String, Object> findUser(String userName) {
    return users.get(userName);
  }

  synchronized boolean hasUser(String userName) {
    return users.containsKey(userName);
  }

  synchronized Map<String, Object> createUser(Map<String, Object> user) {
    Map<String, Object> created = new LinkedHashMap<>(user);
    created.put("id", UUID.randomUUID().toString());
    created.put("meta", Map.of("resourceType", "User"));
    users.put((String) user.get("userName"), created);
    return created;
  }

  synchronized void addSubscriber(String userId) {
    subscribers.add(userId);
  }

  /** Whether the user exists and holds the subscriber role. */
  public synchronized boolean isSubscriber(String userName) {
    Map<String, Object> user = users.get(userName);
    return user != null && subscribers.contains((String) user.get("id"));
  }

  public synchronized int userCount() {
    return users.size();
  }

  /** An account somebody else made in the portal, for trying conflicts. */
  public synchronized void addForeignUser(String userName) {
    createUser(Map.of("userName", userName));
  }

  // ---- DevPortal ----

  synchronized App application(String id) {
    return applications.get(id);
  }

  synchronized App applicationNamed(String name) {
    return applications.values().stream()
        .filter(app -> app.name.equals(name))
        .findFirst()
        .orElse(null);
  }

  synchronized List<App> applicationsMatching(String query) {
    return applications.values().stream()
        .filter(app -> query == null || app.name.contains(query))
        .toList();
  }

  synchronized App createApplication(
      String name, String description, String policy, String tokenType) {
    App app = new App(UUID.randomUUID().toString(), name, description, policy, tokenType);
    applications.put(app.id, app);
    return app;
  }

  public synchronized int applicationCount() {
    return applications.size();
  }

  /** How many API keys were generated for the application named so. */
  public synchronized int apiKeyCount(String applicationName) {
    App app = applicationNamed(applicationName);
    return app == null ? 0 : app.apiKeys;
  }

  /** The names of the APIs the application named so is subscribed to. */
  public synchronized List<String> subscriptionsOf(String applicationName) {
    App app = applicationNamed(applicationName);
    List<String> names = new ArrayList<>();
    if (app != null) {
      app.subscriptions.keySet().forEach(apiId -> names.add(apis.get(apiId).label()));
    }
    return names;
  }

  /** An application somebody else made in the portal, for trying conflicts. */
  public synchronized void addForeignApplication(String name) {
    createApplication(name, "", "Unlimited", "JWT");
  }

  synchronized Keys generateKeys(App app, String keyType) {
    Keys keys = new Keys(UUID.randomUUID().toString(), keyType, random(21), random(21));
    app.keys.put(keyType, keys);
    return keys;
  }

  synchronized Keys regenerateSecret(App app, Keys keys) {
    Keys renewed = new Keys(keys.keyMappingId, keys.keyType, keys.consumerKey, random(21));
    app.keys.put(keys.keyType, renewed);
    return renewed;
  }

  synchronized String generateApiKey(App app) {
    app.apiKeys++;
    // The shape of a WSO2 API key: a signed JWT. This one is signed by nobody.
    return "eyJ4NXQiOiJzaW11bGF0b3IiLCJraWQiOiJzaW11bGF0b3IiLCJhbGciOiJSUzI1NiJ9."
        + random(48)
        + "."
        + random(64);
  }

  synchronized List<Api> apisNamed(String name) {
    return apis.values().stream().filter(api -> name == null || api.name.equals(name)).toList();
  }

  synchronized Api api(String id) {
    return apis.get(id);
  }

  synchronized String subscribe(App app, Api api) {
    String id = UUID.randomUUID().toString();
    app.subscriptions.put(api.id, id);
    return id;
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  static final class App {
    final String id;
    final String name;
    final String description;
    final String policy;
    final String tokenType;
    final Map<String, Keys> keys = new LinkedHashMap<>();
    final Map<String, String> subscriptions = new LinkedHashMap<>();
    int apiKeys;

    App(String id, String name, String description, String policy, String tokenType) {
      this.id = id;
      this.name = name;
      this.description = description;
      this.policy = policy;
      this.tokenType = tokenType;
    }
  }

  record Keys(String keyMappingId, String keyType, String consumerKey, String consumerSecret) {}

  record Api(String id, String name, String version) {
    String label() {
      return name + "/" + version;
    }
  }
}
