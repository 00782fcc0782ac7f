package id.go.trenggalekkab.aptika.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

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
        if (!object.get().isVisible(EngineRefusal.engine(uri), id)) {
          EngineRefusal.logDenied(request.getMethod(), uri, "not visible to the caller");
          request.abortWith(EngineRefusal.notFound(object));
        }
        return;
      }
    }
  }
}
