package id.go.trenggalekkab.aptika.provisioning;

import static org.awaitility.Awaitility.await;

import id.go.trenggalekkab.aptika.SystemPackages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.util.FileSystemUtils;

/**
 * A real BIND 9 ({@code named}) for tests: on 127.0.0.1 on a free port, in a temporary directory,
 * serving the zone {@code trenggalekkab.go.id} which a TSIG key (hmac-sha256) may update. Started
 * as a child process in the foreground, stopped by {@link #close}; nothing is left running.
 */
final class BindServer implements AutoCloseable {

  static final String ZONE = "trenggalekkab.go.id";
  static final String KEY_NAME = "aptika-test-key";

  private static final Pattern READY = Pattern.compile("(?m) running$");

  private final Path named;
  private final Path dir;
  private final int port;
  private final String secret;
  private Process process;

  private BindServer(Path named) throws IOException {
    this.named = named;
    this.dir = Files.createTempDirectory("aptika-bind");
    this.port = freePort();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.secret = Base64.getEncoder().encodeToString(key);
    Files.writeString(
        dir.resolve("named.conf"),
        """
        options {
          directory "%1$s";
          pid-file "%1$s/named.pid";
          session-keyfile "%1$s/session.key";
          managed-keys-directory "%1$s";
          listen-on port %2$d { 127.0.0.1; };
          listen-on-v6 { none; };
          recursion no;
          dnssec-validation no;
        };
        controls { };
        key "%3$s" { algorithm hmac-sha256; secret "%4$s"; };
        zone "%5$s" {
          type primary;
          file "%1$s/zone.db";
          allow-update { key "%3$s"; };
        };
        """
            .formatted(dir, port, KEY_NAME, secret, ZONE));
    Files.writeString(
        dir.resolve("zone.db"),
        """
        $TTL 300
        @ IN SOA ns1.%1$s. hostmaster.%1$s. ( 1 3600 600 86400 300 )
        @ IN NS ns1.%1$s.
        ns1 IN A 127.0.0.1
        www IN A 192.0.2.10
        lama IN A 192.0.2.20
        """
            .formatted(ZONE));
  }

  /** Starts BIND, or skips the test when bind9 is not installed (see {@link SystemPackages}). */
  static BindServer start() throws IOException {
    BindServer server = new BindServer(SystemPackages.require("bind9", Path.of("/usr/sbin/named")));
    server.startProcess();
    return server;
  }

  void startProcess() throws IOException {
    int logged = log().length();
    process =
        new ProcessBuilder(named.toString(), "-g", "-4", "-c", dir.resolve("named.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("named.log").toFile()))
            .start();
    try {
      await()
          .atMost(Duration.ofSeconds(15))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                if (!process.isAlive()) {
                  throw new IllegalStateException("named stopped: " + log());
                }
                // "running" alone on its line, after the zones loaded (not "running on Linux ...")
                return READY.matcher(log().substring(logged)).find() && accepts();
              });
    } catch (ConditionTimeoutException e) {
      stopProcess();
      throw new IllegalStateException("named did not start within 15 s: " + log(), e);
    }
  }

  void stopProcess() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  int port() {
    return port;
  }

  String secret() {
    return secret;
  }

  Rfc2136Dns.Settings settings(String keySecret) {
    return new Rfc2136Dns.Settings(
        ZONE, "127.0.0.1", port, KEY_NAME, "hmac-sha256", keySecret, Duration.ofSeconds(5));
  }

  /** Asks the server with dig, as an administrator would: the answer lines for name and type. */
  List<String> dig(String name, String type) throws IOException, InterruptedException {
    Process dig =
        new ProcessBuilder(
                "dig", "@127.0.0.1", "-p", String.valueOf(port), "+short", "+tcp", name, type)
            .redirectErrorStream(true)
            .start();
    String out = new String(dig.getInputStream().readAllBytes());
    dig.waitFor(10, TimeUnit.SECONDS);
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  String log() {
    try {
      return Files.exists(dir.resolve("named.log"))
          ? Files.readString(dir.resolve("named.log"))
          : "";
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Stops BIND and removes its directory; its log stays in {@code target/} for a failed test. */
  @Override
  public void close() throws IOException {
    stopProcess();
    Path logs = Files.createDirectories(Path.of("target", "named-logs"));
    Files.writeString(logs.resolve("named-" + port + ".log"), log());
    FileSystemUtils.deleteRecursively(dir);
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
