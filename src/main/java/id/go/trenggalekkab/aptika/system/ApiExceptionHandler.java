package id.go.trenggalekkab.aptika.system;

import id.go.trenggalekkab.aptika.system.ApiErrors.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns refusals of our own API into {@link ApiErrors} in Bahasa Indonesia, each logged as one line
 * without a stack trace: a refusal is the caller's mistake, not a failure of the application.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private static final String INVALID_INPUT =
      "Data yang dikirim tidak valid: periksa isian berikut.";

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiErrors> invalidInput(
      MethodArgumentNotValidException e, HttpServletRequest request) {
    refused(request, e);
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .toList();
    return ResponseEntity.badRequest().body(new ApiErrors(INVALID_INPUT, errors));
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ApiErrors> invalidParameters(
      HandlerMethodValidationException e, HttpServletRequest request) {
    refused(request, e);
    List<FieldError> errors = new ArrayList<>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      if (result instanceof ParameterErrors bean) {
        bean.getFieldErrors()
            .forEach(
                error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
      } else {
        String parameter = result.getMethodParameter().getParameterName();
        result
            .getResolvableErrors()
            .forEach(error -> errors.add(new FieldError(parameter, error.getDefaultMessage())));
      }
    }
    return ResponseEntity.badRequest().body(new ApiErrors(INVALID_INPUT, errors));
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiErrors> invalidInput(InvalidInputException e, HttpServletRequest request) {
    refused(request, e);
    return ResponseEntity.badRequest().body(new ApiErrors(INVALID_INPUT, e.errors()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiErrors> wrongType(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    refused(request, e);
    FieldError error =
        new FieldError(
            e.getName(),
            "Nilai '" + e.getValue() + "' tidak sah untuk parameter " + e.getName() + ".");
    return ResponseEntity.badRequest().body(new ApiErrors(INVALID_INPUT, List.of(error)));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiErrors> unreadable(
      HttpMessageNotReadableException e, HttpServletRequest request) {
    refused(request, e);
    return ResponseEntity.badRequest()
        .body(ApiErrors.of("Isi permintaan tidak dapat dibaca: kirim JSON yang sah."));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiErrors> forbidden(AuthorizationException e, HttpServletRequest request) {
    refused(request, e);
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiErrors.of(EngineRefusal.FORBIDDEN));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiErrors> notFound(NotFoundException e, HttpServletRequest request) {
    refused(request, e);
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.of(e.getMessage()));
  }

  private static void refused(HttpServletRequest request, Exception e) {
    LOG.info(
        "Refused {} {}: {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        e.getClass().getSimpleName(),
        e.getMessage());
  }
}
