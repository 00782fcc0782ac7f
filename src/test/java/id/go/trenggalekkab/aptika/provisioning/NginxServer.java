package id.go.trenggalekkab.aptika.provisioning;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import id.go.trenggalekkab.aptika.SystemPackages;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.util.FileSystemUtils;

/**
 * A real nginx for tests: listening on 127.0.0.1 on a free port, its configuration, sites directory
 * and web root in a temporary directory. Started as a child process in the foreground, stopped by
 * {@link #close}; nothing is left running.
 */
final class NginxServer implements AutoCloseable {

  private final Path nginx;
  private final Path dir;
  private final int port;
  private Process process;

  private NginxServer(Path nginx) throws IOException {
    this.nginx = nginx;
    this.dir = Files.createTempDirectory("aptika-nginx");
    // nginx's workers run as nobody: they must be able to read the web root
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(sitesDir());
    Files.createDirectories(webRoot());
    Files.setPosixFilePermissions(webRoot(), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(dir.resolve("temp"));
    this.port = BindServer.freePort();
    Files.writeString(
        configFile(),
        """
        daemon off;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log;
        events { worker_connections 64; }
        http {
          access_log off;
          client_body_temp_path %1$s/temp/body;
          proxy_temp_path %1$s/temp/proxy;
          fastcgi_temp_path %1$s/temp/fastcgi;
          uwsgi_temp_path %1$s/temp/uwsgi;
          scgi_temp_path %1$s/temp/scgi;
          server {
            listen 127.0.0.1:%2$d default_server;
            return 404;
          }
          include %1$s/sites/*.conf;
        }
        """
            .formatted(dir, port));
  }

  /** Starts nginx, or skips the test when nginx is not installed (see {@link SystemPackages}). */
  static NginxServer start() throws IOException {
    NginxServer server =
        new NginxServer(SystemPackages.require("nginx", Path.of("/usr/sbin/nginx")));
    server.process =
        new ProcessBuilder(server.command())
            .redirectErrorStream(true)
            .redirectOutput(server.dir.resolve("nginx.out").toFile())
            .start();
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                if (!server.process.isAlive()) {
                  throw new IllegalStateException("nginx stopped: " + server.output());
                }
                return server.get("localhost").startsWith("HTTP/1.1 404");
              });
      return server;
    } catch (ConditionTimeoutException e) {
      server.close();
      throw new IllegalStateException("nginx did not start within 10 s", e);
    }
  }

  private String[] command() {
    return new String[] {
      nginx.toString(), "-p", dir.toString(), "-c", configFile().toString(), "-e", errorLog()
    };
  }

  NginxHosting.Settings settings(String template) {
    return new NginxHosting.Settings(
        nginx.toString(),
        configFile().toString(),
        dir.toString(),
        sitesDir().toString(),
        webRoot().toString(),
        "127.0.0.1:" + port,
        template,
        "http://127.0.0.1:" + port,
        Duration.ofSeconds(20));
  }

  /** {@code nginx -s reload}, as an administrator would after changing a server block by hand. */
  void reload() throws IOException, InterruptedException {
    Process reload =
        new ProcessBuilder(
                nginx.toString(),
                "-p",
                dir.toString(),
                "-c",
                configFile().toString(),
                "-s",
                "reload")
            .redirectErrorStream(true)
            .start();
    if (!reload.waitFor(20, TimeUnit.SECONDS) || reload.exitValue() != 0) {
      throw new IllegalStateException(
          "nginx -s reload failed: " + new String(reload.getInputStream().readAllBytes()));
    }
  }

  Path sitesDir() {
    return dir.resolve("sites");
  }

  Path webRoot() {
    return dir.resolve("www");
  }

  Path configFile() {
    return dir.resolve("nginx.conf");
  }

  Path dir() {
    return dir;
  }

  int port() {
    return port;
  }

  private String errorLog() {
    return dir.resolve("error.log").toString();
  }

  /**
   * GET / with the given Host header until the response starts with {@code expected}, for at most 5
   * s: nginx replaces its workers asynchronously after a reload. Fails with the last response.
   */
  String getEventually(String host, String expected) {
    return await("GET / for " + host)
        .atMost(Duration.ofSeconds(5))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> get(host), startsWith(expected));
  }

  /** GET / with the given Host header; the raw response, or "" when nothing answers. */
  String get(String host) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      socket.setSoTimeout(2000);
      socket
          .getOutputStream()
          .write(
              ("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private String output() {
    try {
      return Files.readString(dir.resolve("nginx.out"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Override
  public void close() throws IOException {
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
    FileSystemUtils.deleteRecursively(dir);
  }
}
