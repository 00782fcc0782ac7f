package id.go.trenggalekkab.aptika.performance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's one HTTP client, the same for the project and the anchor: JDK HttpClient,
 * HTTP/1.1 keep-alive, JSON, Basic authentication when a user is named.
 */
final class Http {

  static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  Http(String base) {
    this.base = base;
  }

  HttpRequest get(String user, String path) {
    return request(user, path).GET().build();
  }

  String send(HttpRequest request, int expected) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            request.method()
                + " "
                + request.uri()
                + ": HTTP "
                + response.statusCode()
                + " "
                + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The HTTP status of a GET, for waiting until a server answers. */
  int status(String path) {
    try {
      return client
          .send(request(null, path).GET().build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  List<Map<String, Object>> getList(String user, String path) {
    return read(send(get(user, path), 200), new TypeReference<>() {});
  }

  Map<String, Object> post(String user, String path, Object body, int expected) {
    try {
      String answer =
          send(
              request(user, path)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              expected);
      return answer.isEmpty() ? Map.of() : read(answer, new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpRequest.Builder request(String user, String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json");
    if (user != null) {
      String basic = user + ":" + PASSWORD;
      builder.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
