package id.go.trenggalekkab.aptika.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real BIND 9 and a real nginx on loopback ports for tests outside this package (application
 * nodes in their own JVMs): the settings that switch a node's step 5 to them, and what an
 * administrator would look at afterwards.
 */
public final class ProvisioningServers implements AutoCloseable {

  public static final String ZONE = BindServer.ZONE;

  private final BindServer bind;
  private final NginxServer nginx;

  private ProvisioningServers(BindServer bind, NginxServer nginx) {
    this.bind = bind;
    this.nginx = nginx;
  }

  public static ProvisioningServers start() throws IOException {
    BindServer bind = BindServer.start();
    try {
      return new ProvisioningServers(bind, NginxServer.start());
    } catch (IOException | RuntimeException e) {
      bind.close();
      throw e;
    }
  }

  /** The properties of a node whose step 5 creates records in BIND and sites in nginx. */
  public Map<String, String> nodeProperties() {
    NginxHosting.Settings site = nginx.settings(null);
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("aptika.dns.mode", "rfc2136");
    properties.put("aptika.dns.zone", ZONE);
    properties.put("aptika.dns.server", "127.0.0.1");
    properties.put("aptika.dns.port", String.valueOf(bind.port()));
    properties.put("aptika.dns.tsig-key-name", BindServer.KEY_NAME);
    properties.put("aptika.dns.tsig-secret", bind.secret());
    properties.put("aptika.dns.timeout", "3s");
    properties.put("aptika.hosting.mode", "nginx");
    properties.put("aptika.hosting.address", "127.0.0.1");
    properties.put("aptika.hosting.nginx.executable", site.executable());
    properties.put("aptika.hosting.nginx.config-file", site.configFile());
    properties.put("aptika.hosting.nginx.prefix", site.prefix());
    properties.put("aptika.hosting.nginx.sites-dir", site.sitesDir());
    properties.put("aptika.hosting.nginx.web-root", site.webRoot());
    properties.put("aptika.hosting.nginx.listen", site.listen());
    properties.put("aptika.hosting.nginx.verify-url", site.verifyUrl());
    return properties;
  }

  /** The records BIND answers for the name and type (dig +short). */
  public List<String> records(String name, String type) {
    try {
      return bind.dig(name, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The virtual host files in nginx's sites directory whose name contains {@code name}. */
  public List<String> sites(String name) {
    try (Stream<Path> files = Files.list(nginx.sitesDir())) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.contains(name)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw answer of nginx to GET / for this host. */
  public String get(String host) {
    return nginx.get(host);
  }

  @Override
  public void close() throws IOException {
    try {
      nginx.close();
    } finally {
      bind.close();
    }
  }
}
