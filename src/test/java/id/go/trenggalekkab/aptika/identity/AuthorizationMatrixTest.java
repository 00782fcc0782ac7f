package id.go.trenggalekkab.aptika.identity;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each role may and may not do, through the Java API as the engine's own authorization and
 * tenant checks apply it. {@link RestAuthorizationMatrixTest} repeats the key cases over REST.
 */
@AptikaSpringBootTest
class AuthorizationMatrixTest {

  private static final String SUBDOMAIN = "SubdomainHostingProcess";
  private static final String SPLP_ACCOUNT = "SplpAccountProcess";
  private static final String SPLP_APPLICATION = "SplpApplicationProcess";

  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngine engine;

  People people;
  ProcessInstance dinkesRequest;
  ProcessInstance disdikRequest;

  @BeforeEach
  void twoUnitsEachSubmitARequest() {
    people = new People(identityService);
    people.actAs(CLERK_DINKES);
    dinkesRequest =
        runtimeService.startProcessInstanceByKey(SUBDOMAIN, RequestFixtures.aSubdomainRequest());
    people.actAs(CLERK_DISDIK);
    disdikRequest =
        runtimeService.startProcessInstanceByKey(SUBDOMAIN, RequestFixtures.aSubdomainRequest());
  }

  @AfterEach
  void signOut() {
    people.actAsNobody();
  }

  @Test
  void requestsCarryTheUnitOfTheClerkWhoSubmittedThem() {
    assertThat(dinkesRequest.getTenantId()).isEqualTo("dinkes");
    assertThat(disdikRequest.getTenantId()).isEqualTo("disdik");
  }

  @Test
  void aClerkSeesOnlyTheRequestsOfTheirOwnUnit() {
    people.actAs(CLERK_DINKES);
    assertThat(visibleRequests())
        .contains(dinkesRequest.getId())
        .doesNotContain(disdikRequest.getId());

    people.actAs(CLERK_DISDIK);
    assertThat(visibleRequests())
        .contains(disdikRequest.getId())
        .doesNotContain(dinkesRequest.getId());
  }

  @Test
  void aClerkCannotSeeOrWorkTheTasksOfOtherLanes() {
    String kadisTask = taskOf(dinkesRequest).getId();
    people.actAs(CLERK_DINKES);
    assertThat(taskService.createTaskQuery().taskId(kadisTask).count()).isZero();
    assertThatThrownBy(() -> taskService.claim(kadisTask, CLERK_DINKES))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.complete(kadisTask))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void theKadisSeesClaimsAndCompletesTheDispositionOfEveryUnit() {
    Task task = taskOf(dinkesRequest);
    people.actAs(KADIS);
    List<String> visible =
        taskService.createTaskQuery().list().stream().map(Task::getProcessInstanceId).toList();
    assertThat(visible).contains(dinkesRequest.getId(), disdikRequest.getId());

    taskService.claim(task.getId(), KADIS);
    taskService.complete(task.getId(), Map.of("dispositionKadis", "Mohon ditindaklanjuti."));

    Task next =
        taskService.createTaskQuery().processInstanceId(dinkesRequest.getId()).singleResult();
    assertThat(next).as("the Kabid's task is not the Kadis's to see").isNull();
    people.actAs(KABID);
    Task kabidTask =
        taskService.createTaskQuery().processInstanceId(dinkesRequest.getId()).singleResult();
    assertThat(kabidTask).isNotNull();
    assertThat(kabidTask.getTaskDefinitionKey()).isEqualTo("Task_DisposeRequestByKabid");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {KABID, EXECUTOR, SPLP_OPERATOR, API_PROVIDER, API_USER_DINKES, PROCESS_OWNER})
  void otherLanesNeitherSeeNorClaimTheKadisTask(String userId) {
    String kadisTask = taskOf(dinkesRequest).getId();
    people.actAs(userId);
    assertThat(taskService.createTaskQuery().taskId(kadisTask).count()).isZero();
    // Roles outside every unit are stopped by the tenant check before the permission check.
    assertThatThrownBy(() -> taskService.claim(kadisTask, userId))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageFindingMatch("does not have .*TASK_WORK|belongs to no authenticated tenant");
  }

