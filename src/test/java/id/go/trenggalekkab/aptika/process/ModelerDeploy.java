package id.go.trenggalekkab.aptika.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The request Camunda Modeler's "Deploy" sends to a Camunda 7 engine, byte for byte in its parts
 * and their order ({@code client/src/plugins/camunda-plugin/shared/CamundaAPI.js}, {@code
 * deployDiagram}): the browser's multipart form data with {@code deployment-name}, {@code
 * deployment-source}, {@code enable-duplicate-filtering}, {@code tenant-id} when given, the diagram
 * as {@code text/xml} in a part named by its file name, then each attached file under its own name;
 * headers {@code accept: application/json} and Basic authentication.
 */
public final class ModelerDeploy {

  private final String endpoint;
  private final String user;
  private final String password;
  private String tenantId;
  private final Map<String, byte[]> attachments = new LinkedHashMap<>();

  /**
   * @param endpoint the endpoint URL typed in Modeler, e.g. {@code http://host/engine-rest}
   */
  public ModelerDeploy(String endpoint, String user, String password) {
    this.endpoint = endpoint;
    this.user = user;
    this.password = password;
  }

  public ModelerDeploy tenant(String tenantId) {
    this.tenantId = tenantId;
    return this;
  }

  public ModelerDeploy attach(String fileName, byte[] contents) {
    attachments.put(fileName, contents);
    return this;
  }

  /** Modeler's connection check before deploying. */
  public HttpResponse<String> checkConnection() {
    return send(request("/deployment?maxResults=0").GET().build());
  }

  public HttpResponse<String> deploy(String deploymentName, String diagramName, byte[] diagram) {
    String boundary = "----WebKitFormBoundary" + UUID.randomUUID().toString().replace("-", "");
    Multipart body = new Multipart(boundary);
    body.field("deployment-name", deploymentName);
    body.field("deployment-source", "Camunda Modeler");
    body.field("enable-duplicate-filtering", "true");
    if (tenantId != null) {
      body.field("tenant-id", tenantId);
    }
    body.file(diagramName, "text/xml", diagram);
    attachments.forEach((name, contents) -> body.file(name, "application/octet-stream", contents));
    return send(
        request("/deployment/create")
            .header("content-type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.end()))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(endpoint + path))
        .header("accept", "application/json")
        .header("authorization", "Basic " + credentials);
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** multipart/form-data as a browser's FormData writes it. */
  private static final class Multipart {

    private final String boundary;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart(String boundary) {
      this.boundary = boundary;
    }

    void field(String name, String value) {
      write("--" + boundary + "\r\n");
      write("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
      write(value + "\r\n");
    }

    void file(String name, String type, byte[] contents) {
      write("--" + boundary + "\r\n");
      write("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name + "\"\r\n");
      write("Content-Type: " + type + "\r\n\r\n");
      out.writeBytes(contents);
      write("\r\n");
    }

    byte[] end() {
      write("--" + boundary + "--\r\n");
      return out.toByteArray();
    }

    private void write(String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
