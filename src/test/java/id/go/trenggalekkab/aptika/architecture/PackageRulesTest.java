package id.go.trenggalekkab.aptika.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import id.go.trenggalekkab.aptika.architecture.sample.identity.SampleRole;
import id.go.trenggalekkab.aptika.architecture.sample.letter.SampleLetter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md: packages by feature without cycles, and the shared
 * parts ({@code identity}, {@code system}, {@code process}) depend on no feature. Each shared part
 * may use only those below it: {@code identity} nothing, {@code system} identity, {@code process}
 * identity and system.
 */
class PackageRulesTest {

  private static final String APPLICATION = "id.go.trenggalekkab.aptika";

  static ArchRule rules(String root) {
    return CompositeArchRule.of(slices().matching(root + ".(*)..").should().beFreeOfCycles())
        .and(sharedPart(root, "identity"))
        .and(sharedPart(root, "system", "identity"))
        .and(sharedPart(root, "process", "identity", "system"));
  }

  private static ArchRule sharedPart(String root, String part, String... below) {
    String[] allowed =
        Arrays.stream(append(below, part)).map(p -> root + "." + p + "..").toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(root + "." + part + "..")
        .should()
        .dependOnClassesThat(resideInAPackage(root + "..").and(resideOutsideOfPackages(allowed)))
        .because("a shared part depends only on the shared parts below it, never on a feature")
        .allowEmptyShould(true);
  }

  private static String[] append(String[] parts, String part) {
    String[] all = Arrays.copyOf(parts, parts.length + 1);
    all[parts.length] = part;
    return all;
  }

  @Test
  void theApplicationKeepsThePackageRules() {
    JavaClasses application =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APPLICATION);
    assertThat(application.size()).isGreaterThan(200);

    rules(APPLICATION).check(application);
  }

  @Test
  void aSharedTypeThatUsesAFeatureBreaksBothRules() {
    String root = SampleRole.class.getPackageName().replace(".identity", "");
    JavaClasses sample =
        new ClassFileImporter().importClasses(SampleRole.class, SampleLetter.class);

    String report = rules(root).evaluate(sample).getFailureReport().toString();

    assertThat(report)
        .contains("was violated (3 times)")
        .contains("Cycle detected: Slice identity")
        .contains("sample.identity.SampleRole.letter()> calls constructor");
  }
}
