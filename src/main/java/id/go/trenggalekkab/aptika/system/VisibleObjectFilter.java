package id.go.trenggalekkab.aptika.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Answers a call about an object the caller may not see ({@code /task/{id}/claim} of another unit's
 * task, say) exactly like a call about an id that does not exist, before the engine API runs. Left
 * to itself, the engine says "no matching task" for some calls, ENGINE-13034 "belongs to no
 * authenticated tenant" or a 403 naming the missing permission for others, and so tells the caller
 * which ids exist. Whether the caller may see the object is the engine's own query, as the caller.
 */
@Priority(Priorities.AUTHORIZATION)
class VisibleObjectFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    UriInfo uri = request.getUriInfo();
    String id = uri.getPathParameters().getFirst("id");
    if (id == null) {
      return;
    }
    for (Object resource : uri.getMatchedResources()) {
      Optional<EngineObject> object = EngineObject.servedBy(resource);
      if (object.isPresent()) {
        ProcessEngine engine = EngineRefusal.engine(uri);
        if (!object.get().isVisible(engine, id)) {
          EngineRefusal.logDenied(request.getMethod(), uri, "not visible to the caller");
          request.abortWith(EngineRefusal.notFound(object));
        } else if (object.get() == EngineObject.JOB
            && uri.getPath().endsWith("/execute")
            && !isAdministrator(engine)) {
          EngineRefusal.logDenied(request.getMethod(), uri, "only administrators execute jobs");
          request.abortWith(EngineRefusal.forbidden());
        }
        return;
      }
    }
  }

  /**
   * Running a job by hand is a repair. The engine checks the caller's permission only inside the
   * job, and counts a refusal there as a failed attempt: anyone who may read a job could otherwise
   * use up its retries and turn a reminder or a portal call into an incident.
   */
  private static boolean isAdministrator(ProcessEngine engine) {
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    return caller == null
        || (caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
  }
}
