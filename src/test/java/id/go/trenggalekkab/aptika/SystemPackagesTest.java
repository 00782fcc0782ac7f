package id.go.trenggalekkab.aptika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SystemPackagesTest {

  private static final Path MISSING = Path.of("/nonexistent/bin/chromium");

  @Test
  void returnsAnInstalledExecutable() {
    Path sh = Path.of("/bin/sh");
    assertThat(SystemPackages.require("dash", sh, true)).isEqualTo(sh);
  }

  @Test
  void skipsWithTheInstallCommandWhenAPackageIsMissing() {
    assertThatThrownBy(() -> SystemPackages.require("chromium", MISSING, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("system package 'chromium' is not installed")
        .hasMessageContaining(MISSING.toString())
        .hasMessageContaining("apt-get install -y chromium");
  }

  @Test
  void failsWhenSystemPackagesAreRequired() {
    assertThatThrownBy(() -> SystemPackages.require("chromium", MISSING, true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("System package 'chromium' must be installed")
        .hasMessageContaining("-Daptika.requireSystemPackages=true");
  }
}
