package id.go.trenggalekkab.aptika.form;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deployed Camunda Form is read and parsed once per deployed process (a completion of step 1
 * would otherwise read and parse it every time); a new deployment gets its own form.
 */
@AptikaSpringBootTest
class FormContractsCacheTest {

  @Autowired FormContracts forms;
  @Autowired ProcessEngineConfigurationImpl engine;

  @Test
  void theSameDeploymentReadsItsFormOnce() {
    AtomicInteger reads = new AtomicInteger();
    Supplier<InputStream> deployed = counting(reads, requiring("alpha", "Alpha"));

    CamundaFormRules first = rules("CacheProbe:1:same", "Task_Probe", deployed);
    CamundaFormRules second = rules("CacheProbe:1:same", "Task_Probe", deployed);

    assertThat(reads).hasValue(1);
    assertThat(second).isSameAs(first);
    assertThat(second.check(Map.of())).singleElement().asString().contains("Alpha");
  }

  @Test
  void aChangedDeploymentGetsItsOwnForm() {
    AtomicInteger reads = new AtomicInteger();
    rules("CacheProbe:1:old", "Task_Probe", counting(reads, requiring("alpha", "Alpha")));

    CamundaFormRules changed =
        rules("CacheProbe:2:new", "Task_Probe", counting(reads, requiring("beta", "Beta")));

    assertThat(reads).hasValue(2);
    assertThat(changed.check(Map.of("alpha", "diisi"))).singleElement().asString().contains("Beta");
    assertThat(rules("CacheProbe:1:old", "Task_Probe", () -> null).check(Map.of("beta", "diisi")))
        .as("the old deployment keeps its own form")
        .singleElement()
        .asString()
        .contains("Alpha");
  }

  /** The forms are read inside an engine command, as the task and start listeners read them. */
  private CamundaFormRules rules(
      String processDefinitionId, String elementId, Supplier<InputStream> deployed) {
    return engine
        .getCommandExecutorTxRequired()
        .execute(context -> forms.rules(processDefinitionId, elementId, deployed));
  }

  private static Supplier<InputStream> counting(AtomicInteger reads, String form) {
    return () -> {
      reads.incrementAndGet();
      return new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8));
    };
  }

  private static String requiring(String key, String label) {
    return """
        {"id": "Form_CacheProbe", "type": "default", "components": [
          {"key": "%s", "label": "%s", "type": "textfield", "validate": {"required": true}}
        ]}
        """
        .formatted(key, label);
  }
}
