package id.go.trenggalekkab.aptika.cluster.inside;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Test code that runs inside an application JVM started by the cluster harness (it reaches that JVM
 * through {@code loader.path}, never through the jar). At the end of the first service task named
 * in {@code aptika.test.crash-at}, that is after the outside system did its work and before the
 * job's transaction commits, it adds a line (step and request) to the marker file {@code
 * aptika.test.crash-marker} and blocks the job's thread, so that the harness can kill the JVM with
 * SIGKILL right there.
 */
@Component
@ConditionalOnProperty("aptika.test.crash-at")
class CrashPoints extends AbstractProcessEnginePlugin {

  private final Set<String> activities;
  private final Path marker;

  CrashPoints(
      @Value("${aptika.test.crash-at}") List<String> activities,
      @Value("${aptika.test.crash-marker}") Path marker) {
    this.activities = Set.copyOf(activities);
    this.marker = marker;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl task) {
                if (activities.contains(task.getId())) {
                  ExecutionListener crash = CrashPoints.this::reach;
                  task.addListener(ExecutionListener.EVENTNAME_END, crash);
                }
              }
            });
  }

  /**
   * Every crash point blocks: the first writes the marker, one that a parallel job reaches while
   * the JVM waits for its end adds its line, so that it is killed inside that step too.
   */
  private void reach(DelegateExecution execution) throws InterruptedException {
    String line = execution.getCurrentActivityId() + " " + execution.getProcessInstanceId() + "\n";
    synchronized (this) {
      try {
        Files.writeString(marker, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // holds the job's transaction open until the harness kills this JVM
    Thread.sleep(Long.MAX_VALUE);
  }
}
