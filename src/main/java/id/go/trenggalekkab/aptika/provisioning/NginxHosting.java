package id.go.trenggalekkab.aptika.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileSystemUtils;

/**
 * An nginx virtual host per hosted name: a server block from a template in the sites directory
 * (which the main configuration includes as {@code <sites-dir>/*.conf}), a document root with a
 * placeholder page in Bahasa Indonesia, {@code nginx -t} before the reload; whether nginx then
 * serves the new name is {@link #checkServed}, a step of its own. A failed test or reload removes
 * what this attempt wrote, so no half-made site is left; the configuration file appears under its
 * final name only complete (atomic move).
 */
final class NginxHosting implements WebHosting {

  /**
   * Bound from {@code aptika.hosting.*} only when {@code aptika.hosting.mode=nginx}.
   *
   * @param executable the nginx binary
   * @param configFile nginx's main configuration ({@code -c}); nginx's own default if empty
   * @param prefix nginx's prefix ({@code -p}); nginx's own default if empty
   * @param sitesDir where the server blocks are written; the main configuration must include {@code
   *     <sitesDir>/*.conf}
   * @param webRoot the parent of the sites' document roots
   * @param listen what the server blocks listen on, e.g. {@code 80}
   * @param template a server block template file; the built-in one if empty
   * @param verifyUrl where to send the check request with the new Host header; {@code
   *     http://<address>:<listen>} if empty
   * @param commandTimeout how long {@code nginx -t} and {@code nginx -s reload} may take
   */
  record Settings(
      String executable,
      String configFile,
      String prefix,
      String sitesDir,
      String webRoot,
      String listen,
      String template,
      String verifyUrl,
      Duration commandTimeout) {

    Settings {
      executable = blank(executable) ? "/usr/sbin/nginx" : executable;
      sitesDir = required(sitesDir, "nginx.sites-dir");
      webRoot = required(webRoot, "nginx.web-root");
      listen = blank(listen) ? "80" : listen;
      commandTimeout = commandTimeout == null ? Duration.ofSeconds(30) : commandTimeout;
    }

    private static String required(String value, String name) {
      if (blank(value)) {
        throw new IllegalArgumentException(
            "aptika.hosting." + name + " wajib diisi untuk aptika.hosting.mode=nginx");
      }
      return value.strip();
    }

    private static boolean blank(String value) {
      return value == null || value.isBlank();
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

  private final String address;
  private final Settings settings;

  /**
   * @param address the address hosted names point at ({@code aptika.hosting.address}: the web
   *     server, as the public reaches it)
   */
  NginxHosting(String address, Settings settings) {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException(
          "aptika.hosting.address wajib diisi untuk aptika.hosting.mode=nginx");
    }
    this.address = address.strip();
    this.settings = settings;
  }

  @Override
  public Optional<String> serverAddress() {
    return Optional.of(address);
  }

  @Override
  public Site create(String fqdn, String processInstanceId) {
    Path sites = Path.of(settings.sitesDir());
    Path conf = sites.resolve(fqdn + ".conf");
    Path root = Path.of(settings.webRoot()).resolve(fqdn);
    String serverBlock = render(template(), fqdn, root);
    boolean ours = false;
    try {
      if (Files.exists(conf)) {
        if (!Files.readString(conf).equals(serverBlock)) {
          throw new ProvisioningFailedException(
              "Virtual host "
                  + conf
                  + " sudah ada dengan isi lain di server web; tidak ditimpa. Periksa secara manual.",
              true);
        }
      } else {
        ours = true;
      }
      boolean newRoot = !Files.exists(root);
      try {
        writeSite(sites, conf, root, serverBlock, fqdn);
        run("uji konfigurasi (nginx -t)", "-t");
        run("muat ulang (nginx -s reload)", "-s", "reload");
      } catch (RuntimeException e) {
        if (ours) {
          Files.deleteIfExists(conf);
        }
        if (newRoot) {
          FileSystemUtils.deleteRecursively(root);
        }
        throw e;
      }
    } catch (IOException e) {
      throw new ProvisioningFailedException(
          "Virtual host " + fqdn + " tidak dapat ditulis di " + sites + ": " + e.getMessage(), e);
    }
    return new Site(
        true,
        "nginx",
        root.toString(),
        "Hosting: virtual host nginx "
            + fqdn
            + " dibuat ("
            + conf
            + ", document root "
            + root
            + "), lolos uji konfigurasi dan nginx dimuat ulang.");
  }

  private String template() {
    try {
      if (settings.template() == null || settings.template().isBlank()) {
        return new ClassPathResource("hosting/nginx-server.conf")
            .getContentAsString(StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(settings.template()));
    } catch (IOException e) {
      throw new ProvisioningFailedException(
          "Templat virtual host nginx tidak dapat dibaca: " + e.getMessage(), e);
    }
  }

  private String render(String template, String fqdn, Path root) {
    String text =
        template
            .replace("{{serverName}}", fqdn)
            .replace("{{listen}}", settings.listen())
            .replace("{{root}}", root.toString());
    var unknown = PLACEHOLDER.matcher(text);
    if (unknown.find()) {
      throw new ProvisioningFailedException(
          "Templat virtual host nginx memuat penanda yang tidak dikenal: " + unknown.group(), true);
    }
    return text;
  }

  private static void writeSite(Path sites, Path conf, Path root, String serverBlock, String fqdn)
      throws IOException {
    Files.createDirectories(root);
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path index = root.resolve("index.html");
    if (!Files.exists(index)) {
      String page =
          new ClassPathResource("hosting/placeholder.html")
              .getContentAsString(StandardCharsets.UTF_8)
              .replace("{{serverName}}", fqdn);
      Files.writeString(index, page);
      Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rw-r--r--"));
    }
    if (!Files.exists(conf)) {
      // Written under a name the include pattern (*.conf) does not match, then moved in whole.
      Path partial = sites.resolve("." + fqdn + ".conf.part");
      Files.writeString(partial, serverBlock);
      Files.move(partial, conf, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private void run(String what, String... arguments) {
    List<String> command = new ArrayList<>(List.of(settings.executable()));
    if (settings.prefix() != null && !settings.prefix().isBlank()) {
      command.addAll(List.of("-p", settings.prefix()));
    }
    if (settings.configFile() != null && !settings.configFile().isBlank()) {
      command.addAll(List.of("-c", settings.configFile()));
    }
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      boolean finished =
          process.waitFor(settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!finished) {
        process.destroyForcibly();
        throw new ProvisioningFailedException(
            "nginx " + what + " tidak selesai dalam " + settings.commandTimeout() + ".", true);
      }
      if (process.exitValue() != 0) {
        throw new ProvisioningFailedException(
            "nginx " + what + " gagal (kode " + process.exitValue() + "): " + output.strip(), true);
      }
    } catch (IOException e) {
      throw new ProvisioningFailedException(
          "nginx (" + settings.executable() + ") tidak dapat dijalankan: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProvisioningFailedException("nginx " + what + " terputus.", e);
    }
  }

  /**
   * One request for the new name, as a browser would send it. A 200 with the name in the page can
   * only come from a worker that loaded the configuration with the new server block. For a moment
   * after a reload the old workers may still accept a connection and answer without it; anything
   * but that 200 throws, and the engine retries the step ({@code Task_VerifyVirtualHost}) until the
   * reload has taken effect, or gives up with an incident.
   */
  @Override
  public String checkServed(String fqdn) {
    URI uri = verifyUri();
    String answer;
    try {
      String response = get(uri, fqdn);
      String statusLine = response.lines().findFirst().orElse("");
      if (statusLine.matches("HTTP/1\\.[01] 200 .*") && response.contains(fqdn)) {
        return "virtual host "
            + fqdn
            + " disajikan nginx: "
            + uri
            + " dengan Host "
            + fqdn
            + " menjawab "
            + statusLine
            + ".";
      }
      answer = "jawaban " + (statusLine.isEmpty() ? "kosong" : statusLine);
    } catch (IOException e) {
      answer = "tidak dapat dihubungi: " + e.getMessage();
    }
    throw new ProvisioningFailedException(
        "Virtual host "
            + fqdn
            + " belum disajikan nginx: "
            + uri
            + " dengan Host "
            + fqdn
            + " "
            + answer
            + ". Periksa server block dan muat ulang nginx, lalu Retry di Cockpit.",
        false);
  }

  private URI verifyUri() {
    return URI.create(
        settings.verifyUrl() == null || settings.verifyUrl().isBlank()
            ? "http://" + address + ":" + settings.listen()
            : settings.verifyUrl());
  }

  /** A plain HTTP/1.1 GET: Java's HTTP clients refuse to set the Host header. */
  private static String get(URI uri, String host) throws IOException {
    int port = uri.getPort() == -1 ? 80 : uri.getPort();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), port), 2000);
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] body = in.readNBytes(64 * 1024);
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
