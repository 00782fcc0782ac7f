package id.go.trenggalekkab.aptika.identity;

import static id.go.trenggalekkab.aptika.identity.People.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
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
  @ValueSource(strings = {KABID, EXECUTOR, SPLP_OPERATOR, API_PROVIDER, API_USER_DINKES})
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
    "joko,   SplpApplicationProcess,  false"
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
    for (String watcher : List.of(KADIS, KABID, MANAGER)) {
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
  void onlyAdministratorsCreateDeployments(String userId) {
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
  void everyRoleSeesTheTasklistFiltersInBahasaIndonesia(String userId) {
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
