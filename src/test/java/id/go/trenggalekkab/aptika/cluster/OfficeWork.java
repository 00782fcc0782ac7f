package id.go.trenggalekkab.aptika.cluster;

import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The people of the office at work over the REST API of a node, as Tasklist sends it: a clerk or
 * Pengguna submits the start form with the letter, and whenever a request waits for a person, the
 * person of that lane completes the task with what their form asks for. Only the steps a request
 * takes on its straight way to the end are known; any other task fails the test with its name.
 */
final class OfficeWork {

  static final String SUBDOMAIN = "SubdomainHostingProcess";
  static final String SPLP_ACCOUNT = "SplpAccountProcess";
  static final String SPLP_APPLICATION = "SplpApplicationProcess";
  static final String APPROVAL = "Task_ApproveReplyLetter";

  private record Step(String user, Map<String, Object> values) {}

  private static final Map<String, Step> STEPS =
      Map.ofEntries(
          Map.entry(
              "Task_DisposeRequestByKadis",
              new Step("budi", Map.of("dispositionKadis", "Kabid Aptika, mohon diproses."))),
          Map.entry(
              "Task_DisposeRequestByKabid",
              new Step("sri", Map.of("dispositionKabid", "Pelaksana, mohon diproses."))),
          Map.entry(
              "Task_PrepareReplyLetterDraft", new Step("agus", Map.of("executorNotes", "Siap."))),
          Map.entry("Task_RaiseDraftToKadis", new Step("sri", Map.of("kabidDecision", "RAISE"))),
          Map.entry(
              "Task_PrepareActivityReport",
              new Step("sri", Map.of("activityReportNotes", "Akun sudah didaftarkan."))),
          Map.entry(
              "Task_ForwardActivityReport",
              new Step("budi", Map.of("forwardNotes", "Mohon dijaga kerahasiaannya."))),
          Map.entry("Task_OpenSplpUserPortal", new Step("fajar", Map.of("splpUserName", "fajar"))),
          Map.entry("Task_RetrieveSplpCredentials", new Step("fajar", Map.of())));

  /** The SPLP application each SOP B request names, unique in the portal. */
  private final Map<String, String> applicationNames = new ConcurrentHashMap<>();

  /** The BSrE passphrase the Kadis types when approving each request's reply letter. */
  private final Map<String, String> passphrases = new ConcurrentHashMap<>();

  private final Set<String> approved = ConcurrentHashMap.newKeySet();

  /** Completions the node refused (a person would see an error and try again). */
  private final Map<String, Integer> refused = new ConcurrentHashMap<>();

  /**
   * Starts a request as its applicant through the start form.
   *
   * @param label makes the request's names (subdomain, contact, application) unique in the batch
   */
  String start(AppNode node, String processKey, String label) {
    Map<String, Object> variables;
    String user;
    switch (processKey) {
      case SUBDOMAIN -> {
        user = "siti";
        variables = RequestFixtures.aSubdomainRequest();
        variables.put("subdomainName", label);
        variables.put("serviceType", "HOSTING");
        variables.remove("targetAddress");
        variables.put("contactEmail", label + "@trenggalekkab.example");
      }
      case SPLP_ACCOUNT -> {
        user = "siti";
        variables = RequestFixtures.anSplpAccountRequest();
        variables.put("contactEmail", label + "@trenggalekkab.example");
      }
      case SPLP_APPLICATION -> {
        user = "fajar";
        variables = RequestFixtures.anSplpApplicationRequest();
      }
      default -> throw new IllegalArgumentException(processKey);
    }
    ResponseEntity<Map> started =
        node.as(user)
            .postForEntity(
                "/engine-rest/process-definition/key/" + processKey + "/submit-form",
                Map.of("variables", RequestFixtures.asRestVariables(variables)),
                Map.class);
    if (!started.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError(processKey + " not started: " + started.getBody());
    }
    String id = (String) started.getBody().get("id");
    applicationNames.put(id, label);
    passphrases.put(id, "Sandi-" + label + "-" + UUID.randomUUID().toString().substring(0, 8));
    return id;
  }

