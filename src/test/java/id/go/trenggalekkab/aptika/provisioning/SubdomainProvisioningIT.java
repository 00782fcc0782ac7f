package id.go.trenggalekkab.aptika.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.trenggalekkab.aptika.AptikaApplication;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.process.ProcessTest;
import id.go.trenggalekkab.aptika.request.ServiceType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Step 5 of the subdomain procedure in the running application with the real adapters switched on
 * by configuration alone: RFC 2136 against a real BIND 9 and nginx virtual hosts against a real
 * nginx, both started by the test on loopback ports. Jobs are executed by the test (the job
 * executor is off), so that retries and the incident are observed step by step.
 */
class SubdomainProvisioningIT {

  static final String PROCESS = "SubdomainHostingProcess";
  static final String ZONE = BindServer.ZONE;

  static BindServer bind;
  static NginxServer nginx;
  static ConfigurableApplicationContext app;
  static TestRestTemplate http;

  ProcessTest.Driver driver;
  ServiceRegistry registry;

  @BeforeAll
  static void startServersAndTheApplication() throws Exception {
    bind = BindServer.start();
    nginx = NginxServer.start();
    NginxHosting.Settings site = nginx.settings(null);
    app =
        new SpringApplicationBuilder(AptikaApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:aptika-provisioning-it;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false",
                "--aptika.dns.mode=rfc2136",
                "--aptika.dns.zone=" + ZONE,
                "--aptika.dns.server=127.0.0.1",
                "--aptika.dns.port=" + bind.port(),
                "--aptika.dns.tsig-key-name=" + BindServer.KEY_NAME,
                // in production from the environment (APTIKA_DNS_TSIGSECRET); a throwaway key here
                "--aptika.dns.tsig-secret=" + bind.secret(),
                "--aptika.dns.timeout=3s",
                "--aptika.dns.ttl=600",
                "--aptika.hosting.mode=nginx",
                "--aptika.hosting.address=127.0.0.1",
                "--aptika.hosting.nginx.executable=" + site.executable(),
                "--aptika.hosting.nginx.config-file=" + site.configFile(),
                "--aptika.hosting.nginx.prefix=" + site.prefix(),
                "--aptika.hosting.nginx.sites-dir=" + site.sitesDir(),
                "--aptika.hosting.nginx.web-root=" + site.webRoot(),
                "--aptika.hosting.nginx.listen=" + site.listen(),
                "--aptika.hosting.nginx.verify-url=" + site.verifyUrl());
    String port = app.getBean(Environment.class).getProperty("local.server.port");
    http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }

  @AfterAll
  static void stopAll() throws Exception {
    if (app != null) {
      app.close();
    }
    if (nginx != null) {
      nginx.close();
    }
    if (bind != null) {
      bind.close();
    }
  }

  @BeforeEach
  void setUp() {
    driver = new ProcessTest.Driver(app.getBean(ProcessEngine.class));
    registry = app.getBean(ServiceRegistry.class);
  }

  @Test
  void aHostingRequestEndsWithANameThatResolvesAndASiteThatAnswersBothInTheRegistry()
      throws Exception {
    String name = uniqueName();
    String fqdn = name + "." + ZONE;
    ProcessInstance request = submit(name, "HOSTING", null);

    driver.executeJob(request, "Task_ProvisionSubdomain");

    // the site is made; whether nginx serves it is the next step's check
    assertThat(request).isWaitingAt("Task_VerifyVirtualHost");
    assertThat(registry.findByName(name).orElseThrow().status()).isEqualTo("DIPROSES");
    assertThat(nginx.getEventually(fqdn, "HTTP/1.1 200"))
        .startsWith("HTTP/1.1 200")
        .contains("Situs ini sedang disiapkan");
    nginx.settledWorkers();
    driver.executeJob(request, "Task_VerifyVirtualHost");

    assertThat(request).isWaitingAt("Task_GenerateReplyLetterDraft");
    assertThat(bind.dig(fqdn, "A")).containsExactly("127.0.0.1");
    ServiceRegistry.Entry entry = registry.findByName(name).orElseThrow();
    assertThat(entry.status()).isEqualTo("AKTIF");
    assertThat(entry.recordType()).isEqualTo("A");
    assertThat(entry.target()).isEqualTo("127.0.0.1");
    assertThat(entry.ttl()).isEqualTo(600);
    assertThat(entry.hostingProvider()).isEqualTo("nginx");
    assertThat(entry.documentRoot()).isEqualTo(nginx.webRoot().resolve(fqdn).toString());
    assertThat((String) driver.variable(request, "createdService"))
        .contains("Rekaman DNS: A " + fqdn + " -> 127.0.0.1 (TTL 600 detik)")
        .contains("Hosting: nginx, document root")
        .contains("Status di daftar layanan: AKTIF");
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains("dibuat di server DNS 127.0.0.1:" + bind.port() + " dan sudah menjawab")
        .contains("lolos uji konfigurasi dan nginx dimuat ulang")
        .contains(
            "Langkah 5: virtual host "
                + fqdn
                + " disajikan nginx: "
                + nginx.settings(null).verifyUrl()
                + " dengan Host "
                + fqdn
                + " menjawab HTTP/1.1 200 OK. Daftar layanan: AKTIF.");
    String csv =
        http.withBasicAuth("agus", "demo").getForObject("/api/services/export.csv", String.class);
    assertThat(csv).contains(name + "," + fqdn + ",HOSTING,A,127.0.0.1,600,dinkes,");
  }

