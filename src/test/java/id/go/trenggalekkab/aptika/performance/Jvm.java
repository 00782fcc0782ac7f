package id.go.trenggalekkab.aptika.performance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java application in a JVM of its own (a fat jar), started, timed and stopped by its process.
 */
final class Jvm implements AutoCloseable {

  private final Process process;
  private final long startedAt;
  private final Path log;

  private Jvm(Process process, long startedAt, Path log) {
    this.process = process;
    this.startedAt = startedAt;
    this.log = log;
  }

  static Jvm start(Path jar, Path directory, List<String> jvmOptions, List<String> arguments) {
    try {
      Files.createDirectories(directory);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.add("-jar");
      command.add(jar.toAbsolutePath().toString());
      command.addAll(arguments);
      Path log = directory.resolve("app.log");
      long t0 = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new Jvm(process, t0, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seconds from launch until {@code path} answers 200; the process must stay alive. */
  double awaitHttp200(String base, String path, int timeoutSeconds) throws InterruptedException {
    Http http = new Http(base, Http.Login.BASIC);
    long deadline = startedAt + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (http.status(path) != 200) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(base + path + " did not answer; see " + log);
      }
      Thread.sleep(50);
    }
    return (System.nanoTime() - startedAt) / 1e9;
  }

  long pid() {
    return process.pid();
  }

  /** Waits for a line in the application's log. */
  void awaitLog(String line, int timeoutSeconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (!Files.readString(log).contains(line)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("no '" + line + "' in " + log);
      }
      Thread.sleep(200);
    }
  }

  /** Resident memory in MiB, from the kernel. */
  long residentMib() throws IOException {
    for (String line :
        Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException("no VmRSS for " + process.pid());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  static Path emptyDirectory(String name) throws IOException {
    Path directory = Path.of("target", "bench", name).toAbsolutePath();
    if (Files.exists(directory)) {
      try (var walk = Files.walk(directory)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    return Files.createDirectories(directory);
  }
}
