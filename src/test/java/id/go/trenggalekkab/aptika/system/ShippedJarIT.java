package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The fat jar that {@code package} builds, as it ships: it holds no class of the SPLP simulator and
 * nothing else that would let the application fabricate an SPLP account, key or secret. Runs in
 * {@code verify}, after {@code package}, so the jar is there to read.
 */
class ShippedJarIT {

  private static final String CLASSES = "BOOT-INF/classes/";
  private static final String ROOT = CLASSES + "id/go/trenggalekkab/aptika/";

  @Test
  void holdsNoSimulatorOfTheSplpPortal() throws IOException {
    List<String> entries = entriesOf(shippedJar());

    assertThat(entries)
        .as("the jar is the application (so that this test can fail)")
        .contains(
            ROOT + "AptikaApplication.class",
            ROOT + "splp/wso2/Wso2SplpPortal.class",
            ROOT + "splp/SplpAccountByHand.class",
            CLASSES + "application.yaml");
    assertThat(entries)
        .noneMatch(entry -> entry.startsWith(ROOT + "splp/simulator/"))
        .noneMatch(entry -> entry.contains("Simulator"))
        .noneMatch(entry -> entry.contains("TestAptikaApplication"))
        .noneMatch(entry -> entry.contains("splp-simulator"));
  }

  private static List<String> entriesOf(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
    }
  }

  /** The repackaged jar in target/: the one with BOOT-INF, not the plain {@code .jar.original}. */
  private static Path shippedJar() throws IOException {
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars =
          files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
      assertThat(jars)
          .as("the jar in %s; mvn verify builds it in package, before this test", target)
          .hasSize(1);
      return jars.get(0);
    }
  }
}
