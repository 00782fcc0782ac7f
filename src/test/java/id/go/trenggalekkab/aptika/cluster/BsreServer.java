package id.go.trenggalekkab.aptika.cluster;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.go.trenggalekkab.aptika.signing.BsreAppliance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BSrE esign-client appliance ({@link BsreAppliance} behind WireMock) served from the test's
 * own JVM, outside the application nodes, so that what each node sent it stays in its request
 * journal whichever node sent it and whatever became of that node.
 */
final class BsreServer implements AutoCloseable {

  private static final String USERNAME = "aptika";
  private static final String PASSWORD = "rahasia-esign";

  private final WireMockServer server;
  private final Path certificate;

  private BsreServer(WireMockServer server, Path certificate) {
    this.server = server;
    this.certificate = certificate;
  }

  static BsreServer start() throws IOException {
    BsreAppliance appliance = new BsreAppliance();
    WireMockServer server =
        new WireMockServer(
            wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(appliance));
    server.start();
    server.stubFor(
        post(urlEqualTo("/api/sign/pdf"))
            .withBasicAuth(USERNAME, PASSWORD)
            .willReturn(aResponse().withHeader("Content-Type", "application/pdf")));
    Path certificate = AppNode.WORK.resolve("signing/kadis-bsre.cer");
    Files.createDirectories(certificate.getParent());
    try {
      Files.write(certificate, appliance.kadisCertificate().getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    return new BsreServer(server, certificate);
  }

  /** The settings (APTIKA_SIGNING_METHOD, APTIKA_SIGNING_BSRE_*) that make a node sign here. */
  Map<String, String> nodeProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("aptika.signing.method", "bsre");
    properties.put("aptika.signing.bsre.url", server.baseUrl());
    properties.put("aptika.signing.bsre.username", USERNAME);
    properties.put("aptika.signing.bsre.password", PASSWORD);
    properties.put("aptika.signing.bsre.nik", "3503012345678901");
    properties.put("aptika.signing.bsre.certificate", certificate.toString());
    return properties;
  }

  /** The passphrase of every signing request the appliance received, oldest first. */
  List<String> passphrasesReceived() {
    List<String> received =
        new ArrayList<>(
            server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(request -> request.getUrl().equals("/api/sign/pdf"))
                .map(BsreServer::passphrase)
                .toList());
    // the journal lists the newest first
    Collections.reverse(received);
    return received;
  }

  private static String passphrase(Request request) {
    Request.Part part = request.getPart("passphrase");
    return part == null ? null : part.getBody().asString();
  }

  @Override
  public void close() {
    server.stop();
  }
}
