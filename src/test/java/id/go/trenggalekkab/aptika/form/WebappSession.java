package id.go.trenggalekkab.aptika.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person signed in to the webapps over plain HTTP, as Tasklist's own requests are made: the
 * session cookie, and the {@code XSRF-TOKEN} cookie echoed as {@code X-XSRF-TOKEN} (renewed after
 * login).
 */
final class WebappSession {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  static WebappSession signIn(int port, String userId, String password) {
    WebappSession session = new WebappSession(port);
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
    HttpResponse<String> login =
        session.send(
            HttpRequest.newBuilder(
                    session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.token())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + URLEncoder.encode(userId, StandardCharsets.UTF_8)
                            + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session, whose token the next safe request hands out
    session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default")).GET());
    return session;
  }

  HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-XSRF-TOKEN", token())
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String token() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, latest) -> latest)
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