  @Test
  void aSubdomainForAnotherServerGetsACnameAndNoSite() throws Exception {
    String name = uniqueName();
    ProcessInstance request = submit(name, "SUBDOMAIN", "aplikasi.example.org");

    driver.executeJob(request, "Task_ProvisionSubdomain");

    assertThat(request)
        .isWaitingAt("Task_GenerateReplyLetterDraft")
        .hasNotPassed("Task_VerifyVirtualHost");
    assertThat(bind.dig(name + "." + ZONE, "CNAME")).containsExactly("aplikasi.example.org.");
    assertThat(nginx.sitesDir().resolve(name + "." + ZONE + ".conf")).doesNotExist();
    assertThat(registry.findByName(name).orElseThrow())
        .extracting(ServiceRegistry.Entry::status, ServiceRegistry.Entry::recordType)
        .containsExactly("AKTIF", "CNAME");
  }

  @Test
  void aVirtualHostNginxDoesNotServeIsRetriedShortlyThenAnIncidentNamingTheNameAndTheUrl()
      throws Exception {
    // given: the site was made, then its server block removed before the check (nginx reloaded)
    String name = uniqueName();
    String fqdn = name + "." + ZONE;
    ProcessInstance request = submit(name, "HOSTING", null);
    driver.executeJob(request, "Task_ProvisionSubdomain");
    Path conf = nginx.sitesDir().resolve(fqdn + ".conf");
    String serverBlock = Files.readString(conf);
    Files.delete(conf);
    nginx.reload();
    nginx.getEventually(fqdn, "HTTP/1.1 404");
    ManagementService management = app.getBean(ManagementService.class);

    // when: each attempt asks once and fails
    long before = System.currentTimeMillis();
    driver.failJob(request, "Task_VerifyVirtualHost");
    Job retry =
        management.createJobQuery().processInstanceId(request.getId()).messages().singleResult();
    assertThat(retry.getDuedate().getTime() - before)
        .as("R10/PT3S: the next attempt 3 s later")
        .isBetween(2_000L, 10_000L);
    int attempts = 1 + driver.failJobUntilIncident(request, "Task_VerifyVirtualHost");

    // then
    assertThat(attempts).as("R10/PT3S: ten attempts").isEqualTo(10);
    Incident incident = driver.incident(request);
    assertThat(incident.getActivityId()).isEqualTo("Task_VerifyVirtualHost");
    assertThat(incident.getIncidentMessage())
        .isEqualTo(
            "Virtual host "
                + fqdn
                + " belum disajikan nginx: "
                + nginx.settings(null).verifyUrl()
                + " dengan Host "
                + fqdn
                + " jawaban HTTP/1.1 404 Not Found. Periksa server block dan muat ulang nginx,"
                + " lalu Retry di Cockpit.");
    assertThat(registry.findByName(name).orElseThrow().status()).isEqualTo("DIPROSES");
    assertThat((String) driver.variable(request, "systemNotes")).doesNotContain("disajikan");
    assertThat(
            app.getBean(ProcessEngine.class)
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(request.getId())
                .variableName("serviceStatement")
                .count())
        .as("the letter's statement waits for the check")
        .isZero();

    // when: the server block is back and an administrator retries (Cockpit: "Retry")
    Files.writeString(conf, serverBlock);
    nginx.reload();
    nginx.getEventually(fqdn, "HTTP/1.1 200");
    driver.retryIncident(request);
    driver.executeJob(request, "Task_VerifyVirtualHost");

    // then
    assertThat(request).isWaitingAt("Task_GenerateReplyLetterDraft");
    assertThat(registry.findByName(name).orElseThrow().status()).isEqualTo("AKTIF");
  }

  @Test
  void aNameTakenInDnsButUnknownToTheRegistryGoesBackToTheApplicantWithTheReason()
      throws Exception {
    // "lama" is in the zone (192.0.2.20) but was never registered here
    ProcessInstance request = submit("lama", "SUBDOMAIN", "192.0.2.77");

    driver.executeJob(request, "Task_ProvisionSubdomain");

    assertThat(request)
        .hasPassed("BoundaryEvent_SubdomainNameTaken")
        .isWaitingAt("Task_ReviseRequest");
    assertThat((String) driver.variable(request, "completenessProblems"))
        .contains("lama." + ZONE + " sudah dipakai di DNS")
        .contains("192.0.2.20");
    assertThat(registry.findByName("lama")).isEmpty();
    assertThat(bind.dig("lama." + ZONE, "A")).containsExactly("192.0.2.20");
  }

