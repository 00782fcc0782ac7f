package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.AbstractDataSource;

/** The application's indexes on the engine's tables: made at start, and never a reason to stop. */
@AptikaSpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class EngineIndexesTest {

  @Autowired DataSource dataSource;

  @Test
  void theEnginesTablesHaveTheApplicationsIndexesOnceTheNodeHasStarted() {
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForList(
                    "select table_name || '.' || index_name from information_schema.indexes"
                        + " where index_name like 'APT_IDX_%'",
                    String.class))
        .contains(
            "ACT_RU_TASK.APT_IDX_TASK_DUE_DATE",
            "ACT_RU_TASK.APT_IDX_TASK_PARENT_TASK_ID",
            "ACT_RU_JOB.APT_IDX_JOB_DUE_DATE");
  }

  @Test
  void aNodeThatMayNotMakeThemRunsOnAndSaysWhichToMakeByHand(CapturedOutput output) {
    DataSource refusing =
        new AbstractDataSource() {
          @Override
          public java.sql.Connection getConnection() throws SQLException {
            throw new SQLException("permission denied for schema public");
          }

          @Override
          public java.sql.Connection getConnection(String user, String password)
              throws SQLException {
            return getConnection();
          }
        };

    assertThatCode(() -> EngineIndexes.create(refusing)).doesNotThrowAnyException();

    for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
      assertThat(output.getOut())
          .contains(index.statement(), index.withoutIt(), "permission denied for schema public");
    }
  }
}