  /**
   * Completes every task the request waits for, on this node, each by the person of its lane.
   *
   * @return how many tasks were completed
   */
  int completeOpenTasks(AppNode node, String processInstanceId) {
    int completed = 0;
    for (Map.Entry<String, String> task : openTasks(node, processInstanceId).entrySet()) {
      if (complete(node, processInstanceId, task.getValue(), task.getKey())) {
        completed++;
      }
    }
    return completed;
  }

  /** The tasks the request waits for: task definition key to task id. */
  static Map<String, String> openTasks(AppNode node, String processInstanceId) {
    List<?> tasks =
        node.as("admin")
            .getForObject(
                "/engine-rest/task?processInstanceId={id}", List.class, processInstanceId);
    Map<String, String> open = new LinkedHashMap<>();
    for (Object task : tasks == null ? List.of() : tasks) {
      Map<?, ?> fields = (Map<?, ?>) task;
      open.put((String) fields.get("taskDefinitionKey"), (String) fields.get("id"));
    }
    return open;
  }

  boolean complete(AppNode node, String processInstanceId, String taskId, String key) {
    Step step = step(processInstanceId, key);
    TestRestTemplate as = node.as(step.user());
    if (key.equals("Task_RetrieveSplpCredentials")) {
      String credentialsId = (String) variable(node, processInstanceId, "credentialsId");
      as.postForEntity("/api/credentials/" + credentialsId + "/retrieve", null, Map.class);
    }
    as.postForEntity(
        "/engine-rest/task/" + taskId + "/claim", Map.of("userId", step.user()), String.class);
    // the approval as Tasklist sends its form, where the Kadis types the passphrase
    String action = key.equals(APPROVAL) ? "/submit-form" : "/complete";
    ResponseEntity<String> done =
        as.postForEntity(
            "/engine-rest/task/" + taskId + action,
            Map.of("variables", RequestFixtures.asRestVariables(step.values())),
            String.class);
    if (done.getStatusCode().value() == 204 && key.equals(APPROVAL)) {
      approved.add(processInstanceId);
    }
    if (done.getStatusCode().value() != 204) {
      refused.merge(
          done.getStatusCode().value() + " " + key + " " + done.getBody(), 1, Integer::sum);
      return false;
    }
    return true;
  }

  Map<String, Integer> refused() {
    return refused;
  }

  String passphraseOf(String processInstanceId) {
    return passphrases.get(processInstanceId);
  }

  /** The passphrases of the requests whose reply letter the Kadis approved. */
  List<String> passphrasesTyped() {
    return approved.stream().map(passphrases::get).toList();
  }

  private Step step(String processInstanceId, String key) {
    if (key.equals("Task_FillApplicationData")) {
      Map<String, Object> data = new HashMap<>(RequestFixtures.anSplpApplication());
      data.put("applicationName", applicationNames.getOrDefault(processInstanceId, "app"));
      data.put("apiSubscriptions", "simalik/1.0");
      return new Step("fajar", data);
    }
    if (key.equals("Task_RetrieveSplpCredentials")) {
      return new Step("fajar", Map.of("credentialsSaved", true));
    }
    if (key.equals(APPROVAL)) {
      return new Step(
          "budi",
          Map.of(
              "kadisDecision", "APPROVE", "signerPassphrase", passphrases.get(processInstanceId)));
    }
    Step step = STEPS.get(key);
    if (step == null) {
      throw new AssertionError(
          processInstanceId + " waits at " + key + ", off the straight way this test drives");
    }
    return step;
  }

  /** The request's state in history: ACTIVE, COMPLETED, ... */
  static String state(AppNode node, String processInstanceId) {
    Map<?, ?> instance =
        node.as("admin")
            .getForObject(
                "/engine-rest/history/process-instance/{id}", Map.class, processInstanceId);
    return instance == null ? null : (String) instance.get("state");
  }

  static Object variable(AppNode node, String processInstanceId, String name) {
    List<?> variables =
        node.as("admin")
            .getForObject(
                "/engine-rest/history/variable-instance?processInstanceId={id}&variableName={name}",
                List.class,
                processInstanceId,
                name);
    return variables == null || variables.isEmpty()
        ? null
        : ((Map<?, ?>) variables.get(0)).get("value");
  }
}
