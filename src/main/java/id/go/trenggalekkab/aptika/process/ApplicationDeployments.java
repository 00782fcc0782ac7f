package id.go.trenggalekkab.aptika.process;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.application.ProcessApplicationReference;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.impl.application.ProcessApplicationManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * Every deployment belongs to this application, whoever made it. The embedded HTML forms ({@code
 * embedded:app:forms/...}) are served by the application, and Tasklist finds them through the
 * process application registered for the model's deployment. The engine registers the application
 * only for the deployments the application makes itself (and, at the next start, for earlier
 * versions of the same procedures), so a model deployed from Camunda Modeler or the REST API would
 * show no start form until a restart. This registers the application for each such deployment as
 * the engine takes it in.
 */
@Component
class ApplicationDeployments extends AbstractProcessEnginePlugin implements Deployer {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostDeployers() == null) {
      configuration.setCustomPostDeployers(new ArrayList<>());
    }
    configuration.getCustomPostDeployers().add(this);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    ProcessApplicationManager registrations =
        Context.getProcessEngineConfiguration().getProcessApplicationManager();
    if (registrations.getProcessApplicationForDeployment(deployment.getId()) != null) {
      return;
    }
    ProcessApplicationReference application = application();
    if (application != null) {
      registrations.registerProcessApplicationForDeployments(
          Set.of(deployment.getId()), application);
    }
  }

  /**
   * The application once it runs; none while it deploys its own models at start-up, which the
   * engine registers itself.
   */
  private static ProcessApplicationReference application() {
    RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
    return container.getProcessApplicationService().getProcessApplicationNames().stream()
        .findFirst()
        .map(container::getDeployedProcessApplication)
        .orElse(null);
  }
}
