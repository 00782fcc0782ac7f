package id.go.trenggalekkab.aptika.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Take the place of Camunda's exception mappers in the engine API, one per type Camunda maps (a
 * mapper for a supertype would lose to Camunda's for the exact type), all answering through {@link
 * EngineRefusal}. {@link EngineApiDiscoverable} registers them in both copies of the API.
 */
final class EngineApiExceptionMappers {

  static final List<Class<?>> ALL =
      List.of(RestExceptions.class, EngineExceptions.class, AnyOtherException.class);

  private EngineApiExceptionMappers() {}

  abstract static class Mapper {

    @Context UriInfo uri;
    @Context Request request;

    Response answer(Throwable failure) {
      return VisibleObjectFilter.hiddenObject(request.getMethod(), uri)
          .orElseGet(() -> EngineRefusal.answer(failure, request.getMethod(), uri));
    }
  }

  /** What engine-rest wraps: a start refused by our form checks, "no matching task", ... */
  @Priority(1)
  static final class RestExceptions extends Mapper implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return answer(exception);
    }
  }

  /** What the engine throws straight through: ENGINE-13034, an AuthorizationException, ... */
  @Priority(1)
  static final class EngineExceptions extends Mapper
      implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }

  /** Anything else, in Camunda's words a real failure (500) or a client's error (4xx). */
  @Priority(1)
  static final class AnyOtherException extends Mapper implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception exception) {
      return answer(exception);
    }
  }
}