  @Test
  void aRetryAfterACrashFindsItsOwnRecordAndGoesOnWithoutADuplicate() throws Exception {
    // given: an earlier attempt reserved the name and created the record, then the JVM died
    // before its transaction committed (so the process still waits at step 5)
    String name = uniqueName();
    String fqdn = name + "." + ZONE;
    ProcessInstance request = submit(name, "SUBDOMAIN", "192.0.2.78");
    registry.reserve(
        new ServiceRegistry.Request(
            name, fqdn, "SUBDOMAIN", "dinkes", request.getId(), null, null, null, null));
    new Rfc2136Dns(bind.settings(bind.secret()))
        .create(new DnsRecord(fqdn, "A", "192.0.2.78", 600), request.getId());

    // when: the job runs again
    driver.executeJob(request, "Task_ProvisionSubdomain");

    // then
    assertThat(request).isWaitingAt("Task_GenerateReplyLetterDraft");
    assertThat(bind.dig(fqdn, "A")).containsExactly("192.0.2.78");
    assertThat(registry.findByName(name).orElseThrow().status()).isEqualTo("AKTIF");
    assertThat((String) driver.variable(request, "systemNotes"))
        .contains("sudah ada di server DNS");
  }

  @Test
  void anUnreachableDnsServerIsRetriedThenAnIncidentThatNamesTheCause() throws Exception {
    String name = uniqueName();
    ProcessInstance request = submit(name, "SUBDOMAIN", "192.0.2.79");
    ManagementService management = app.getBean(ManagementService.class);
    Job job =
        management.createJobQuery().processInstanceId(request.getId()).messages().singleResult();
    bind.stopProcess();
    try {
      int attempts = 0;
      while (management.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
        assertThatThrownBy(() -> management.executeJob(job.getId()))
            .hasMessageContaining("Server DNS 127.0.0.1:" + bind.port())
            .hasMessageContaining("tidak dapat dihubungi");
        attempts++;
        assertThat(attempts).as("bounded by the retry cycle").isLessThanOrEqualTo(5);
      }

      // then: an incident naming the server and the cause; the applicant's work is kept
      assertThat(attempts).as("R3/PT10M: three attempts").isEqualTo(3);
      Incident incident =
          app.getBean(ProcessEngine.class)
              .getRuntimeService()
              .createIncidentQuery()
              .processInstanceId(request.getId())
              .singleResult();
      assertThat(incident.getActivityId()).isEqualTo("Task_ProvisionSubdomain");
      assertThat(incident.getIncidentMessage())
          .contains("Server DNS 127.0.0.1:" + bind.port())
          .contains("tidak dapat dihubungi")
          .doesNotContain(bind.secret());
      assertThat(request).isWaitingAt("Task_ProvisionSubdomain");
      assertThat(registry.findByName(name).orElseThrow().status()).isEqualTo("DIPROSES");
    } finally {
      bind.startProcess();
    }

    // when: the server is back and an administrator retries the job (Cockpit: "Retry")
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());

    // then
    assertThat(request).isWaitingAt("Task_GenerateReplyLetterDraft");
    assertThat(bind.dig(name + "." + ZONE, "A")).containsExactly("192.0.2.79");
    assertThat(registry.findByName(name).orElseThrow().status()).isEqualTo("AKTIF");
  }

  @Test
  void aBadTsigKeyIsATechnicalFailureAndNothingIsRecorded() throws Exception {
    // step 5 with the application's registry and hosting, but a key BIND does not know
    String name = uniqueName();
    String fqdn = name + "." + ZONE;
    SubdomainProvisioning provisioning =
        new SubdomainProvisioning(
            new ProvisioningAdapters(
                java.util.Optional.of(
                    new Rfc2136Dns(
                        bind.settings(Base64.getEncoder().encodeToString(new byte[32])))),
                app.getBean(ProvisioningAdapters.class).hosting(),
                ZONE,
                java.util.Optional.of("127.0.0.1")),
            app.getBean(id.go.trenggalekkab.aptika.system.Integrations.class),
            registry,
            600,
            "/var/www");
    SubdomainProvisioning.Application application =
        new SubdomainProvisioning.Application(
            "badkey-" + name, "dinkes", name, ServiceType.HOSTING, null, null, null, null, null);

    assertThatThrownBy(() -> provisioning.provision(application))
        .isInstanceOf(ProvisioningFailedException.class)
        .hasMessageContaining("Server DNS 127.0.0.1:" + bind.port() + " menolak")
        .hasMessageContaining("NOTAUTH")
        .hasMessageContaining("kunci TSIG");

    assertThat(bind.dig(fqdn, "A")).isEmpty();
    assertThat(registry.findByName(name)).as("the reservation is given back").isEmpty();
    assertThat(nginx.sitesDir().resolve(fqdn + ".conf")).doesNotExist();
  }

  /** A request at step 5: submitted by a Dinas Kesehatan clerk, disposed, found complete. */
  private ProcessInstance submit(String name, String serviceType, String target) {
    Map<String, Object> variables = RequestFixtures.aSubdomainRequest();
    variables.put("subdomainName", name);
    variables.put("serviceType", serviceType);
    if (target == null) {
      variables.remove("targetAddress");
    } else {
      variables.put("targetAddress", target);
    }
    ProcessInstance request = driver.startAs(People.CLERK_DINKES, PROCESS, variables);
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
