package id.go.trenggalekkab.aptika.cluster;

import static org.awaitility.Awaitility.await;

import id.go.trenggalekkab.aptika.identity.People;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * One application node: the packaged jar in a JVM of its own, as production runs it, on a database
 * shared with other nodes. Spring Boot's PropertiesLauncher adds {@link #loaderPath} (a few test
 * classes: the SPLP simulator and the {@code cluster.inside} crash points) to its class path, so
 * nothing test-only enters the jar. The harness can kill it with SIGKILL ({@link #kill}) or stop it
 * as an operator would ({@link #stop}).
 */
final class AppNode implements AutoCloseable {

  static final Path WORK = Path.of(System.getProperty("basedir", "."), "target", "cluster");
  private static final String MAIN = "id.go.trenggalekkab.aptika.AptikaApplication";

  private final String name;
  private final Map<String, String> properties;
  private final int port;
  private final Path log;
  private Process process;

  private AppNode(String name, Map<String, String> properties) {
    this.name = name;
    this.properties = properties;
    this.port = freePort();
    this.log = WORK.resolve(name + ".log");
  }

  /** A node named {@code name} with these application properties (on top of the defaults). */
  static AppNode of(String name, Map<String, String> properties) {
    return new AppNode(name, new LinkedHashMap<>(properties));
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  Path log() {
    return log;
  }

  /** Starts the JVM and waits until its health answers UP. */
  AppNode start() {
    try {
      Files.createDirectories(WORK);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(
          List.of(
              "-Xmx384m",
              "-XX:TieredStopAtLevel=1",
              "-XX:+UseSerialGC",
              "-Dloader.path=" + loaderPath(),
              "-Dloader.main=" + MAIN,
              "-cp",
              jar().toString(),
              "org.springframework.boot.loader.launch.PropertiesLauncher",
              "--server.port=" + port,
              "--server.address=127.0.0.1"));
      properties.forEach((key, value) -> command.add("--" + key + "=" + value));
      Files.writeString(log, "== " + String.join(" ", command) + "\n");
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    await(name + " up")
        .atMost(Duration.ofSeconds(240))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped; see " + log);
              }
              return healthStatus() == 200;
            });
    return this;
  }

  /** The HTTP status of /actuator/health: 200 UP, 503 DOWN, -1 when nothing answers. */
  int healthStatus() {
    try {
      return anonymous().getForEntity("/actuator/health", String.class).getStatusCode().value();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  String health() {
    return anonymous().getForObject("/actuator/health", String.class);
  }

  /** kill -9: the JVM ends at once, whatever it was doing, its transactions uncommitted. */
  void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      waitForEnd();
    }
  }

  /** SIGTERM: a graceful shutdown, as an operator stops a node. */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  TestRestTemplate anonymous() {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
  }

  /** The REST API as one of the demo people. */
  TestRestTemplate as(String userId) {
    return anonymous().withBasicAuth(userId, People.PASSWORD);
  }

  @Override
  public void close() {
    kill();
  }

  private void waitForEnd() {
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The repackaged jar in target/, built in package before failsafe runs. */
  static Path jar() {
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no jar in " + target + "; run package"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The test classes a node may load beside the jar: the crash points and the SPLP simulator (with
   * its profile's settings), copied from target/test-classes, and nothing else.
   */
  static synchronized Path loaderPath() throws IOException {
    Path testClasses = Path.of(System.getProperty("basedir", "."), "target", "test-classes");
    Path loader = WORK.resolve("loader");
    for (String part :
        List.of(
            "id/go/trenggalekkab/aptika/cluster/inside",
            "id/go/trenggalekkab/aptika/splp/simulator",
            "application-splp-simulator.yaml")) {
      Path from = testClasses.resolve(part);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path to = loader.resolve(testClasses.relativize(file).toString());
          Files.createDirectories(to.getParent());
          Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return loader;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
