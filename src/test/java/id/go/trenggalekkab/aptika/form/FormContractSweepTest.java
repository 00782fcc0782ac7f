package id.go.trenggalekkab.aptika.form;

import static id.go.trenggalekkab.aptika.identity.People.API_USER_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.CLERK_DINKES;
import static id.go.trenggalekkab.aptika.identity.People.KADIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.identity.People;
import id.go.trenggalekkab.aptika.identity.RequestFixtures;
import id.go.trenggalekkab.aptika.provisioning.ServiceRegistry;
import id.go.trenggalekkab.aptika.splp.CredentialVault;
import id.go.trenggalekkab.aptika.splp.simulator.SplpSimulator;
import id.go.trenggalekkab.aptika.system.IntegrationModes;
import id.go.trenggalekkab.aptika.system.Integrations.Integration;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializationDataFormat;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For every start event and user task of every model in {@code bpmn/}, every variable the process
 * holds (and every field of its other forms) that is not an editable field of that element's own
 * form is refused, as the person who works that step, and nothing the instance holds changes.
 *
 * <p>Each walk runs twice: first to the end, to learn every variable the process comes to hold
 * (later steps' decisions, letters, credentials); then again, trying all of them at every step.
 */
@AptikaSpringBootTest
class FormContractSweepTest {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired ProcessEngine engine;
  @Autowired SplpSimulator portal;
  @Autowired CredentialVault vault;
  @Autowired JdbcTemplate jdbc;
  @Autowired ServiceRegistry registry;
  @Autowired ConfigurableEnvironment environment;

  FormSweep sweep;

  @BeforeEach
  void setUp() {
    sweep = new FormSweep(engine);
    portal.reset();
  }

  @Test
  void subdomainHostingProcess() {
    String process = "SubdomainHostingProcess";
    for (boolean sweeping : List.of(false, true)) {
      Map<String, Object> request = RequestFixtures.aSubdomainRequest();
      request.put("subdomainName", uniqueName());
      ProcessInstance happy = sweep.start(process, CLERK_DINKES, request, sweeping);
      dispose(happy, sweeping);
      sweep.job(happy, "Task_ProvisionSubdomain");
      sweep.task(
          happy,
          "Task_CreateSubdomainManually",
          Map.of("dnsRecordCreated", true, "dnsConfirmedTarget", "103.10.20.30"),
          sweeping);
      sweep.job(happy, "Task_CheckSubdomainInDns");
      sweep.job(happy, "Task_GenerateReplyLetterDraft");
      sweep.task(happy, "Task_PrepareReplyLetterDraft", Map.of("executorNotes", "Siap."), sweeping);
      sweep.task(happy, "Task_RaiseDraftToKadis", Map.of("kabidDecision", "RAISE"), sweeping);
      sweep.task(happy, "Task_ApproveReplyLetter", Map.of("kadisDecision", "APPROVE"), sweeping);
      sweep.job(happy, "Task_FinalizeReplyLetter");
      sweep.task(
          happy,
          "Task_SendReplyLetterByHand",
          Map.of(
              "sentOn",
              java.time.LocalDate.now(OfficeTime.ZONE).toString(),
              "sentChannel",
              "SRIKANDI"),
          sweeping);

      // a reserved or registered name is refused at submission; a name another request takes
      // in the meantime is what step 4, asking the registry again, returns to the applicant
      Map<String, Object> takenLater = RequestFixtures.aSubdomainRequest();
      String name = uniqueName();
      takenLater.put("subdomainName", name);
      ProcessInstance revised = sweep.start(process, CLERK_DINKES, takenLater, false);
      registry.reserve(RequestFixtures.anotherRequestTaking(name));
      dispose(revised, false);
      sweep.task(revised, "Task_ReviseRequest", Map.of("subdomainName", uniqueName()), sweeping);
    }
    assertThat(sweep.swept(process)).containsExactlyInAnyOrderElementsOf(sweep.formSteps(process));
  }

  @Test
  void splpAccountProcess() {
    String process = "SplpAccountProcess";
    for (boolean sweeping : List.of(false, true)) {
      portal.reset();
      ProcessInstance happy =
          sweep.start(process, CLERK_DINKES, RequestFixtures.anSplpAccountRequest(), sweeping);
      dispose(happy, sweeping);
      sweep.job(happy, "Task_RegisterSplpAccount");
      sweep.job(happy, "Task_GenerateActivityReportDraft");
      sweep.task(
          happy, "Task_PrepareActivityReport", Map.of("activityReportNotes", "Selesai."), sweeping);
      sweep.task(
          happy, "Task_ForwardActivityReport", Map.of("forwardNotes", "Terlampir."), sweeping);
      sweep.task(
          happy,
          "Task_SendActivityReportByHand",
          Map.of(
              "sentOn",
              java.time.LocalDate.now(OfficeTime.ZONE).toString(),
              "sentChannel",
              "KERTAS"),
          sweeping);

      // a letter that is no PDF is refused at submission; one stored before that rule (or
      // damaged since) is what step 4, reading the content again, returns to the applicant
      ProcessInstance revised =
          sweep.start(process, CLERK_DINKES, RequestFixtures.anSplpAccountRequest(), false);
      jdbc.update(
          "update apt_document set content = ? where id = ?",
          "bukan pdf".getBytes(StandardCharsets.US_ASCII),
          sweep.variable(revised, "requestLetterDocumentId"));
      dispose(revised, false);
      sweep.task(
          revised,
          "Task_ReviseRequest",
          Map.of("requestLetter", RequestFixtures.letter(RequestFixtures.LETTER_PDF)),
          sweeping);

      portal.addForeignUser("siti");
      ProcessInstance rejected =
          sweep.start(process, CLERK_DINKES, RequestFixtures.anSplpAccountRequest(), false);
      dispose(rejected, false);
      sweep.job(rejected, "Task_RegisterSplpAccount");
      sweep.task(
          rejected,
          "Task_ResolveSplpAccountRejection",
          Map.of(
              "splpResolution", "MANUAL",
              "splpAccount", "siti.dinkes@trenggalekkab.go.id",
              "splpResolutionNote", "Didaftarkan manual lewat konsol portal."),
          sweeping);

      // manual mode: the Pelaksana records the portal's refusal, then the account he made
      try (IntegrationModes manual = IntegrationModes.manual(environment, Integration.SPLP)) {
        ProcessInstance byHand =
            sweep.start(process, CLERK_DINKES, RequestFixtures.anSplpAccountRequest(), false);
        dispose(byHand, false);
        sweep.task(
            byHand,
            "Task_RegisterSplpAccountByHand",
            Map.of("splpAccountOutcome", "REFUSED", "splpPortalRefusal", "Nama sudah dipakai."),
            sweeping);
        sweep.task(
            byHand,
            "Task_ResolveSplpAccountRejection",
            Map.of("splpResolution", "RETRY", "splpUserName", "siti.dinkes"),
            false);
        sweep.task(
            byHand,
            "Task_RegisterSplpAccountByHand",
            Map.of(
                "splpAccountOutcome", "CREATED", "splpAccount", "siti.dinkes@trenggalekkab.go.id"),
            false);
      }
    }
    assertThat(sweep.swept(process)).containsExactlyInAnyOrderElementsOf(sweep.formSteps(process));
  }

  @Test
  void splpApplicationProcess() {
    String process = "SplpApplicationProcess";
    for (boolean sweeping : List.of(false, true)) {
      portal.reset();
      ProcessInstance happy = applicationAtStepThree(process, sweeping);
      sweep.job(happy, "Task_CreateOAuth2TokenAndApiKey");
      vault.retrieveOnce((String) sweep.variable(happy, "credentialsId"), API_USER_DINKES);
      sweep.task(happy, "Task_RetrieveSplpCredentials", Map.of("credentialsSaved", true), sweeping);

      portal.addForeignApplication("sikesda-mobile");
      ProcessInstance rejected = applicationAtStepThree(process, false);
      sweep.job(rejected, "Task_CreateOAuth2TokenAndApiKey");
      sweep.task(
          rejected,
          "Task_ResolveSplpApplicationRejection",
          Map.of("splpResolution", "MANUAL", "splpResolutionNote", "Aplikasi sudah milik kami."),
          sweeping);

      try (IntegrationModes manual = IntegrationModes.manual(environment, Integration.SPLP)) {
        ProcessInstance byHand = applicationAtStepThree(process, false);
        sweep.task(
            byHand,
            "Task_CreateSplpApplicationByHand",
            Map.of("splpApplicationCreated", "sikesda-mobile", "keysStoredByPengguna", true),
            sweeping);
      }
    }
    assertThat(sweep.swept(process)).containsExactlyInAnyOrderElementsOf(sweep.formSteps(process));
  }

  /** The initiator is a variable like any other the server owns: a start may not set it. */
  @Test
  void theStarterIsAlwaysTheAuthenticatedUser() {
    Map<String, Object> forged = RequestFixtures.anSplpApplicationRequest();
    forged.put("initiator", CLERK_DINKES);
    assertThatThrownBy(() -> sweep.start("SplpApplicationProcess", API_USER_DINKES, forged, false))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("\"initiator\"");

    ProcessInstance started =
        sweep.start(
            "SplpApplicationProcess",
            API_USER_DINKES,
            RequestFixtures.anSplpApplicationRequest(),
            false);
    assertThat(sweep.variable(started, "initiator")).isEqualTo(API_USER_DINKES);
    Task first =
        engine.getTaskService().createTaskQuery().processInstanceId(started.getId()).singleResult();
    assertThat(first.getAssignee()).isEqualTo(API_USER_DINKES);
  }

  /**
   * Every type a field does not submit is refused, on the Kadis's text field and on the start
   * form's: a serialized Java object, objects in Json and Xml form (the engine has no Json or Xml
   * type without Spin; engine-rest's refusal of those names is in FormContractRestTest), a plain
   * Java object, and every other value type.
   */
  @Test
  void aValueOfATypeTheFieldDoesNotSubmitIsRefusedAndNothingChanges() {
    Map<String, Object> request = RequestFixtures.aSubdomainRequest();
    request.put("subdomainName", uniqueName());
    ProcessInstance instance = sweep.start("SubdomainHostingProcess", CLERK_DINKES, request, false);
    Task kadis =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    List<TypedValue> values =
        List.of(
            serialized("rO0ABXQABmRpc2Rpaw==", Variables.SerializationDataFormats.JAVA),
            serialized("{\"catatan\":\"palsu\"}", Variables.SerializationDataFormats.JSON),
            serialized("<catatan>palsu</catatan>", Variables.SerializationDataFormats.XML),
            Variables.untypedValue(new ArrayList<>(List.of("palsu"))),
            Variables.dateValue(new Date()),
            Variables.byteArrayValue(new byte[] {1, 2}),
            Variables.integerValue(42),
            Variables.longValue(42L),
            Variables.shortValue((short) 42),
            Variables.doubleValue(4.2),
            Variables.booleanValue(true),
            RequestFixtures.letter(RequestFixtures.LETTER_PDF));
    for (TypedValue value : values) {
      String type = value.getType() == null ? "Object" : capitalized(value.getType().getName());
      people(KADIS);
      try {
        assertThatThrownBy(
                () ->
                    engine
                        .getTaskService()
                        .complete(
                            kadis.getId(), Variables.putValueTyped("dispositionKadis", value)))
            .as(type)
            .isInstanceOf(FormFieldValidationException.class)
            .hasMessageContaining("\"dispositionKadis\" harus berupa teks")
            .hasMessageContaining("bertipe " + type);
      } finally {
        people(null);
      }
      Map<String, Object> forged = new HashMap<>(RequestFixtures.aSubdomainRequest());
      forged.put("contactName", value);
      assertThatThrownBy(() -> sweep.start("SubdomainHostingProcess", CLERK_DINKES, forged, false))
          .as("start with " + type)
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("\"contactName\"");
    }
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "dispositionKadis"))
        .isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(kadis.getId()).count())
        .isEqualTo(1);
  }

  private void people(String userId) {
    People people = new People(engine.getIdentityService());
    if (userId == null) {
      people.actAsNobody();
    } else {
      people.actAs(userId);
    }
  }

  private static TypedValue serialized(String value, SerializationDataFormat format) {
    return Variables.serializedObjectValue(value)
        .serializationDataFormat(format)
        .objectTypeName("java.util.HashMap")
        .create();
  }

  private static String capitalized(String type) {
    return Character.toUpperCase(type.charAt(0)) + type.substring(1);
  }

  private ProcessInstance applicationAtStepThree(String process, boolean sweeping) {
    ProcessInstance application =
        sweep.start(process, API_USER_DINKES, RequestFixtures.anSplpApplicationRequest(), sweeping);
    sweep.task(application, "Task_OpenSplpUserPortal", Map.of("splpUserName", "fajar"), sweeping);
    sweep.task(
        application,
        "Task_FillApplicationData",
        new HashMap<>(RequestFixtures.anSplpApplication()),
        sweeping);
    return application;
  }

  private void dispose(ProcessInstance request, boolean sweeping) {
    sweep.task(
        request,
        "Task_DisposeRequestByKadis",
        Map.of("dispositionKadis", "Mohon diproses."),
        sweeping);
    sweep.task(
        request,
        "Task_DisposeRequestByKabid",
        Map.of("dispositionKabid", "Pelaksana, mohon dicek."),
        sweeping);
  }

  private static String uniqueName() {
    return "sapu" + System.nanoTime() % 1_000_000 + "x" + NAMES.incrementAndGet();
  }
}