  @Test
  void theManagerReadsEveryTaskButCannotWorkOne() {
    String kadisTask = taskOf(dinkesRequest).getId();
    people.actAs(MANAGER);
    assertThat(taskService.createTaskQuery().taskId(kadisTask).count()).isOne();
    assertThatThrownBy(() -> taskService.claim(kadisTask, MANAGER))
        .isInstanceOf(AuthorizationException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "siti,   SubdomainHostingProcess, true",
    "siti,   SplpAccountProcess,      true",
    "siti,   SplpApplicationProcess,  false",
    "fajar,  SplpApplicationProcess,  true",
    "fajar,  SubdomainHostingProcess, false",
    "budi,   SubdomainHostingProcess, false",
    "sri,    SplpAccountProcess,      false",
    "agus,   SubdomainHostingProcess, false",
    "hendra, SplpAccountProcess,      false",
    "rina,   SplpApplicationProcess,  false",
    "joko,   SplpApplicationProcess,  false",
    "rudi,   SubdomainHostingProcess, false",
    "rudi,   SplpApplicationProcess,  false"
  })
  void onlyTheStarterRoleStartsAProcess(String userId, String processKey, boolean allowed) {
    Map<String, Object> variables =
        switch (processKey) {
          case SPLP_ACCOUNT -> RequestFixtures.anSplpAccountRequest();
          case SUBDOMAIN -> RequestFixtures.aSubdomainRequest();
          default -> RequestFixtures.anSplpApplicationRequest();
        };
    people.actAs(userId);
    if (allowed) {
      ProcessInstance started = runtimeService.startProcessInstanceByKey(processKey, variables);
      assertThat(started.getId()).isNotNull();
    } else {
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(processKey, variables))
          .isInstanceOf(AuthorizationException.class);
    }
  }

  @Test
  void theKadisAndKabidWatchEveryUnitsRequestsInCockpit() {
    for (String watcher : List.of(KADIS, KABID, MANAGER, PROCESS_OWNER)) {
      people.actAs(watcher);
      assertThat(visibleRequests())
          .as(watcher)
          .contains(dinkesRequest.getId(), disdikRequest.getId());
    }
  }

  @Test
  void theExecutorReadsTheRequestsItServesButNotOtherLanesTasks() {
    people.actAs(EXECUTOR);
    assertThat(visibleRequests()).contains(dinkesRequest.getId(), disdikRequest.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(dinkesRequest.getId()).count())
        .isZero();
    assertThat(
            authorizationService.isUserAuthorized(
                EXECUTOR, List.of("executor"), ACCESS, APPLICATION, "cockpit"))
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "admin,  admin,    true",
    "budi,   admin,    false",
    "hendra, admin,    false",
    "siti,   admin,    false",
    "budi,   cockpit,  true",
    "sri,    cockpit,  true",
    "hendra, cockpit,  true",
    "agus,   cockpit,  false",
    "siti,   cockpit,  false",
    "fajar,  cockpit,  false",
    "rudi,   cockpit,  true",
    "rudi,   admin,    false",
    "rudi,   tasklist, false",
    "siti,   tasklist, true",
    "eko,    tasklist, true",
    "budi,   tasklist, true",
    "agus,   tasklist, true",
    "rina,   tasklist, true",
    "joko,   tasklist, true",
    "fajar,  tasklist, true"
  })
  void webappAccessFollowsTheRole(String userId, String application, boolean allowed) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    assertThat(
            authorizationService.isUserAuthorized(userId, groups, ACCESS, APPLICATION, application))
        .isEqualTo(allowed);
  }

  @ParameterizedTest
  @ValueSource(strings = {KADIS, KABID, EXECUTOR, MANAGER, CLERK_DINKES, API_USER_DINKES})
  void onlyAdministratorsAndTheProcessOwnerCreateDeployments(String userId) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("Probe").startEvent().endEvent().done();
    people.actAs(userId);
    assertThatThrownBy(
            () ->
                repositoryService.createDeployment().addModelInstance("probe.bpmn", model).deploy())
        .isInstanceOf(AuthorizationException.class);

    people.actAs(ADMIN);
    String id =
        repositoryService.createDeployment().addModelInstance("probe.bpmn", model).deploy().getId();
    repositoryService.deleteDeployment(id, true);
  }

  @Test
  void theProcessOwnerDeploysAndRemovesOnlyItsOwnDeployments() {
    String application =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(SUBDOMAIN)
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    people.actAs(PROCESS_OWNER);
    String own =
        repositoryService
            .createDeployment()
            .addModelInstance("probe.bpmn", probe("Probe"))
            .deploy()
            .getId();
    assertThat(repositoryService.createDeploymentQuery().deploymentId(application).count())
        .as("reads every deployment")
        .isOne();
    assertThatThrownBy(() -> repositoryService.deleteDeployment(application, true))
        .isInstanceOf(AuthorizationException.class);

    repositoryService.deleteDeployment(own, true);
    assertThat(repositoryService.createDeploymentQuery().deploymentId(own).count()).isZero();
  }

  @Test
  void theProcessOwnerReadsEveryRequestButNoTask() {
    people.actAs(PROCESS_OWNER);
    assertThat(
            historyService.createHistoricProcessInstanceQuery().list().stream()
                .map(HistoricProcessInstance::getId)
                .toList())
        .contains(dinkesRequest.getId(), disdikRequest.getId());
    assertThat(runtimeService.getVariables(disdikRequest.getId())).containsKey("subdomainName");
    assertThat(taskService.createTaskQuery().count()).isZero();
    assertThat(filterService.createFilterQuery().count()).as("no Tasklist filters").isZero();
  }

  @Test
  void theProcessOwnerAdministersNoUsersGroupsOrAuthorizations() {
    people.actAs(PROCESS_OWNER);
    assertThat(identityService.createUserQuery().userId(KADIS).count()).isZero();
    assertThatThrownBy(() -> identityService.saveUser(identityService.newUser("baru")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> identityService.saveGroup(identityService.newGroup("baru")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> identityService.createMembership(PROCESS_OWNER, "camunda-admin"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> identityService.createTenantUserMembership("dinkes", PROCESS_OWNER))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(
            () -> authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void theProcessOwnerMovesRunningRequestsOfEveryUnitToANewVersion() {
    String newVersion = deployNewSubdomainVersion();
    try {
      people.actAs(PROCESS_OWNER);
      MigrationPlan plan = migrationTo(newVersion);
      runtimeService
          .newMigration(plan)
          .processInstanceIds(dinkesRequest.getId(), disdikRequest.getId())
          .execute();

      people.actAsNobody();
      assertThat(definitionOf(dinkesRequest)).isEqualTo(newVersion);
      assertThat(definitionOf(disdikRequest)).isEqualTo(newVersion);
      assertThat(taskOf(dinkesRequest).getTaskDefinitionKey())
          .isEqualTo("Task_DisposeRequestByKadis");
    } finally {
      removeVersion(newVersion);
    }
  }

  @Test
  void theProcessOwnerMovesRunningRequestsInABatch() {
    String newVersion = deployNewSubdomainVersion();
    try {
      people.actAs(PROCESS_OWNER);
      Batch batch =
          runtimeService
              .newMigration(migrationTo(newVersion))
              .processInstanceIds(dinkesRequest.getId(), disdikRequest.getId())
              .executeAsync();
      assertThat(managementService.createBatchQuery().batchId(batch.getId()).count())
          .as("the process owner follows the batch in Cockpit")
          .isOne();

      people.actAsNobody();
      ProcessTest.Driver jobs = new ProcessTest.Driver(engine);
      jobs.runJobsOf(batch.getSeedJobDefinitionId());
      jobs.runJobsOf(batch.getBatchJobDefinitionId());
      assertThat(definitionOf(dinkesRequest)).isEqualTo(newVersion);
      assertThat(definitionOf(disdikRequest)).isEqualTo(newVersion);
      jobs.runJobsOf(batch.getMonitorJobDefinitionId());
      people.actAs(PROCESS_OWNER);
      assertThat(historyService.createHistoricBatchQuery().batchId(batch.getId()).count()).isOne();
    } finally {
      removeVersion(newVersion);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {KADIS, MANAGER, CLERK_DINKES, EXECUTOR})
  void nobodyElseMovesRunningRequests(String userId) {
    String newVersion = deployNewSubdomainVersion();
    try {
      people.actAsNobody();
      MigrationPlan plan = migrationTo(newVersion);
      people.actAs(userId);
      assertThatThrownBy(
              () ->
                  runtimeService
                      .newMigration(plan)
                      .processInstanceIds(dinkesRequest.getId())
                      .execute())
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(
              () ->
                  runtimeService
                      .newMigration(plan)
                      .processInstanceIds(dinkesRequest.getId())
                      .executeAsync())
          .isInstanceOf(AuthorizationException.class);
      people.actAsNobody();
      assertThat(definitionOf(dinkesRequest)).isNotEqualTo(newVersion);
    } finally {
      removeVersion(newVersion);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        KADIS,
        KABID,
        EXECUTOR,
        SPLP_OPERATOR,
        API_PROVIDER,
        API_USER_DINKES,
        MANAGER,
        CLERK_DINKES,
        CLERK_DISDIK
      })
  void everyTasklistRoleSeesTheTasklistFiltersInBahasaIndonesia(String userId) {
    people.actAs(userId);
    assertThat(filterService.createFilterQuery().list())
        .extracting(org.camunda.bpm.engine.filter.Filter::getName)
        .contains("Tugas saya", "Tugas kelompok saya", "Lewat tenggat", "Semua tugas");
  }

  @Test
  void theGroupFilterShowsTheKadisTheirUnclaimedDispositions() {
    people.actAs(KADIS);
    String filterId =
        filterService.createFilterQuery().filterName("Tugas kelompok saya").singleResult().getId();
    List<String> listed =
        filterService.<Task>list(filterId).stream().map(Task::getProcessInstanceId).toList();
    assertThat(listed).contains(dinkesRequest.getId(), disdikRequest.getId());

    people.actAs(CLERK_DINKES);
    assertThat(filterService.<Task>list(filterId))
        .extracting(Task::getProcessInstanceId)
        .doesNotContain(dinkesRequest.getId());
  }

  /** The procedure as built, under a new name: a second version, deployed by the process owner. */
  private String deployNewSubdomainVersion() {
    people.actAsNobody();
    BpmnModelInstance model =
        repositoryService.getBpmnModelInstance(dinkesRequest.getProcessDefinitionId());
    model
        .<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(SUBDOMAIN)
        .setName("Pelayanan Sub Domain/Hosting (revisi)");
    people.actAs(PROCESS_OWNER);
    String deploymentId =
        repositoryService
            .createDeployment()
            .name(SUBDOMAIN)
            .addModelInstance(SUBDOMAIN + ".bpmn", model)
            .deploy()
            .getId();
    people.actAsNobody();
    return repositoryService
        .createProcessDefinitionQuery()
        .deploymentId(deploymentId)
        .singleResult()
        .getId();
  }

  private MigrationPlan migrationTo(String newVersion) {
    return runtimeService
        .createMigrationPlan(dinkesRequest.getProcessDefinitionId(), newVersion)
        .mapEqualActivities()
        .build();
  }

  private void removeVersion(String definitionId) {
    people.actAsNobody();
    managementService
        .createBatchQuery()
        .list()
        .forEach(batch -> managementService.deleteBatch(batch.getId(), true));
    repositoryService.deleteDeployment(
        repositoryService.getProcessDefinition(definitionId).getDeploymentId(), true);
  }

  private String definitionOf(ProcessInstance instance) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(instance.getId())
        .singleResult()
        .getProcessDefinitionId();
  }

  private static BpmnModelInstance probe(String key) {
    return Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .endEvent()
        .done();
  }

  private List<String> visibleRequests() {
    return runtimeService.createProcessInstanceQuery().list().stream()
        .map(ProcessInstance::getId)
        .toList();
  }

  private Task taskOf(ProcessInstance instance) {
    people.actAsNobody();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
