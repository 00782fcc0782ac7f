package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An unknown task id asked for by a caller is the caller's doing and is not logged as a fault; the
 * same failure inside a job is a fault of the system step and keeps its stack trace.
 */
@AptikaSpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class EngineRefusalLoggingTest {

  private static final String UNKNOWN = "tugas-yang-tidak-ada";

  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;

  @Test
  void aCallersUnknownTaskIsNoFault(CapturedOutput output) {
    assertThatThrownBy(() -> taskService.claim(UNKNOWN, "budi"))
        .isInstanceOf(NullValueException.class);

    assertThat(output).doesNotContain("ENGINE-16004");
  }

  /**
   * What the engine runs for a job, in its command (the job executor's, or a manual run of a job)
   * with the job as the command's current one: here, a step that claims a task that is not there.
   */
  @Test
  void theSameFailureInsideAJobIsAFaultWithItsStackTrace(CapturedOutput output) {
    CommandExecutor engine =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();

    assertThatThrownBy(
            () ->
                engine.execute(
                    context -> {
                      context.setCurrentJob(new MessageEntity());
                      taskService.claim(UNKNOWN, "budi");
                      return null;
                    }))
        .isInstanceOf(NullValueException.class);

    assertThat(output)
        .contains("ERROR")
        .contains("ENGINE-16004")
        .contains("at " + ClaimTaskCmd.class.getName() + ".execute");
  }
}
