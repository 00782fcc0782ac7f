package id.go.trenggalekkab.aptika.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Processor time in ms, user and system, of the processes a figure of the benchmark depends on: the
 * benchmark's own JVM (the client, and this project's application, which runs in it), the anchor's
 * JVM, and the benchmark's PostgreSQL server (its postmaster and the processes it started, with
 * what the backends that ended used, which the postmaster has counted). From Linux's {@code /proc};
 * NaN elsewhere, and PostgreSQL's NaN where the server does not run on this machine. {@code
 * compiler} is the part of the two JVMs' time that their JIT compiler threads took: while it is
 * more than nothing, a JVM was still compiling the code being measured.
 */
record Cpu(double benchmarkJvm, double anchorJvm, double postgres, double compiler) {

  static final Cpu UNKNOWN = new Cpu(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  Cpu minus(Cpu other) {
    return new Cpu(
        benchmarkJvm - other.benchmarkJvm,
        anchorJvm - other.anchorJvm,
        postgres - other.postgres,
        compiler - other.compiler);
  }

  Cpu plus(Cpu other) {
    return new Cpu(
        benchmarkJvm + other.benchmarkJvm,
        anchorJvm + other.anchorJvm,
        postgres + other.postgres,
        compiler + other.compiler);
  }

  Cpu per(double count) {
    return new Cpu(benchmarkJvm / count, anchorJvm / count, postgres / count, compiler / count);
  }

  double total() {
    return benchmarkJvm + anchorJvm + postgres;
  }

  /**
   * Reads the times of this JVM, of the anchor's JVM (pid 0: none) and of the PostgreSQL server
   * whose postmaster is {@code postmasterPid} (-1: not on this machine); {@link #NONE} reads
   * nothing.
   */
  record Meter(long anchorPid, long postmasterPid) {

    static final Meter NONE = new Meter(-1, -1);
    private static final Path PROC = Path.of("/proc");
    private static final double MS_PER_TICK = 1000.0 / ticksPerSecond();

    /**
     * A meter of the anchor's JVM and of the server {@code database} is on: its postmaster is the
     * parent of the backend serving a connection, if that backend runs on this machine. Another
     * PostgreSQL running here is not counted, and a server on another machine gives NaN.
     */
    static Meter of(long anchorPid, DataSource database) {
      long postmaster =
          new JdbcTemplate(database)
              .execute(
                  (ConnectionCallback<Long>)
                      connection -> {
                        try (Statement statement = connection.createStatement();
                            ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
                          pid.next();
                          Path backend = PROC.resolve(pid.getString(1));
                          return comm(backend).equals("postgres") // while it runs
                              ? parent(stat(backend))
                              : -1;
                        }
                      });
      return new Meter(anchorPid, postmaster);
    }

    Cpu read() {
      if (anchorPid < 0 || !Files.isDirectory(PROC.resolve("self"))) {
        return UNKNOWN;
      }
      Path anchor = PROC.resolve(String.valueOf(anchorPid));
      return new Cpu(
          ms(ticks(stat(PROC.resolve("self")), false)),
          anchorPid > 0 ? ms(ticks(stat(anchor), false)) : 0,
          postmasterPid > 0 ? ms(postgres()) : Double.NaN,
          ms(compiler(PROC.resolve("self")) + (anchorPid > 0 ? compiler(anchor) : 0)));
    }

    /**
     * HotSpot's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread0", cut to 15
     * characters in {@code comm}). With two cores the JVM keeps one of each for its whole life, so
     * no compiler time is lost with a thread that ended; with more cores HotSpot starts and ends
     * further compiler threads as the work needs them, and the time of one that ended between two
     * readings drops out of the second, so the figure can then be too low.
     */
    private static long compiler(Path jvm) {
      try (Stream<Path> threads = Files.list(jvm.resolve("task"))) {
        return threads
            .filter(t -> comm(t).matches("C[12] CompilerThre.*"))
            .mapToLong(t -> ticks(stat(t), false))
            .sum();
      } catch (IOException e) {
        return 0; // the JVM ended
      }
    }

    /** The postmaster with the backends that ended, and the processes it runs now. */
    private long postgres() {
      try (Stream<Path> processes = Files.list(PROC)) {
        return ticks(stat(PROC.resolve(String.valueOf(postmasterPid))), true)
            + processes
                .filter(p -> p.getFileName().toString().matches("\\d+"))
                .map(Meter::stat)
                .filter(stat -> parent(stat) == postmasterPid)
                .mapToLong(stat -> ticks(stat, true))
                .sum();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A process's or thread's name; empty for one that is not there. */
    private static String comm(Path process) {
      try {
        return Files.readString(process.resolve("comm")).strip();
      } catch (IOException e) {
        return ""; // not here, or ended meanwhile
      }
    }

    /**
     * utime and stime (fields 14 and 15 of {@code stat}), with {@code children} also cutime and
     * cstime (16, 17): the processes it waited for. A process that ended meanwhile counts 0.
     */
    private static long ticks(String[] stat, boolean children) {
      if (stat.length == 0) {
        return 0;
      }
      long own = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
      return children ? own + Long.parseLong(stat[13]) + Long.parseLong(stat[14]) : own;
    }

    /** The parent's pid (field 4 of {@code stat}); -1 for a process that is not there. */
    private static long parent(String[] stat) {
      return stat.length == 0 ? -1 : Long.parseLong(stat[1]);
    }

    /** The fields of {@code stat} from the state (field 3) on; none for a process not there. */
    private static String[] stat(Path process) {
      String stat;
      try {
        stat = Files.readString(process.resolve("stat"));
      } catch (IOException e) {
        return new String[0]; // ended meanwhile
      }
      return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
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
