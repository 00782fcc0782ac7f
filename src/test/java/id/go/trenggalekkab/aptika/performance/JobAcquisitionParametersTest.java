package id.go.trenggalekkab.aptika.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * {@code TaskListScalingIT} explains the engine's own look for due jobs, bound as the engine binds
 * it. The statement is the engine's; the parameters are copied from its {@code JobManager}. This
 * fails as soon as a Camunda upgrade makes {@code findNextJobsToExecute} name a parameter the copy
 * does not set, or stop naming one it does, so that the copy is made again from the new engine.
 */
class JobAcquisitionParametersTest {

  @Test
  void theLookForDueJobsIsBoundWithTheParametersTheEngineNames() throws IOException {
    Set<String> ours =
        new TreeSet<>(
            EngineTaskQueryPlan.jobAcquisitionParameters(
                    new StandaloneInMemProcessEngineConfiguration())
                .keySet());
    ours.add("deploymentIds"); // set by the engine and the copy alike on a deployment-aware node
    ours.add(EngineTaskQueryPlan.JOB_ACQUISITION);

    assertThat(stringsIn(JobManager.class, "findNextJobsToExecute"))
        .as("the texts JobManager.findNextJobsToExecute names")
        .isEqualTo(ours);
  }

  @Test
  void anEngineThatOrdersItsAcquisitionIsNotExplainedWithoutTheOrdering() {
    StandaloneInMemProcessEngineConfiguration byDueDate =
        new StandaloneInMemProcessEngineConfiguration();
    byDueDate.setJobExecutorAcquireByDueDate(true);

    assertThatThrownBy(() -> EngineTaskQueryPlan.jobAcquisitionParameters(byDueDate))
        .isInstanceOf(IllegalStateException.class);
  }

  /** The string constants a method of a class loads, read from its bytecode. */
  private static Set<String> stringsIn(Class<?> type, String method) throws IOException {
    Set<String> strings = new TreeSet<>();
    try (InputStream in =
        type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
      new ClassReader(in)
          .accept(
              new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(
                    int access, String name, String descriptor, String signature, String[] ex) {
                  if (!name.equals(method)) {
                    return null;
                  }
                  return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLdcInsn(Object value) {
                      if (value instanceof String text) {
                        strings.add(text);
                      }
                    }
                  };
                }
              },
              ClassReader.SKIP_DEBUG);
    }
    assertThat(strings).as("%s.%s", type.getSimpleName(), method).isNotEmpty();
    return strings;
  }
}
