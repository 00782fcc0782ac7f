package id.go.trenggalekkab.aptika.modelgate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment the office's rules refuse. A {@link ParseException}, so that the engine API answers
 * 400 with every message, and a report per file naming each element, as for a model the engine
 * cannot parse.
 */
class DeploymentRefusedException extends ParseException {

  private static final long serialVersionUID = 1L;

  DeploymentRefusedException(String deployment, List<ModelProblem> problems) {
    super(message(deployment, problems), null, List.of(), List.of());
    resorceReports.clear();
    Map<String, List<ModelProblem>> byResource =
        problems.stream()
            .collect(
                Collectors.groupingBy(ModelProblem::resource, TreeMap::new, Collectors.toList()));
    byResource.forEach(
        (resource, own) ->
            resorceReports.add(
                new Report(resource, own.stream().<Problem>map(GateProblem::new).toList())));
  }

  private static String message(String deployment, List<ModelProblem> problems) {
    return GateMessages.of("refused", deployment == null ? "" : deployment, problems.size())
        + problems.stream().map(p -> "\n- " + p.message()).collect(Collectors.joining());
  }

  private record Report(String getResourceName, List<Problem> getErrors) implements ResourceReport {
    @Override
    public List<Problem> getWarnings() {
      return List.of();
    }
  }

  private record GateProblem(ModelProblem problem) implements Problem {
    @Override
    public String getMessage() {
      return problem.message();
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return problem.elementId();
    }

    @Override
    public List<String> getElementIds() {
      return problem.elementId() == null ? List.of() : List.of(problem.elementId());
    }
  }
}
