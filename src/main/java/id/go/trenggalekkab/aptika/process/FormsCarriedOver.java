package id.go.trenggalekkab.aptika.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A diagram deployed without its forms keeps them. Every step binds its Camunda Form with {@code
 * camunda:formRefBinding="deployment"}: the form is the one in the same deployment as the diagram,
 * so each version of a procedure keeps the forms it was deployed with and a running request never
 * meets a changed form. Camunda Modeler deploys only the files one attaches, and the application's
 * own start deploys only the files that changed; either way a form the diagram binds may be missing
 * from the deployment. Before the engine reads the deployment, each missing form is copied into it
 * from the newest deployed version of that form (of the deployment's unit, else shared). A form
 * sent with the diagram is used as sent.
 *
 * <p>A form the diagram names but nobody ever deployed stays missing; the engine then fails when
 * the step is reached, which is for the deployment check to refuse first.
 */
@Component
class FormsCarriedOver extends AbstractProcessEnginePlugin implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(FormsCarriedOver.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEPLOYMENT_BINDING = "deployment";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(0, this);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return; // a deployment read back into the cache has all it will ever have
    }
    Collection<ResourceEntity> resources = List.copyOf(deployment.getResources().values());
    Set<String> present = formIds(resources);
    boundForms(resources).stream()
        .filter(formId -> !present.contains(formId))
        .forEach(formId -> carryOver(formId, deployment));
  }

  private static void carryOver(String formId, DeploymentEntity deployment) {
    CommandContext context = Context.getCommandContext();
    CamundaFormDefinitionEntity latest = newest(context, formId, deployment.getTenantId());
    if (latest == null) {
      return;
    }
    ResourceEntity source =
        context
            .getResourceManager()
            .findResourceByDeploymentIdAndResourceName(
                latest.getDeploymentId(), latest.getResourceName());
    ResourceEntity copy = new ResourceEntity();
    copy.setName(freeName(deployment, source.getName(), formId));
    copy.setBytes(source.getBytes());
    copy.setDeploymentId(deployment.getId());
    copy.setTenantId(deployment.getTenantId());
    copy.setType(ResourceTypes.REPOSITORY.getValue());
    copy.setCreateTime(ClockUtil.getCurrentTime());
    deployment.addResource(copy);
    context.getResourceManager().insertResource(copy);
    LOG.info(
        "Formulir {} (versi {}) ikut disebarkan bersama deployment {} ({}).",
        formId,
        latest.getVersion(),
        deployment.getName(),
        deployment.getId());
  }

  private static CamundaFormDefinitionEntity newest(
      CommandContext context, String formId, String tenantId) {
    CamundaFormDefinitionEntity ofUnit =
        context
            .getCamundaFormDefinitionManager()
            .findLatestDefinitionByKeyAndTenantId(formId, tenantId);
    if (ofUnit != null || tenantId == null) {
      return ofUnit;
    }
    return context
        .getCamundaFormDefinitionManager()
        .findLatestDefinitionByKeyAndTenantId(formId, null);
  }

  private static String freeName(DeploymentEntity deployment, String name, String formId) {
    return deployment.getResource(name) == null ? name : formId + ".form";
  }

  /** The forms the deployment's diagrams bind to their own deployment, by form id. */
  private static Set<String> boundForms(Collection<ResourceEntity> resources) {
    Set<String> ids = new LinkedHashSet<>();
    for (ResourceEntity resource : resources) {
      if (!isBpmn(resource.getName())) {
        continue;
      }
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
      } catch (RuntimeException unreadable) {
        continue; // the engine's own parser reports it, with the line
      }
      Stream.concat(
              model.getModelElementsByType(UserTask.class).stream()
                  .filter(t -> DEPLOYMENT_BINDING.equals(t.getCamundaFormRefBinding()))
                  .map(UserTask::getCamundaFormRef),
              model.getModelElementsByType(StartEvent.class).stream()
                  .filter(e -> DEPLOYMENT_BINDING.equals(e.getCamundaFormRefBinding()))
                  .map(StartEvent::getCamundaFormRef))
          .filter(ref -> ref != null && !ref.contains("{"))
          .forEach(ids::add);
    }
    return ids;
  }

  private static Set<String> formIds(Collection<ResourceEntity> resources) {
    Set<String> ids = new LinkedHashSet<>();
    for (ResourceEntity resource : resources) {
      if (resource.getName().endsWith(".form")) {
        try {
          JsonNode id = JSON.readTree(resource.getBytes()).get("id");
          if (id != null) {
            ids.add(id.asText());
          }
        } catch (IOException unreadable) {
          // the engine's form deployer reports it
        }
      }
    }
    return ids;
  }

  private static boolean isBpmn(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }
}
