package id.go.trenggalekkab.aptika.performance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.system.WebappSession;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The benchmark's one HTTP client, the same for the project and the anchor: JDK HttpClient,
 * HTTP/1.1 keep-alive, JSON. A named user is let in as {@link Login} says; a request without a user
 * (the anchor's, whose REST API is open) carries no login.
 */
final class Http {

  /** How a named user's requests are let in. */
  enum Login {
    /** HTTP Basic on every request to {@code /engine-rest}, as an API client calls it. */
    BASIC,
    /**
     * Logged into Tasklist once, then Tasklist's own engine API with the session cookie and the
     * CSRF token, as the office's staff work: {@code /engine-rest/...} is sent to {@code
     * /camunda/api/engine/engine/default/...}, the same REST resources behind the webapps' login.
     */
    TASKLIST
  }

  static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGINE_REST = "/engine-rest/";
  private static final String TASKLIST_API = "/camunda/api/engine/engine/default/";

  /** A Tasklist session: the cookies to send and the CSRF token to echo. */
  private record Session(String cookies, String csrfToken) {}

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final Login login;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  Http(String base, Login login) {
    this.base = base;
    this.login = login;
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
    if (user != null && login == Login.TASKLIST && path.startsWith(ENGINE_REST)) {
      Session session = sessions.computeIfAbsent(user, this::logIntoTasklist);
      return plain(TASKLIST_API + path.substring(ENGINE_REST.length()))
          .header("Cookie", session.cookies())
          .header("X-XSRF-TOKEN", session.csrfToken());
    }
    HttpRequest.Builder builder = plain(path);
    if (user != null) {
      String basic = user + ":" + PASSWORD;
      builder.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private HttpRequest.Builder plain(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(120))
        .header("Accept", "application/json");
  }

  /** Logged into Tasklist as the tests' browser-like session does; its cookies and token. */
  private Session logIntoTasklist(String user) {
    WebappSession tasklist = WebappSession.signIn(URI.create(base).getPort(), user, PASSWORD);
    return new Session(tasklist.cookieHeader(), tasklist.xsrfToken());
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
