package id.go.trenggalekkab.aptika.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine REST API answers a start refused by our form checks with 500, like any other failure
 * of {@code /start}; Tasklist's own {@code /submit-form} says 400. Bad input is the client's fault,
 * so both say 400, with the same body: our message in Bahasa Indonesia, not the engine's wrapping
 * ("ENGINE-03051 ... Message: '...'"). {@link BadInputDiscoverable} registers it in both copies of
 * the API: {@code /engine-rest} and the webapps' own {@code /camunda/api/engine}, which Tasklist
 * calls. A variable value engine-rest cannot convert ({@link UnusableValue}) is a 400 too.
 */
@Priority(1)
class BadInputMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    Response response = camunda.toResponse(exception);
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof FormFieldValidationException refusal) {
        if (response.getEntity() instanceof ExceptionDto body) {
          // the engine wraps a listener's refusal in its own words; the person needs ours
          body.setMessage(refusal.getMessage());
        }
        return Response.fromResponse(response).status(Response.Status.BAD_REQUEST).build();
      }
      var unusable = UnusableValue.message(t);
      if (unusable.isPresent() && response.getEntity() instanceof ExceptionDto body) {
        body.setMessage(unusable.get());
        return Response.fromResponse(response).status(Response.Status.BAD_REQUEST).build();
      }
    }
    return response;
  }
}
