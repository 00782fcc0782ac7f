package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.junit.jupiter.api.Test;

/**
 * An unknown task id is the caller's doing, whichever of the engine's task commands says so; any
 * other missing object of the engine's is a fault, logged with its stack trace.
 */
class EngineRefusalTest {

  @Test
  void theEnginesWordsForAnUnknownTaskInEachOfItsTaskCommandsAreARefusal() {
    for (String words :
        new String[] {
          "Cannot find task with id 42", // claim, complete, identity links
          "No task found for taskId '42'", // the task's form
          "task 42 doesn't exist", // its variables
          "Task '42' not found" // its rendered form
        }) {
      assertThat(EngineRefusal.isRefusal(missing(words, "task"))).as(words).isTrue();
    }
  }

  @Test
  void anotherMissingObjectIsAFault() {
    assertThat(EngineRefusal.isRefusal(missing("Cannot find execution with id 42", "execution")))
        .isFalse();
    assertThat(EngineRefusal.isRefusal(missing("No task found for taskId '42'", "taskEntity")))
        .isFalse();
  }

  /** What the engine throws when the object it looked up by id is not there. */
  private static Throwable missing(String words, String variable) {
    return catchThrowable(() -> EnsureUtil.ensureNotNull(words, variable, null));
  }
}
