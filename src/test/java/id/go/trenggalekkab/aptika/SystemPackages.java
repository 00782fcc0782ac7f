package id.go.trenggalekkab.aptika;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Integration tests that need a system package (Chromium, BIND, nginx: installed with apt-get, not
 * by Maven) call {@link #require} first. Where the package is missing the test is skipped with a
 * message naming it, unless {@code -Daptika.requireSystemPackages=true} (set by CI): then it fails,
 * so that a CI machine without the package cannot pass by skipping.
 *
 * <p>Call it per test ({@code @BeforeEach} or in the test), not in {@code @BeforeAll}: Surefire and
 * Failsafe do not report a class whose {@code @BeforeAll} skips ("Tests run: 0, Skipped: 0"), so
 * the skip would go unseen.
 */
public final class SystemPackages {

  /** The switch, passed by Maven to Surefire and Failsafe (see pom.xml). */
  public static final String REQUIRE_PROPERTY = "aptika.requireSystemPackages";

  private SystemPackages() {}

  /**
   * Returns {@code executable} if it exists and is executable; otherwise skips the calling test, or
   * fails it when system packages are required.
   *
   * @param debianPackage the Debian package that provides the executable, e.g. {@code chromium}
   * @param executable the executable the test runs, e.g. {@code /usr/bin/chromium}
   */
  public static Path require(String debianPackage, Path executable) {
    return require(debianPackage, executable, Boolean.getBoolean(REQUIRE_PROPERTY));
  }

  static Path require(String debianPackage, Path executable, boolean required) {
    if (Files.isRegularFile(executable) && Files.isExecutable(executable)) {
      return executable;
    }
    String install = "apt-get update && apt-get install -y " + debianPackage;
    if (required) {
      return fail(
          ("System package '%s' must be installed: %s is missing (%s)."
                  + " This fails instead of skipping because -D%s=true.")
              .formatted(debianPackage, executable, install, REQUIRE_PROPERTY));
    }
    String skipped =
        ("Skipped: system package '%s' is not installed (%s is missing). Install it with: %s."
                + " Set -D%s=true to make a missing package fail the build.")
            .formatted(debianPackage, executable, install, REQUIRE_PROPERTY);
    // Surefire and Failsafe count a skip but print no reason: say it in the build log too
    System.out.println("[" + SystemPackages.class.getSimpleName() + "] " + skipped);
    return abort(skipped);
  }
}
