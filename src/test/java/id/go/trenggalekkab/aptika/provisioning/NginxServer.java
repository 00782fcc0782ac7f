package id.go.trenggalekkab.aptika.provisioning;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

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
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
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

  /**
   * {@code nginx -s reload}, as an administrator would after changing a server block by hand;
   * returns once every worker is a new one and they have settled.
   */
  void reload() throws IOException, InterruptedException {
    Set<Long> before = settledWorkers();
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
    settledWorkers(before);
  }

  /**
   * The workers of this nginx once none is left from an earlier configuration: after a reload the
   * old workers shut down while the new ones already answer, so until then a connection may get
   * either configuration. Waits until the workers have stayed the same for half a second.
   */
  Set<Long> settledWorkers() {
    return settledWorkers(Set.of());
  }

  /** The same, once none of the workers is one of {@code replaced} (those before a reload). */
  private Set<Long> settledWorkers(Set<Long> replaced) {
    AtomicReference<Set<Long>> last = new AtomicReference<>(Set.of());
    AtomicLong since = new AtomicLong(System.nanoTime());
    await("nginx's workers settled")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              Set<Long> now = workers();
              if (!now.equals(last.get())
                  || now.isEmpty()
                  || !Collections.disjoint(now, replaced)
                  || now.stream().anyMatch(this::shuttingDown)) {
                last.set(now);
                since.set(System.nanoTime());
                return false;
              }
              return System.nanoTime() - since.get() > 500_000_000L;
            });
    return last.get();
  }

  private Set<Long> workers() {
    return process.toHandle().children().map(ProcessHandle::pid).collect(Collectors.toSet());
  }

  private boolean shuttingDown(long pid) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"))
          .contains("shutting down");
    } catch (IOException e) {
      return true; // gone while being looked at: still changing
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
   * GET / with the given Host header until five fresh connections in a row answer with {@code
   * expected}, for at most 10 s: after a reload nginx starts new workers while the old ones may
   * still accept connections for a moment, so one matching answer does not mean the next connection
   * gets the same.
   */
  String getEventually(String host, String expected) {
    return await("GET / for " + host + " answering " + expected + " five times in a row")
        .atMost(Duration.ofSeconds(10))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> settled(host, expected), notNullValue());
  }

  /** The answer when five fresh connections in a row got {@code expected}; null otherwise. */
  private String settled(String host, String expected) {
    String answer = null;
    for (int i = 0; i < 5; i++) {
      answer = get(host);
      if (!answer.startsWith(expected)) {
        return null;
      }
    }
    return answer;
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
