package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class DatabaseUnavailableTest {

  @Test
  void thePoolTimingOutInsideTheEngineIsTheDatabaseBeingUnavailable() {
    Throwable failure =
        new ProcessEngineException(
            "ENGINE-03083 Exception while executing Batch Database Operations",
            new PersistenceException(
                new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 5000ms")));

    assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
  }

  @Test
  void aConnectionRefusedBySqlStateIsTheDatabaseBeingUnavailable() {
    assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection refused", "08001")))
        .isTrue();
    assertThat(
            DatabaseUnavailable.causedBy(
                new RuntimeException(new SQLException("terminating connection", "57P01"))))
        .isTrue();
    assertThat(
            DatabaseUnavailable.causedBy(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("ENGINE-03005 ...")))
        .isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no"))).isFalse();
  }
}
