package id.go.trenggalekkab.aptika.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

class FullNameTest {

  @Test
  void firstAndLastName() {
    assertThat(FullName.of(user("budi", "Budi", "Santoso"))).isEqualTo("Budi Santoso");
  }

  @Test
  void oneNameAloneHasNoStraySpaceOrNull() {
    assertThat(FullName.of(user("sri", "Sri", null))).isEqualTo("Sri");
    assertThat(FullName.of(user("eko", " ", "Prasetyo"))).isEqualTo("Prasetyo");
  }

  @Test
  void noNameAtAllIsTheUserId() {
    assertThat(FullName.of(user("admin", null, ""))).isEqualTo("admin");
  }

  private static UserEntity user(String id, String firstName, String lastName) {
    UserEntity user = new UserEntity(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    return user;
  }
}
