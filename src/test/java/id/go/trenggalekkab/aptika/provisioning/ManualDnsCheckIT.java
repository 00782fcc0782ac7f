package id.go.trenggalekkab.aptika.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.trenggalekkab.aptika.AptikaApplication;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Step 5 in manual mode (the default) against a real BIND 9: the Pelaksana creates the record on
 * the DNS server by hand (here with an RFC 2136 update, as {@code nsupdate} would), confirms it,
 * and the system's DNS check finds it; a name DNS gives to another target goes back to the
 * Pelaksana; the DNS check itself tells found, other target, not found and unreachable apart.
 */
class ManualDnsCheckIT {

  static final String ZONE = BindServer.ZONE;

  static BindServer bind;
  static ConfigurableApplicationContext app;

  ProcessTest.Driver driver;
  ServiceRegistry registry;
  People people;

  @BeforeAll
  static void startBindAndTheApplication() throws Exception {
    bind = BindServer.start();
    app =
        new SpringApplicationBuilder(AptikaApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:aptika-manual-dns-it;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false",
                "--aptika.dns.zone=" + ZONE,
                "--aptika.dns.check-resolver=127.0.0.1:" + bind.port(),
                "--aptika.dns.check-timeout=3s");
  }

  @AfterAll
  static void stopAll() throws Exception {
    if (app != null) {
      app.close();
    }
    if (bind != null) {
      bind.close();
    }
  }

  @BeforeEach
  void setUp() {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    driver = new ProcessTest.Driver(engine);
    registry = app.getBean(ServiceRegistry.class);
    people = new People(engine.getIdentityService());
  }

  @Test
  void aRecordThePelaksanaCreatedByHandIsFoundAndTheLetterSaysSo() throws Exception {
    // given: step 5 in manual mode hands the work to the Pelaksana
    String name = uniqueName();
    String fqdn = name + "." + ZONE;
    ProcessInstance request = atStepFive(name, "192.0.2.81");
    driver.executeJob(request, "Task_ProvisionSubdomain");
    assertThat(request).isWaitingAt("Task_CreateSubdomainManually");
    assertThat(bind.dig(fqdn, "A")).isEmpty();

    // when: the Pelaksana creates the record on the DNS server and confirms it
    new Rfc2136Dns(bind.settings(bind.secret()))
        .create(new DnsRecord(fqdn, "A", "192.0.2.81", 3600), "pelaksana");
    confirm(request, "192.0.2.81");
    driver.executeJob(request, "Task_CheckSubdomainInDns");

    // then
    assertThat(request).isWaitingAt("Task_GenerateReplyLetterDraft");
    assertThat(driver.variable(request, "dnsCheck")).isEqualTo("FOUND");
    assertThat(registry.findByName(name).orElseThrow())
        .extracting(ServiceRegistry.Entry::status, ServiceRegistry.Entry::target)
        .containsExactly("AKTIF", "192.0.2.81");
    assertThat((String) driver.variable(request, "serviceStatement"))
        .contains("dibuat secara manual oleh Pelaksana")
        .contains("nama tersebut sudah dapat ditemukan");
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains("Pemeriksaan DNS A " + fqdn + " (resolver DNS 127.0.0.1:" + bind.port())
        .contains("ditemukan, mengarah ke 192.0.2.81");
  }

  @Test
  void aNameDnsGivesToAnotherTargetGoesBackToThePelaksanaWithTheAnswer() throws Exception {
    // given: "lama" is in the zone with 192.0.2.20, reserved here by this request
    ProcessInstance request = atStepFive("lama", "192.0.2.82");
    driver.executeJob(request, "Task_ProvisionSubdomain");

    // when: the Pelaksana confirms a target DNS does not give
    confirm(request, "192.0.2.82");
    driver.executeJob(request, "Task_CheckSubdomainInDns");

    // then
    assertThat(request).isWaitingAt("Task_CreateSubdomainManually");
    assertThat((String) driver.variable(request, "dnsCheckResult"))
        .contains("mengarah ke 192.0.2.20, bukan 192.0.2.82");
    assertThat(registry.findByName("lama").orElseThrow().status()).isEqualTo("DIPROSES");
  }

  @Test
  void theCheckTellsFoundOtherTargetNotFoundAndUnreachableApart() throws Exception {
    DnsCheck check = new DnsCheck("127.0.0.1:" + bind.port(), java.time.Duration.ofSeconds(3));
    assertThat(check.check("lama." + ZONE, "A", "192.0.2.20"))
        .isEqualTo(new DnsCheck.Result(DnsCheck.Visibility.FOUND, List.of("192.0.2.20")));
    assertThat(check.check("lama." + ZONE, "A", "192.0.2.21").visibility())
        .isEqualTo(DnsCheck.Visibility.DIFFERENT);
    assertThat(check.check(uniqueName() + "." + ZONE, "A", "192.0.2.21").visibility())
        .isEqualTo(DnsCheck.Visibility.NOT_FOUND);
    DnsCheck nobody =
        new DnsCheck("127.0.0.1:" + BindServer.freePort(), java.time.Duration.ofSeconds(1));
    assertThat(nobody.check("lama." + ZONE, "A", "192.0.2.20").visibility())
        .isEqualTo(DnsCheck.Visibility.UNREACHABLE);
  }

  private void confirm(ProcessInstance request, String target) {
    people.actAs(People.EXECUTOR);
    try {
      driver.complete(
          request,
          "Task_CreateSubdomainManually",
          Map.of("dnsRecordCreated", true, "dnsConfirmedTarget", target));
    } finally {
      people.actAsNobody();
    }
  }

  private ProcessInstance atStepFive(String name, String target) {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", name);
    variables.put("targetAddress", target);
    ProcessInstance request =
        driver.startAs(People.CLERK_DINKES, "SubdomainHostingProcess", variables);
    driver.complete(
        request,
        "Task_DisposeRequestByKadis",
        Map.of("dispositionKadis", "Kabid, mohon diproses."));
    driver.complete(
        request, "Task_DisposeRequestByKabid", Map.of("dispositionKabid", "Pelaksana, buatkan."));
    assertThat(request).isWaitingAt("Task_ProvisionSubdomain");
    return request;
  }

  private static String uniqueName() {
    return "uji" + UUID.randomUUID().toString().substring(0, 8);
  }
}
