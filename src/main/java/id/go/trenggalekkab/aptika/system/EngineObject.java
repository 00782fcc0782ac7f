package id.go.trenggalekkab.aptika.system;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.sub.externaltask.ExternalTaskResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricActivityInstanceResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricDetailResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricJobLogResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricProcessInstanceResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricVariableInstanceResource;
import org.camunda.bpm.engine.rest.sub.repository.DeploymentResource;
import org.camunda.bpm.engine.rest.sub.repository.ProcessDefinitionResource;
import org.camunda.bpm.engine.rest.sub.runtime.ExecutionResource;
import org.camunda.bpm.engine.rest.sub.runtime.IncidentResource;
import org.camunda.bpm.engine.rest.sub.runtime.JobResource;
import org.camunda.bpm.engine.rest.sub.runtime.ProcessInstanceResource;
import org.camunda.bpm.engine.rest.sub.runtime.VariableInstanceResource;
import org.camunda.bpm.engine.rest.sub.task.TaskResource;

/**
 * The kinds of object the engine API addresses by id ({@code /task/{id}/...}), each with its name
 * for a person and the query that tells whether the caller may see one. The query runs as the
 * caller, so the engine's authorizations and unit (tenant) checks decide, exactly as they do for
 * the object's own {@code GET}.
 */
enum EngineObject {
  TASK(
      "Tugas",
      TaskResource.class,
      (e, id) -> e.getTaskService().createTaskQuery().taskId(id).count() > 0),
  PROCESS_INSTANCE(
      "Proses",
      ProcessInstanceResource.class,
      (e, id) ->
          e.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0),
  EXECUTION(
      "Eksekusi proses",
      ExecutionResource.class,
      (e, id) -> e.getRuntimeService().createExecutionQuery().executionId(id).count() > 0),
  JOB(
      "Job",
      JobResource.class,
      (e, id) -> e.getManagementService().createJobQuery().jobId(id).count() > 0),
  VARIABLE(
      "Variabel",
      VariableInstanceResource.class,
      (e, id) -> e.getRuntimeService().createVariableInstanceQuery().variableId(id).count() > 0),
  INCIDENT(
      "Insiden",
      IncidentResource.class,
      (e, id) -> e.getRuntimeService().createIncidentQuery().incidentId(id).count() > 0),
  EXTERNAL_TASK(
      "Tugas eksternal",
      ExternalTaskResource.class,
      (e, id) ->
          e.getExternalTaskService().createExternalTaskQuery().externalTaskId(id).count() > 0),
  HISTORIC_PROCESS_INSTANCE(
      "Riwayat proses",
      HistoricProcessInstanceResource.class,
      (e, id) ->
          e.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count()
              > 0),
  HISTORIC_VARIABLE(
      "Riwayat variabel",
      HistoricVariableInstanceResource.class,
      (e, id) ->
          e.getHistoryService().createHistoricVariableInstanceQuery().variableId(id).count() > 0),
  HISTORIC_ACTIVITY(
      "Riwayat aktivitas",
      HistoricActivityInstanceResource.class,
      (e, id) ->
          e.getHistoryService().createHistoricActivityInstanceQuery().activityInstanceId(id).count()
              > 0),
  HISTORIC_DETAIL(
      "Riwayat perubahan data",
      HistoricDetailResource.class,
      (e, id) -> e.getHistoryService().createHistoricDetailQuery().detailId(id).count() > 0),
  HISTORIC_JOB_LOG(
      "Riwayat job",
      HistoricJobLogResource.class,
      (e, id) -> e.getHistoryService().createHistoricJobLogQuery().logId(id).count() > 0),
  PROCESS_DEFINITION(
      "Definisi proses",
      ProcessDefinitionResource.class,
      (e, id) ->
          e.getRepositoryService().createProcessDefinitionQuery().processDefinitionId(id).count()
              > 0),
  DEPLOYMENT(
      "Deployment",
      DeploymentResource.class,
      (e, id) -> e.getRepositoryService().createDeploymentQuery().deploymentId(id).count() > 0);

  /** For a denial whose object the request does not name. */
  static final String ANY_OBJECT_DENIED =
      "Data tidak ditemukan atau Anda tidak berwenang mengaksesnya.";

  private final String name;
  private final Class<?> resource;
  private final BiPredicate<ProcessEngine, String> visible;

  EngineObject(String name, Class<?> resource, BiPredicate<ProcessEngine, String> visible) {
    this.name = name;
    this.resource = resource;
    this.visible = visible;
  }

  /** The kind a matched sub-resource of the engine API stands for, if it is one of ours. */
  static Optional<EngineObject> servedBy(Object resource) {
    return Arrays.stream(values()).filter(kind -> kind.resource.isInstance(resource)).findFirst();
  }

  boolean isVisible(ProcessEngine engine, String id) {
    return visible.test(engine, id);
  }

  /**
   * The one answer for "does not exist", "another unit's" and "not yours to see": telling them
   * apart would tell the caller that the id exists.
   */
  String denied() {
    return name + " tidak ditemukan atau Anda tidak berwenang mengaksesnya.";
  }
}
