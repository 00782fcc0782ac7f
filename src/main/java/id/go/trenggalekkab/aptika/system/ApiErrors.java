package id.go.trenggalekkab.aptika.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * The one shape of an error answer of our own API: a message in Bahasa Indonesia and, for bad
 * input, one entry per field that names the field and what is wrong with it.
 */
public record ApiErrors(String message, List<FieldError> errors) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public record FieldError(String field, String message) {}

  public static ApiErrors of(String message) {
    return new ApiErrors(message, List.of());
  }

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getWriter(), of(message));
  }
}
