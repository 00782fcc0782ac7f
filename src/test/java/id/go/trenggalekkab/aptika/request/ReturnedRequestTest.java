package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.notification.Outbox;
import id.go.trenggalekkab.aptika.process.FixedOfficeClock;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request returned for correction lands in the submitting clerk's *Tugas saya*, stays open to her
 * unit's clerks, and she gets a mail with its number, the reason and the link to the task.
 */
@AptikaSpringBootTest
@ExtendWith(FixedOfficeClock.class)
class ReturnedRequestTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired IdentityService identityService;
  @Autowired ServiceRegistry registry;
  @Autowired Outbox outbox;

  @ParameterizedTest
  @ValueSource(strings = {"SubdomainHostingProcess", "SplpAccountProcess"})
  void aReturnedRequestIsTheSubmittingClerksTaskAndSheIsToldByMail(String procedure) {
    // given
    ProcessTest.Driver driver = new ProcessTest.Driver(engine);
    String name = "uji" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables =
        procedure.equals("SplpAccountProcess")
            ? RequestFixtures.anSplpAccountRequest()
            : RequestFixtures.aSubdomainRequest();
    if (procedure.equals("SubdomainHostingProcess")) {
      variables.put("subdomainName", name);
    }
    ProcessInstance request = driver.startAs(CLERK_DINKES, procedure, variables);
    String problem;
    if (procedure.equals("SplpAccountProcess")) {
      // a request that passed submission but that step 4 finds incomplete: its letter is gone
      engine.getRuntimeService().removeVariable(request.getId(), "requestLetterDocumentId");
      problem = "Surat permohonan (PDF) belum dilampirkan";
    } else {
      registry.reserve(RequestFixtures.anotherRequestTaking(name));
      problem = "sudah terdaftar";
    }

    // when
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    driver.complete(request, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Cek."));

    // then: hers, and still her unit's clerks' to take over
    Task revise = driver.openTask(request);
    assertThat(revise.getTaskDefinitionKey()).isEqualTo("Task_ReviseRequest");
    assertThat(revise.getAssignee()).isEqualTo(CLERK_DINKES);
    assertThat(tasks.getIdentityLinksForTask(revise.getId()))
        .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("applicant");
    People people = new People(identityService);
    people.actAs(CLERK_DINKES);
    try {
      String mine = filters.createFilterQuery().filterName("Tugas saya").singleResult().getId();
      assertThat(filters.<Task>list(mine)).extracting(Task::getId).contains(revise.getId());
    } finally {
      people.actAsNobody();
    }

    // and the mail
    assertThat(outbox.of(request.getId()))
        .filteredOn(mail -> mail.subject().contains("dikembalikan"))
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.recipients()).isEqualTo("siti@trenggalekkab.example");
              assertThat(mail.subject())
                  .isEqualTo(
                      "[" + request.getBusinessKey() + "] Permohonan dikembalikan untuk perbaikan");
              assertThat(mail.body())
                  .contains("nomor registrasi " + request.getBusinessKey())
                  .contains("Alasan:")
                  .contains(problem)
                  .contains(
                      "https://layanan.kominfo.trenggalekkab.go.id/camunda/app/tasklist/default/#/?task="
                          + revise.getId())
                  .contains("https://layanan.kominfo.trenggalekkab.go.id/permohonan-saya/");
            });
  }
}
