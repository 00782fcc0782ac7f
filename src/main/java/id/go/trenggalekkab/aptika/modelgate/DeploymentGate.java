package id.go.trenggalekkab.aptika.modelgate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The office's rules ({@link ModelRules}) in front of the engine: a deployer that runs before the
 * engine's own in every deployment, from Camunda Modeler, the REST API, Cockpit or the
 * application's own start, and refuses the whole deployment, in the same transaction, on any broken
 * rule.
 */
@Component
class DeploymentGate extends AbstractProcessEnginePlugin implements Deployer {

  private final ModelRules rules;

  DeploymentGate(ApplicationContext beans) {
    this.rules = new ModelRules(beans::containsBean, DeploymentGate::formDeployed);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // last of the custom pre-deployers, so that it judges the deployment as the engine will store
    // it: after process/FormsCarriedOver has added the forms a diagram deployed alone needs
    List<Deployer> deployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    deployers.add(this);
    configuration.setCustomPreDeployers(deployers);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    // the engine also deploys into its cache what it deployed before; only new ones are checked
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> resources = new LinkedHashMap<>();
    Map<String, ResourceEntity> files = deployment.getResources();
    for (ResourceEntity resource : files == null ? List.<ResourceEntity>of() : files.values()) {
      resources.put(resource.getName(), resource.getBytes());
    }
    List<ModelProblem> problems = rules.check(resources);
    if (!problems.isEmpty()) {
      throw new DeploymentRefusedException(deployment.getName(), problems);
    }
  }

  /** Deployed before, whoever deployed it: a process owner may not see every deployment. */
  private static boolean formDeployed(String formId) {
    CommandContext command = Context.getCommandContext();
    return command.runWithoutAuthorization(
        () -> {
          try {
            return command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId)
                != null;
          } catch (ProcessEngineException moreThanOneTenant) {
            return true;
          }
        });
  }
}
