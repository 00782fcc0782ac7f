package id.go.trenggalekkab.aptika.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Processor time in ms, user and system, of the processes a figure of the benchmark depends on: the
 * benchmark's own JVM (the client, and this project's application, which runs in it), the anchor's
 * JVM, and PostgreSQL (every {@code postgres} process, with what the backends that ended used,
 * which their postmaster has counted). From Linux's {@code /proc}; NaN elsewhere.
 */
record Cpu(double benchmarkJvm, double anchorJvm, double postgres) {

  static final Cpu UNKNOWN = new Cpu(Double.NaN, Double.NaN, Double.NaN);

  Cpu minus(Cpu other) {
    return new Cpu(
        benchmarkJvm - other.benchmarkJvm, anchorJvm - other.anchorJvm, postgres - other.postgres);
  }

  Cpu plus(Cpu other) {
    return new Cpu(
        benchmarkJvm + other.benchmarkJvm, anchorJvm + other.anchorJvm, postgres + other.postgres);
  }

  Cpu per(double count) {
    return new Cpu(benchmarkJvm / count, anchorJvm / count, postgres / count);
  }

  double total() {
    return benchmarkJvm + anchorJvm + postgres;
  }

  /**
   * Reads the times of this JVM, of the anchor's JVM (pid 0: none) and of PostgreSQL; {@link #NONE}
   * reads nothing.
   */
  record Meter(long anchorPid) {

    static final Meter NONE = new Meter(-1);
    private static final Path PROC = Path.of("/proc");
    private static final double MS_PER_TICK = 1000.0 / ticksPerSecond();

    Cpu read() {
      if (anchorPid < 0 || !Files.isDirectory(PROC.resolve("self"))) {
        return UNKNOWN;
      }
      return new Cpu(
          ms(ticks(PROC.resolve("self"), false)),
          anchorPid > 0 ? ms(ticks(PROC.resolve(String.valueOf(anchorPid)), false)) : 0,
          ms(postgres()));
    }

    private static long postgres() {
      try (Stream<Path> processes = Files.list(PROC)) {
        return processes
            .filter(p -> p.getFileName().toString().matches("\\d+"))
            .filter(Meter::isPostgres)
            .mapToLong(p -> ticks(p, true))
            .sum();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static boolean isPostgres(Path process) {
      try {
        return Files.readString(process.resolve("comm")).strip().equals("postgres");
      } catch (IOException e) {
        return false; // ended meanwhile
      }
    }

    /**
     * utime and stime (fields 14 and 15 of {@code stat}), with {@code children} also cutime and
     * cstime (16, 17): the processes it waited for. A process that ended meanwhile counts 0.
     */
    private static long ticks(Path process, boolean children) {
      String stat;
      try {
        stat = Files.readString(process.resolve("stat"));
      } catch (NoSuchFileException e) {
        return 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return children ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
    }

    private static double ms(long ticks) {
      return ticks * MS_PER_TICK;
    }

    private static long ticksPerSecond() {
      try {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
        String out = new String(getconf.getInputStream().readAllBytes()).strip();
        return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
      } catch (IOException | RuntimeException e) {
        return 100;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 100;
      }
    }
  }
}
