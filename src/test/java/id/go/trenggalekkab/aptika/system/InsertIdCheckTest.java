package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AptikaSpringBootTest
class InsertIdCheckTest {

  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void theEngineOpensItsEntitySessionsWithTheCheck() {
    assertThat(configuration.getSessionFactories().get(DbEntityManager.class))
        .isInstanceOf(InsertIdCheck.Sessions.class);
  }

  @Test
  void aValidIdPassesWithoutTheRowBeingWrittenAsText() {
    Row row = new Row("42");
    session().validateId(row);
    assertThat(row.written).hasValue(0);
  }

  @Test
  void aMissingOrReservedIdIsRefusedAsTheEngineRefusesIt() {
    assertThatThrownBy(() -> session().validateId(new Row(null)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity baris uji has an invalid id")
        .hasMessageContaining("id is null");
    assertThatThrownBy(() -> session().validateId(new Row("*")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity baris uji has an invalid id")
        .hasMessageContaining("* is a reserved identifier");
  }

  private InsertIdCheck.Session session() {
    return new InsertIdCheck.Session(configuration.getIdGenerator(), null);
  }

  private static final class Row implements DbEntity {
    private String id;
    final AtomicInteger written = new AtomicInteger();

    Row(String id) {
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void setId(String id) {
      this.id = id;
    }

    @Override
    public Object getPersistentState() {
      return id;
    }

    @Override
    public String toString() {
      written.incrementAndGet();
      return "baris uji";
    }
  }
}
