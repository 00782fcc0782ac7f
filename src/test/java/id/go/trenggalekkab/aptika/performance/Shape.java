package id.go.trenggalekkab.aptika.performance;

import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One procedure as its users drive it over REST: who submits the start form with which values, then
 * each user task in order, with the user of its lane and what that user fills in. The anchor gets
 * the very same start request, so both store the same PDF. The task-list user opens the saved
 * Tasklist filter named {@code tasklistFilter}; the anchor has no Tasklist filter.
 */
record Shape(
    String name,
    String processKey,
    String starter,
    String firstTask,
    String taskListUser,
    String tasklistFilter,
    List<Step> steps) {

  record Step(String taskKey, String user, Map<String, Object> values) {}

  /** SOP 060/018, sub domain, in its default manual modes (DNS, hosting, mail). */
  static Shape subdomain() {
    return new Shape(
        "this project",
        "SubdomainHostingProcess",
        People.CLERK_DINKES,
        "Task_DisposeRequestByKadis",
        People.KADIS,
        "Tugas kelompok saya",
        List.of(
            new Step(
                "Task_DisposeRequestByKadis",
                People.KADIS,
                Map.of("dispositionKadis", "Kabid Aptika, mohon diproses.")),
            new Step(
                "Task_DisposeRequestByKabid",
                People.KABID,
                Map.of("dispositionKabid", "Pelaksana, cek kelengkapan dan buatkan.")),
            new Step(
                "Task_CreateSubdomainManually",
                People.EXECUTOR,
                Map.of("dnsRecordCreated", true, "dnsConfirmedTarget", "103.10.20.30")),
            new Step(
                "Task_PrepareReplyLetterDraft", People.EXECUTOR, Map.of("executorNotes", "Siap.")),
            new Step("Task_RaiseDraftToKadis", People.KABID, Map.of("kabidDecision", "RAISE")),
            new Step("Task_ApproveReplyLetter", People.KADIS, Map.of("kadisDecision", "APPROVE")),
            new Step(
                "Task_SendReplyLetterByHand",
                People.EXECUTOR,
                Map.of("sentOn", OfficeTime.today().toString(), "sentChannel", "SRIKANDI"))));
  }

  /**
   * The bare-engine anchor (bench/anchor: no-op delegates, REST without login) with its process:
   * {@code outline}, the team's anchor (the outline of SOP 060/018: 5 user tasks with one timer
   * each, 2 asynchronous steps), or {@code procedure}, derived from the procedure's own diagram by
   * {@code bench/anchor/derive-procedure-shape.py} (its flow nodes, its two Mutu Baku timers per
   * user task and its asynchronous steps, no-op delegates), driven with the very values the
   * procedure's users fill in.
   */
  static Shape anchor(String process) {
    return switch (process) {
      case "outline" -> anchorOutline();
      case "procedure" -> anchorProcedure();
      default ->
          throw new IllegalArgumentException(
              "bench.anchorProcess is outline or procedure, not " + process);
    };
  }

  static Shape anchorOutline() {
    List<Step> steps =
        List.of(
                "Task_DisposeKadis",
                "Task_DisposeKabid",
                "Task_ReviewDraft",
                "Task_ForwardKabid",
                "Task_ApproveKadis")
            .stream()
            .map(key -> new Step(key, null, Map.<String, Object>of()))
            .toList();
    return new Shape(
        "the team's outline of SOP 060/018",
        "AnchorSubdomainProcess",
        null,
        "Task_DisposeKadis",
        null,
        null,
        steps);
  }

  static Shape anchorProcedure() {
    Shape procedure = subdomain();
    return new Shape(
        "the procedure's own shape",
        "AnchorProcedureProcess",
        null,
        procedure.firstTask(),
        null,
        null,
        procedure.steps().stream()
            .map(step -> new Step(step.taskKey(), null, step.values()))
            .toList());
  }

  /** The start form's values, with a sub domain name no other request holds. */
  Map<String, Object> startBody() {
    Map<String, Object> values = RequestFixtures.aSubdomainRequest();
    values.put(
        "subdomainName", "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    return Map.of("variables", RequestFixtures.asRestVariables(values));
  }

  String startPath() {
    return "/engine-rest/process-definition/key/" + processKey + "/submit-form";
  }

  String claimUser(Step step) {
    return step.user() == null ? "bench" : step.user();
  }
}
