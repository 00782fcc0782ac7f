package id.go.trenggalekkab.aptika.access;

import id.go.trenggalekkab.aptika.request.RequestVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, in Bahasa Indonesia. Each shows only what its reader may see: the
 * engine's authorizations and unit (tenant) checks apply to every filter.
 */
@Component
class TasklistFilters {

  /** Variables shown on each task card, so a task can be recognised without opening it. */
  private static final List<Map<String, String>> CARD_VARIABLES =
      List.of(
          Map.of("name", "referenceNumber", "label", "Nomor registrasi"),
          Map.of("name", RequestVariables.UNIT_NAME, "label", "Unit kerja"),
          Map.of("name", RequestVariables.REQUEST_LETTER_NUMBER, "label", "Nomor surat"),
          Map.of("name", RequestVariables.SUBDOMAIN_NAME, "label", "Sub domain"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AccessPolicy accessPolicy;

  TasklistFilters(FilterService filterService, TaskService taskService, AccessPolicy accessPolicy) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.accessPolicy = accessPolicy;
  }

  void apply() {
    save(
        "Tugas saya",
        -10,
        "Tugas yang sudah Anda klaim",
        () -> query().taskAssigneeExpression("${currentUser()}"));
    save(
        "Tugas kelompok saya",
        -5,
        "Tugas kelompok Anda yang belum diklaim siapa pun",
        () -> query().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    save(
        "Lewat tenggat",
        0,
        "Tugas yang sudah melewati tenggat waktunya",
        () -> query().dueBeforeExpression("${now()}"));
    save("Semua tugas", 10, "Semua tugas yang boleh Anda lihat", this::query);
  }

  private TaskQuery query() {
    return taskService.createTaskQuery().orderByDueDate().asc();
  }

  private void save(String name, int priority, String description, Supplier<TaskQuery> query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name).setOwner(null);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", CARD_VARIABLES);
    filter.setQuery(query.get()).setProperties(properties);
    filterService.saveFilter(filter);
    accessPolicy.grantFilterToAllRoles(filter.getId());
  }
}
