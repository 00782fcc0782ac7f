package id.go.trenggalekkab.aptika.progress;

import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.FixedOfficeClock;
import id.go.trenggalekkab.aptika.process.ProcessNotes;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.process.RequestNotes;
import id.go.trenggalekkab.aptika.system.WebappSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request with more notes than a Camunda string variable holds (4,000 characters): every note is
 * kept and shown in "Permohonan saya", the forms get the latest, and the request goes on.
 */
@AptikaSpringBootTest
@ExtendWith(FixedOfficeClock.class)
class RequestNotesApiTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RequestNotes notes;

  @Test
  void twoHundredNotesAreAllKeptAndShownAndTheRequestGoesOn() throws Exception {
    // given: a request with 200 notes of about 150 characters (30,000 in all)
    ProcessTest.Driver driver = new ProcessTest.Driver(engine);
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", "uji" + UUID.randomUUID().toString().substring(0, 8));
    ProcessInstance request = driver.startAs(CLERK_DINKES, "SubdomainHostingProcess", variables);
    driver.complete(request, "Task_DisposeRequestByKadis", Map.of("dispositionKadis", "Proses."));
    List<String> written =
        IntStream.rangeClosed(1, 200)
            .mapToObj(i -> "Catatan uji nomor %03d: ".formatted(i) + "isi catatan ".repeat(10))
            .toList();
    for (String note : written) {
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired()
          .execute(
              context -> {
                ProcessNotes.append(
                    context.getExecutionManager().findExecutionById(request.getId()), note);
                return null;
              });
    }

    // when: steps 4 and 5 add theirs
    driver.complete(request, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Cek."));
    driver.executeJob(request, "Task_ProvisionSubdomain");

    // then: the request goes on
    assertThat(request).isWaitingAt("Task_CreateSubdomainManually");
    // nothing lost in the table, in order
    List<String> kept = notes.of(request.getId());
    assertThat(kept).hasSize(202);
    assertThat(kept.subList(0, 200)).isEqualTo(written);
    assertThat(kept.get(200)).startsWith("Langkah 4: permohonan lengkap.");
    assertThat(kept.get(201)).startsWith("Langkah 5: nama ");
    // the forms' variable fits, says where the older notes are, and ends with the latest
    String shown = (String) driver.variable(request, ProcessNotes.VARIABLE);
    assertThat(shown.length()).isLessThan(4000);
    assertThat(shown)
        .startsWith("… Catatan yang lebih lama tersimpan lengkap di Permohonan saya.\n")
        .endsWith(kept.get(201))
        .contains(kept.get(200), written.get(199))
        .doesNotContain(written.get(0));
    // "Permohonan saya" shows every note
    HttpResponse<String> answer =
        WebappSession.signIn(port, CLERK_DINKES, PASSWORD)
            .get("/api/my-requests/" + request.getId());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<String> listed = new ArrayList<>();
    new ObjectMapper().readTree(answer.body()).get("notes").forEach(n -> listed.add(n.asText()));
    assertThat(listed).isEqualTo(kept);
  }
}
