package id.go.trenggalekkab.aptika.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The caller's groups go into the engine's checks as the login gave them, each once, without a read
 * of the database: this runs outside any engine command, where the engine's own choice of groups
 * could not read the table. That the answers stay the same is {@code TaskQueryEquivalence}'s.
 */
class CallerGroupsTest {

  private final CallerGroups.Manager checks = new CallerGroups.Manager();

  @Test
  void theCallersGroupsAreTakenAsTheLoginGaveThem() {
    assertThat(checks.filterAuthenticatedGroupIds(List.of("kadis", "kominfo", "kadis")))
        .containsExactly("kadis", "kominfo");
  }

  @Test
  void noGroupsAreNoGroups() {
    assertThat(checks.filterAuthenticatedGroupIds(null)).isEmpty();
    assertThat(checks.filterAuthenticatedGroupIds(List.of())).isEmpty();
    assertThat(checks.filterAuthenticatedGroupIds(Arrays.asList("kadis", null)))
        .containsExactly("kadis", null);
  }
}
