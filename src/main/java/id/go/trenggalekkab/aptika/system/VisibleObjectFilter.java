package id.go.trenggalekkab.aptika.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Answers a call about an object the caller may not see ({@code /task/{id}/claim} of another unit's
 * task, say) exactly like a call about an id that does not exist: before the engine API runs, or,
 * for claiming, completing, opening and reading a task, once the engine has refused the call. Left
 * to itself, the engine says "no matching task" for some calls, ENGINE-13034 "belongs to no
 * authenticated tenant" or a 403 naming the missing permission for others, and so tells the caller
 * which ids exist. Whether the caller may see the object is the engine's own query, as the caller.
 */
@Priority(Priorities.AUTHORIZATION)
class VisibleObjectFilter implements ContainerRequestFilter {

  /**
   * What staff do to a task at every step: claim it, complete it, submit its form. Each runs an
   * engine command whose first act is the engine's own check of TASK_WORK on the task and of the
   * task's unit, and the engine grants a task's TASK_WORK only together with READ, to its candidate
   * group ({@code AccessPolicy} grants no task permission of its own). So such a call that the
   * engine accepts is about a task the caller may see, and the query before it would be one more
   * transaction for nothing. It is asked only when the call fails ({@link #hiddenObject}), which
   * gives a hidden task the same answer as before.
   */
  private static final Set<String> TASK_WORK = Set.of("claim", "complete", "submit-form");

  /**
   * Reads of a task beside the task itself ({@code GET /task/{id}}, whose answer is the very query
   * of {@link EngineObject#TASK}, as the caller): its form, its deployed form and the form's
   * variables, which Tasklist asks for every task it opens, its variables and its candidate groups.
   * The engine's command behind each checks READ on the task (or READ_TASK on its procedure) and
   * the task's unit before it reads anything ({@code GetTaskFormCmd}, {@code
   * GetRenderedTaskFormCmd}, {@code GetDeployedTaskFormCmd}, {@code GetTaskFormVariablesCmd},
   * {@code GetTaskVariableCmd(Typed)}, {@code GetTaskVariablesCmd}, {@code
   * GetIdentityLinksForTaskCmd}), and fails when the task is hidden or unknown (the deployed form's
   * unknown task by {@link UnknownTaskCheck}). Not among them: the comments and attachments, which
   * the engine reads by task id without any check. Those stay behind the query.
   */
  private static final Set<String> TASK_READS =
      Set.of(
          "form",
          "rendered-form",
          "deployed-form",
          "form-variables",
          "variables",
          "localVariables",
          "identity-links");

  @Override
  public void filter(ContainerRequestContext request) {
    UriInfo uri = request.getUriInfo();
    Optional<EngineObject> called = calledObject(uri);
    if (called.isEmpty() || isLeftToTheEngine(request.getMethod(), uri, called.get())) {
      return;
    }
    ProcessEngine engine = EngineRefusal.engine(uri);
    Optional<Response> hidden = notFoundIfHidden(request.getMethod(), uri, called.get(), engine);
    if (hidden.isPresent()) {
      request.abortWith(hidden.get());
    } else if (called.get() == EngineObject.JOB
        && "execute".equals(lastSegment(uri))
        && !isAdministrator(engine)) {
      EngineRefusal.logDenied(request.getMethod(), uri, "only administrators execute jobs");
      request.abortWith(EngineRefusal.forbidden());
    }
  }

  /**
   * The answer to a failed call left to the engine (a task's work, opening or reading a task) about
   * a task the caller may not see: the one this filter gives before any other call about such an
   * object, whatever the engine said (another unit's task, no grant, an unknown id, a claim for
   * someone else). Empty for any other call, a visible task, or when the question itself fails (the
   * database gone): the failure's own answer.
   */
  static Optional<Response> hiddenObject(String method, UriInfo uri) {
    Optional<EngineObject> called = calledObject(uri);
    if (called.isEmpty() || !isLeftToTheEngine(method, uri, called.get())) {
      return Optional.empty();
    }
    try {
      return notFoundIfHidden(method, uri, called.get(), EngineRefusal.engine(uri));
    } catch (RuntimeException unanswered) {
      return Optional.empty();
    }
  }

  /** The answer of "does not exist" where the caller may not see the object, logged. */
  private static Optional<Response> notFoundIfHidden(
      String method, UriInfo uri, EngineObject object, ProcessEngine engine) {
    if (object.isVisible(engine, id(uri))) {
      return Optional.empty();
    }
    EngineRefusal.logDenied(method, uri, "not visible to the caller");
    return Optional.of(EngineRefusal.notFound(Optional.of(object)));
  }

  /** The kind of object a call by id ({@code /task/{id}/...}) is about, if it is one of ours. */
  private static Optional<EngineObject> calledObject(UriInfo uri) {
    if (id(uri) == null) {
      return Optional.empty();
    }
    for (Object resource : uri.getMatchedResources()) {
      Optional<EngineObject> object = EngineObject.servedBy(resource);
      if (object.isPresent()) {
        return object;
      }
    }
    return Optional.empty();
  }

  /** {@link #TASK_WORK} on a task, opening it, or one of {@link #TASK_READS} of it. */
  private static boolean isLeftToTheEngine(String method, UriInfo uri, EngineObject object) {
    if (object != EngineObject.TASK) {
      return false;
    }
    Optional<List<String>> below = belowTheId(uri);
    if (below.isEmpty()) {
      return false;
    }
    List<String> path = below.get();
    return HttpMethod.POST.equals(method) && path.size() == 1 && TASK_WORK.contains(path.get(0))
        || HttpMethod.GET.equals(method) && (path.isEmpty() || TASK_READS.contains(path.get(0)));
  }

  /**
   * The path below the object's id: {@code [variables, x]} of {@code /task/{id}/variables/x}; empty
   * when the id is not one segment of the path.
   */
  private static Optional<List<String>> belowTheId(UriInfo uri) {
    String id = id(uri);
    List<PathSegment> segments = uri.getPathSegments();
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).getPath().equals(id)) {
        return Optional.of(
            segments.subList(i + 1, segments.size()).stream().map(PathSegment::getPath).toList());
      }
    }
    return Optional.empty();
  }

  /** The call's last path segment: {@code claim} of {@code /task/{id}/claim}. */
  private static String lastSegment(UriInfo uri) {
    List<PathSegment> segments = uri.getPathSegments();
    return segments.get(segments.size() - 1).getPath();
  }

  private static String id(UriInfo uri) {
    return uri.getPathParameters().getFirst("id");
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
