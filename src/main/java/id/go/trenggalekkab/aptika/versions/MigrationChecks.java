package id.go.trenggalekkab.aptika.versions;

import id.go.trenggalekkab.aptika.sla.MutuBaku;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.validation.instance.MigratingActivityInstanceValidator;
import org.camunda.bpm.engine.impl.migration.validation.instruction.MigrationInstructionValidator;
import org.springframework.stereotype.Component;

/**
 * The office's checks and follow-up for moving running requests to a new version, put into the
 * engine itself, so that a migration from Cockpit, from {@code /engine-rest/migration} and from
 * Java passes the same checks ({@link SameProcedure}, {@link SameLaneSteps}, {@link
 * NoStrandedRequest}), is refused in Bahasa Indonesia ({@link IndonesianMigrationRefusals}) and
 * gets its due dates recomputed ({@link DueDatesAfterMigration}).
 */
@Component
class MigrationChecks extends AbstractProcessEnginePlugin {

  private final DueDatesAfterMigration dueDates;

  MigrationChecks(MutuBaku mutuBaku) {
    this.dueDates = new DueDatesAfterMigration(mutuBaku);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<MigrationInstructionValidator> instructions =
        new ArrayList<>(orEmpty(configuration.getCustomPostMigrationInstructionValidators()));
    instructions.add(new SameProcedure());
    instructions.add(new SameLaneSteps());
    configuration.setCustomPostMigrationInstructionValidators(instructions);

    List<MigratingActivityInstanceValidator> instances =
        new ArrayList<>(orEmpty(configuration.getCustomPostMigratingActivityInstanceValidators()));
    instances.add(new NoStrandedRequest());
    configuration.setCustomPostMigratingActivityInstanceValidators(instances);

    configuration.getCustomHistoryEventHandlers().add(dueDates);

    List<CommandInterceptor> interceptors =
        new ArrayList<>(orEmpty(configuration.getCustomPreCommandInterceptorsTxRequired()));
    interceptors.add(new IndonesianMigrationRefusals());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
