package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person logged into Tasklist, calling the webapps' own API as the browser does: with the session
 * cookie, and echoing the {@code XSRF-TOKEN} cookie as {@code X-XSRF-TOKEN} (a fresh one after
 * login).
 */
public final class WebappSession {

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Logs in and expects to be let in; the login starts a new session with a new token. */
  public static WebappSession signIn(int port, String userId, String password) {
    WebappSession session = login(port, userId, password);
    session.assertLoggedIn();
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  /** Logs in; {@link #lastLogin} says how the login was answered, which may be a refusal. */
  public static WebappSession login(int port, String userId, String password) {
    WebappSession session = new WebappSession(port);
    session.get("/camunda/app/tasklist/default/");
    HttpResponse<String> login =
        session.post(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            "application/x-www-form-urlencoded",
            "username="
                + URLEncoder.encode(userId, StandardCharsets.UTF_8)
                + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
    session.lastLogin = login.statusCode();
    return session;
  }

  public int lastLogin;

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .header("X-XSRF-TOKEN", xsrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The session's cookies as a {@code Cookie} header, for a request sent by another client. */
  public String cookieHeader() {
    return String.join(
        "; ",
        cookies.getCookieStore().getCookies().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .toList());
  }

  /** The CSRF token a changing request of this session must echo as {@code X-XSRF-TOKEN}. */
  public String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElseThrow();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public void assertLoggedIn() {
    assertThat(lastLogin).as("login").isEqualTo(200);
  }
}
