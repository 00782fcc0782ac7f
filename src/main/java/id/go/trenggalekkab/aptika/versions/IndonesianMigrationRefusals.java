package id.go.trenggalekkab.aptika.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.migration.MigrationVariableValidationReport;

/**
 * A refused migration plan or migration says why in Bahasa Indonesia, wherever it was asked for:
 * the engine's command interceptor sees the refusal of every migration command (making or checking
 * a plan, executing it) before Cockpit, {@code /engine-rest} or Java get it. The engine's own
 * reasons that the office meets are put in Indonesian in the report itself (which Cockpit's
 * migration page lists); the one our {@link NoStrandedRequest} already says better is left out; the
 * refusal's message lists them all.
 */
class IndonesianMigrationRefusals extends CommandInterceptor {

  private static final String NO_INSTRUCTION =
      "There is no migration instruction for this instance's activity";
  private static final Pattern TARGET_MISSING =
      Pattern.compile("Target activity '(.*)' does not exist");
  private static final Pattern SOURCE_MISSING =
      Pattern.compile("Source activity '(.*)' does not exist");

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (MigrationPlanValidationException refused) {
      if (isOurs(refused.getMessage())) {
        throw refused;
      }
      throw new MigrationPlanValidationException(
          message(failures(refused.getValidationReport())), refused.getValidationReport());
    } catch (MigratingProcessInstanceValidationException refused) {
      if (isOurs(refused.getMessage())) {
        throw refused;
      }
      throw new MigratingProcessInstanceValidationException(
          message(failures(refused.getValidationReport())), refused.getValidationReport());
    }
  }

  private static boolean isOurs(String message) {
    return message != null && message.startsWith(Messages.prefix("migration.refused"));
  }

  private static List<String> failures(MigrationPlanValidationReport report) {
    List<String> all = new ArrayList<>();
    for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
      all.addAll(translated(instruction.getFailures(), null));
    }
    for (MigrationVariableValidationReport variable : report.getVariableReports().values()) {
      all.addAll(variable.getFailures());
    }
    return all;
  }

  private static List<String> failures(MigratingProcessInstanceValidationReport report) {
    List<String> all = new ArrayList<>(translated(report.getFailures(), null));
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      all.addAll(translated(activity.getFailures(), null));
    }
    for (MigratingTransitionInstanceValidationReport transition :
        report.getTransitionInstanceReports()) {
      String stranded =
          Messages.of(
              "migration.unmapped", report.getProcessInstanceId(), transition.getSourceScopeId());
      all.addAll(translated(transition.getFailures(), stranded));
    }
    return all;
  }

  /**
   * The report's failures put in Indonesian, in place; {@code stranded} replaces the engine's "no
   * instruction" where none of ours says it (null: it is said already).
   */
  private static List<String> translated(List<String> failures, String stranded) {
    ListIterator<String> each = failures.listIterator();
    while (each.hasNext()) {
      String failure = each.next();
      Matcher target = TARGET_MISSING.matcher(failure);
      Matcher source = SOURCE_MISSING.matcher(failure);
      if (NO_INSTRUCTION.equals(failure)) {
        if (stranded == null) {
          each.remove();
        } else {
          each.set(stranded);
        }
      } else if (target.matches()) {
        each.set(Messages.of("migration.targetMissing", target.group(1)));
      } else if (source.matches()) {
        each.set(Messages.of("migration.sourceMissing", source.group(1)));
      }
    }
    return failures;
  }

  private static String message(List<String> failures) {
    StringBuilder message = new StringBuilder(Messages.of("migration.refused", failures.size()));
    failures.forEach(failure -> message.append("\n- ").append(failure));
    return message.toString();
  }
}
