package id.go.trenggalekkab.aptika.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the engine API (both {@code /engine-rest} and the webapps' {@code /camunda/api/engine})
 * answers a refusal: bad input (our checks' refusals, and a value engine-rest cannot convert, see
 * {@link UnusableValue}) says 400 with our message; a denial says 403, or 404 when it concerns an
 * object the caller may not see, with one message in Bahasa Indonesia that is the same whether the
 * object belongs to another unit or does not exist. A deployment the engine cannot parse, or the
 * office's rules refuse, is a refusal too (Camunda answers it 400 with every problem). Each is
 * logged as one line, without a stack trace: it is the caller's mistake, not a failure of the
 * application. A request changed by another transaction at the same moment says 409, a database
 * that cannot be reached 503 ({@link DatabaseUnavailable}, one warning line): in both nothing was
 * saved and the person can repeat the call. Everything else gets Camunda's answer, and a real
 * failure is logged with its stack trace.
 */
final class EngineRefusal {

  static final String FORBIDDEN = "Anda tidak berwenang melakukan tindakan ini.";

  /**
   * Another transaction changed the same request at the same moment (a Mutu Baku reminder firing as
   * the person completes, a colleague, another node): nothing of this call was saved.
   */
  static final String CONFLICT =
      "Permohonan ini sedang diubah pada saat yang sama (misalnya oleh pengingat Mutu Baku atau"
          + " pengguna lain), sehingga tindakan Anda belum tersimpan. Silakan muat ulang lalu"
          + " ulangi.";

  private static final Logger LOG = LoggerFactory.getLogger(EngineRefusal.class);
  private static final ExceptionHandlerHelper CAMUNDA = ExceptionHandlerHelper.getInstance();

  /** The engine's tenant check: "... because it belongs to no authenticated tenant." */
  private static final String OTHER_UNIT = "ENGINE-13034";

  /**
   * How the engine's commands on a task by id end the words of their {@code NullValueException} for
   * an unknown id (a claim or completion: "Cannot find task with id …", the task's form: "No task
   * found for taskId …", its variables: "task … doesn't exist", each followed by this), which the
   * engine logs as a failure: a {@code NullValueException} is no {@code BadUserRequestException}.
   */
  private static final String UNKNOWN_TASK = ": task is null";

  private EngineRefusal() {}

  /** Whether a failure is only a refusal of what a caller asked for, by any API. */
  static boolean isRefusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FormFieldValidationException
          || t instanceof ParseException
          || t instanceof AuthorizationException
          || t instanceof NotFoundException
          || isOtherUnit(t)
          || isUnknownTask(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The answer to a failure of the engine API: Camunda's status and body, except for refusals. A
   * real failure is logged with its stack trace as an exception, not as text: Camunda's own mapper
   * put the whole stack trace into one message.
   */
  static Response answer(Throwable failure, String method, UriInfo uri) {
    return refusal(failure, method, uri)
        .orElseGet(
            () -> {
              Status status = CAMUNDA.getStatus(failure);
              if (status.getFamily() == Status.Family.SERVER_ERROR) {
                LOG.error("Failed {} /{} for {}", method, uri.getPath(), caller(uri), failure);
              } else {
                LOG.debug(
                    "Answered {} /{} with {}: {}",
                    method,
                    uri.getPath(),
                    status,
                    failure.toString());
              }
              return response(status, CAMUNDA.fromException(failure));
            });
  }

  private static Optional<Response> refusal(Throwable failure, String method, UriInfo uri) {
    if (isConcurrentChange(failure)) {
      log("Conflict", method, uri, failure);
      return Optional.of(response(Status.CONFLICT, dto("OptimisticLockingException", CONFLICT)));
    }
    if (DatabaseUnavailable.causedBy(failure)) {
      DatabaseUnavailable.log(method, "/" + uri.getPath(), failure);
      return Optional.of(
          response(
              Status.SERVICE_UNAVAILABLE,
              dto("DatabaseUnavailableException", DatabaseUnavailable.MESSAGE)));
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FormFieldValidationException refusal) {
        ExceptionDto body = CAMUNDA.fromException(failure);
        // the engine wraps a listener's refusal in its own words; the person needs ours
        body.setMessage(refusal.getMessage());
        log("Refused", method, uri, refusal);
        return Optional.of(response(Status.BAD_REQUEST, body));
      }
      Optional<String> unusable = UnusableValue.message(t);
      if (unusable.isPresent()) {
        log("Refused", method, uri, t);
        return Optional.of(
            response(Status.BAD_REQUEST, dto("InvalidRequestException", unusable.get())));
      }
      if (t instanceof AuthorizationException denial) {
        log("Denied", method, uri, denial);
        return Optional.of(forbidden());
      }
      if (isOtherUnit(t) || t instanceof NotFoundException || isNotFound(t) || isUnknownTask(t)) {
        log("Denied", method, uri, t);
        return Optional.of(notFound(Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /**
   * The answer to asking for an object the caller may not see, or that does not exist. Only {@link
   * VisibleObjectFilter} knows which object a call is about; a 404 the engine itself raises (an id
   * in the request's body, a form the task does not have) gets the general message.
   */
  static Response notFound(Optional<EngineObject> object) {
    String message = object.map(EngineObject::denied).orElse(EngineObject.ANY_OBJECT_DENIED);
    return response(Status.NOT_FOUND, dto("InvalidRequestException", message));
  }

  static Response forbidden() {
    return response(Status.FORBIDDEN, dto("AuthorizationException", FORBIDDEN));
  }

  static void logDenied(String method, UriInfo uri, String reason) {
    LOG.info("Denied {} /{} to {}: {}", method, uri.getPath(), caller(uri), reason);
  }

  static ProcessEngine engine(UriInfo uri) {
    return EngineUtil.lookupProcessEngine(uri.getPathParameters().getFirst("name"));
  }

  private static void log(String what, String method, UriInfo uri, Throwable cause) {
    LOG.info(
        "{} {} /{} to {}: {}: {}",
        what,
        method,
        uri.getPath(),
        caller(uri),
        cause.getClass().getSimpleName(),
        cause.getMessage());
  }

  private static String caller(UriInfo uri) {
    ProcessEngine engine = engine(uri);
    Authentication current =
        engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    return current == null ? "nobody" : current.getUserId();
  }

  private static boolean isConcurrentChange(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOtherUnit(Throwable t) {
    return t.getMessage() != null && t.getMessage().contains(OTHER_UNIT);
  }

  private static boolean isUnknownTask(Throwable t) {
    return t instanceof NullValueException
        && t.getMessage() != null
        && t.getMessage().endsWith(UNKNOWN_TASK);
  }

  /** What engine-rest itself answers with 404 ("No matching task with id ..."). */
  private static boolean isNotFound(Throwable t) {
    return t instanceof RestException rest && rest.getStatus() == Status.NOT_FOUND;
  }

  private static ExceptionDto dto(String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return body;
  }

  private static Response response(Status status, ExceptionDto body) {
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
