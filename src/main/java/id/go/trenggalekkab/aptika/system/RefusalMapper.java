package id.go.trenggalekkab.aptika.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * Some engine-rest resources (a task's {@code bpmnError} and {@code escalation}, among others) let
 * the engine's exceptions through unwrapped, and Camunda answers those with 500. A refusal by our
 * checks is the client's fault wherever it surfaces: 400, with our message in Bahasa Indonesia.
 * {@link BadInputMapper} handles the wrapped ones.
 */
@Priority(1)
class RefusalMapper implements ExceptionMapper<FormFieldValidationException> {

  @Override
  public Response toResponse(FormFieldValidationException refusal) {
    ExceptionDto body = ExceptionDto.fromException(refusal);
    body.setMessage(refusal.getMessage());
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(body)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
